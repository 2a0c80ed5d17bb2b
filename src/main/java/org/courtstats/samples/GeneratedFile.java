package org.courtstats.samples;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.courtstats.samples.quirks.PlantedIssue;
import org.courtstats.vocabulary.Severity;

/**
 * One delivery written by the generator, with what loading it should give.
 *
 * @param file              where it was written
 * @param courtCode         法院代字 of the court whose cases it holds
 * @param feed              trial, execution or mediation
 * @param format            xlsx, xls, csv utf-8 bom, csv utf-8, csv gbk or txt tab utf-8
 * @param rows              data rows under the header, bad ones included (not titles, totals, notes, blank rows)
 * @param outsideWindowRows rows of cases closed before 1 January, which the pipeline skips
 * @param issues            every error and warning the pipeline should report, by row
 */
public record GeneratedFile(Path file, String courtCode, String feed, YearMonth month, String format, int rows,
                            int outsideWindowRows, long bytes, List<PlantedIssue> issues) {

    /** Rows with at least one error: the pipeline rejects them. */
    public int rejectedRows() {
        return (int) issues.stream().filter(i -> i.reason().severity() == Severity.ERROR)
                .mapToInt(PlantedIssue::row).distinct().count();
    }

    /** Rows the pipeline should publish: all but the rejected and the skipped. */
    public int acceptedRows() {
        return rows - rejectedRows() - outsideWindowRows;
    }
}
