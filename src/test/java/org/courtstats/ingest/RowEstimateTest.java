package org.courtstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The row estimate that progress reports divide by: checked against what the readers really find,
 * on every sample delivery of 2024-08 (.xlsx written by a streaming writer, .xls, CSV in UTF-8 and
 * GBK, tab-separated text).
 */
class RowEstimateTest {

    @TempDir
    Path temp;

    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("input-samples/2024-08")).sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void isTheRowsOfTheLargestSheetGiveOrTakeBlankLines(Path file) {
        long rows = rowsOfLargestSheet(file);

        assertThat(RowEstimate.of(file)).as(file.getFileName().toString())
                .isBetween(rows, rows + rows / 100 + 2);
    }

    @Test
    void countsTheRowsOfAnHtmlTableNotItsLines() throws IOException {
        Path file = Files.writeString(temp.resolve("export.xls"), """
                <html><body><table>
                <tr><td>案号</td><td>立案日期</td></tr><TR class="d"><td>（2024）豫1302民初1号</td>
                <td>2024-08-01</td></TR>
                <tr>
                <td>（2024）豫1302民初2号</td><td>2024-08-02</td></tr>
                </table><p>track</p></body></html>
                """, StandardCharsets.UTF_8);

        assertThat(RowEstimate.of(file)).isEqualTo(3);
    }

    @Test
    void countsTheLinesOfUtf16TextAndALastLineWithoutABreak() throws IOException {
        // Excel's "Unicode text": UTF-16LE with a byte order mark. 上 is 0x4E0A: its low byte is a line feed.
        Path file = temp.resolve("unicode.txt");
        Files.write(file, ("\uFEFF案号\t上诉\r\n（2024）豫1302民初1号\t上\r\n（2024）豫1302民初2号\t上")
                .getBytes(StandardCharsets.UTF_16LE));

        assertThat(RowEstimate.of(file)).isEqualTo(3);
    }

    @Test
    void isZeroForWhatCannotBeRead() throws IOException {
        Path truncated = temp.resolve("truncated.xlsx");
        byte[] workbook = Files.readAllBytes(Path.of("input-samples/2024-08/桐柏_审判案件_2024年08月.xlsx"));
        Files.write(truncated, java.util.Arrays.copyOf(workbook, workbook.length / 2));

        assertThat(RowEstimate.of(truncated)).isZero();
        assertThat(RowEstimate.of(temp.resolve("missing.csv"))).isZero();
    }

    /** All rows (title and header included) of the largest sheet, as the project's readers see them. */
    static long rowsOfLargestSheet(Path file) {
        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            long largest = 0;
            for (SheetInfo sheet : spreadsheet.sheets()) {
                long rows = 0;
                try (RowCursor cursor = spreadsheet.rows(sheet)) {
                    while (cursor.next() != null) {
                        rows++;
                    }
                }
                largest = Math.max(largest, rows);
            }
            return largest;
        }
    }
}
