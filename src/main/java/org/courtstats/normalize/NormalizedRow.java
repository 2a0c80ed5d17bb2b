package org.courtstats.normalize;

import java.util.List;
import org.courtstats.ingest.SourceRow;

/**
 * What became of one row of a delivery.
 *
 * @param record  the case, for LOADED rows; null otherwise
 * @param issues  errors (REJECTED rows) and warnings (LOADED or REJECTED rows)
 * @param caseNo  the row's key when it could be read, even on a rejected row, so that a case (or an
 *                application) sent twice is found: the canonical case number, or for a register keyed
 *                otherwise its key (申请编号); staging.row_issue.case_no
 * @param rawRow  the row as received, as a JSON object header → cell text; set only when there are
 *                issues, so that a rejected row is kept whole
 */
public record NormalizedRow(SourceRow source, Outcome outcome, CaseRecord record, List<RowIssue> issues,
                            String caseNo, String rawRow) {

    public enum Outcome {
        LOADED,
        REJECTED,
        /** A totals, notes or repeated header row: not data. */
        SKIPPED_NOT_DATA,
        /** A case closed before 1 January of the period's year: outside every window. */
        SKIPPED_OUT_OF_WINDOW
    }

    public boolean hasWarnings() {
        return issues.stream().anyMatch(issue -> !issue.isError());
    }
}
