package org.courtstats.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.courtstats.samples.SampleFiles.SheetData;
import org.courtstats.samples.SampleFiles.SheetRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefusedResendsTest {

    private static final YearMonth MONTH = YearMonth.of(2024, 8);

    @TempDir
    static Path outDir;

    private static List<RefusedResend> resends;

    @BeforeAll
    static void write() throws IOException {
        resends = new SampleGenerator(11).writeRefusedResends(outDir, MONTH, 0.04);
    }

    @Test
    void writesSixResendsEachWithItsOwnReason() {
        assertThat(resends).hasSize(6);
        assertThat(resends).allSatisfy(r -> assertThat(r.file()).exists().hasParent(outDir.resolve("2024-08")));
        assertThat(resends.stream().map(RefusedResend::expectedRefusal).distinct()).hasSize(6);
        assertThat(resends.stream().map(r -> r.file().getFileName()).distinct()).hasSize(6);
    }

    @Test
    void theCorrectedFileHasMoreThanFivePercentBadDates() throws IOException {
        RefusedResend resend = resend("too many bad rows");
        List<SheetRow> rows = SampleFiles.read(resend.file()).get(0).rows();
        long twoDigitYears = rows.stream().flatMap(r -> r.cells().stream()).filter(c -> c.matches("\\d{2}-\\d{1,2}-\\d{1,2}")).count();
        assertThat((double) twoDigitYears / rows.size()).isGreaterThan(0.05);
    }

    @Test
    void theFileNamedForWolongHoldsOnlyWanchengCases() throws IOException {
        RefusedResend resend = resend("file name");
        assertThat(resend.file().getFileName().toString()).startsWith("卧龙");
        List<String> numbers = SampleFiles.read(resend.file()).get(0).rows().stream().skip(3)
                .map(r -> SampleFiles.canonicalCaseNo(r.cell(0))).filter(s -> s.startsWith("（2")).toList();
        assertThat(numbers).isNotEmpty().allMatch(n -> n.matches("（\\d{4}）豫1302.*"));
    }

    @Test
    void theHeaderOnlyFileHasNothingButAHeaderAndATotal() throws IOException {
        List<SheetRow> rows = SampleFiles.read(resend("no data rows").file()).get(0).rows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells()).contains("案号", "申请执行标的额");
        assertThat(rows.get(1).cell(0)).isEqualTo("合计");
    }

    @Test
    void theFileWithoutFilingDatesLacksThatColumn() throws IOException {
        SheetRow header = SampleFiles.read(resend("立案日期").file()).get(0).row(1);
        assertThat(header.cells()).contains("案号", "结案日期").doesNotContain("立案日期");
    }

    @Test
    void theTruncatedWorkbookCannotBeOpened() {
        Path file = resend("cut off").file();
        assertThatThrownBy(() -> SampleFiles.read(file)).isInstanceOf(Exception.class);
    }

    @Test
    void theSummaryWorkbookHasNoCaseNumberHeader() throws IOException {
        List<SheetData> sheets = SampleFiles.read(resend("汇总").file());
        assertThat(sheets).hasSize(1);
        assertThat(sheets.get(0).rows()).noneMatch(r -> r.cells().contains("案号"));
    }

    private static RefusedResend resend(String reasonPart) {
        return resends.stream().filter(r -> r.expectedRefusal().contains(reasonPart)).findFirst().orElseThrow();
    }
}
