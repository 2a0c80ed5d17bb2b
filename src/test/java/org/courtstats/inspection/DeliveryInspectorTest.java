package org.courtstats.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.courtstats.ingest.FileFormat;
import org.courtstats.normalize.CaseNumberParser;
import org.courtstats.support.Inbox;
import org.courtstats.support.References;
import org.courtstats.support.BuiltInFeeds;
import org.courtstats.vocabulary.Feed;
import org.courtstats.vocabulary.RefusalCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryInspectorTest {

    static final YearMonth AUGUST = YearMonth.of(2024, 8);
    static final List<String> HEADER = List.of("案号", "立案日期", "结案日期", "结案方式");

    @TempDir
    Path temp;
    Inbox inbox;
    DeliveryInspector inspector;

    @BeforeEach
    void setUp() {
        inbox = new Inbox(temp);
        inspector = new DeliveryInspector(References.data(), new CaseNumberParser(References.data().typeCodes()));
    }

    @Test
    void learnsTheCourtFromTheCaseNumbersAndTheFeedFromTheHeader() throws Exception {
        Path file = inbox.csv("2024-08", "审判案件.csv", List.of(HEADER,
                List.of("（2024）豫1325民初1号", "2024-08-01", "", ""),
                List.of("（2024）豫1325民初2号", "2024-08-02", "", "")));

        Inspection inspection = inspector.inspect(file, "审判案件.csv", AUGUST);

        assertThat(inspection.courtCode()).isEqualTo("豫1325");
        assertThat(inspection.header().feed()).isEqualTo(BuiltInFeeds.TRIAL);
        assertThat(inspection.format()).isEqualTo(FileFormat.CSV);
    }

    @Test
    void takesTheCourtOfMostCaseNumbersWhenAFewBelongToAnother() throws Exception {
        Path file = inbox.csv("2024-08", "内乡.csv", List.of(HEADER,
                List.of("（2024）豫1325民初1号", "2024-08-01", "", ""),
                List.of("（2024）豫1302民初2号", "2024-08-02", "", ""),
                List.of("（2024）豫1325民初3号", "2024-08-03", "", "")));

        assertThat(inspector.inspect(file, "内乡.csv", AUGUST).courtCode()).isEqualTo("豫1325");
    }

    @Test
    void refusesAFileNamedForAnotherCourt() throws Exception {
        Path file = inbox.csv("2024-08", "卧龙区法院_审判案件_2024年8月.csv", List.of(HEADER,
                List.of("（2024）豫1302民初1号", "2024-08-01", "", "")));

        DeliveryRefusedException refusal = refusal(file, "卧龙区法院_审判案件_2024年8月.csv");

        assertThat(refusal.code()).isEqualTo(RefusalCode.COURT_MISMATCH);
        assertThat(refusal.getMessage()).contains("南阳市卧龙区人民法院").contains("南阳市宛城区人民法院").contains("豫1302");
    }

    @Test
    void refusesAFileNamedForAnotherMonth() throws Exception {
        Path file = inbox.csv("2024-08", "宛城_审判案件_2024年7月.csv", List.of(HEADER,
                List.of("（2024）豫1302民初1号", "2024-07-01", "", "")));

        assertThat(refusal(file, "宛城_审判案件_2024年7月.csv").code()).isEqualTo(RefusalCode.PERIOD_MISMATCH);
        assertThat(DeliveryInspector.periodNamedIn("南召县人民法院审判案件明细（2024年1-8月）.csv")).contains(AUGUST);
        assertThat(DeliveryInspector.periodNamedIn("卧龙法院-执行案件-202408.xls")).contains(AUGUST);
        assertThat(DeliveryInspector.periodNamedIn("宛城区法院审判案件.xlsx")).isEmpty();
        assertThat(DeliveryInspector.periodNamedIn("南召县法院审判案件明细_2024-09-02导出.csv")).as("an export date").isEmpty();
        assertThat(DeliveryInspector.periodNamedIn("南召审判案件（2024年9月2日导出）.csv")).isEmpty();
        assertThat(DeliveryInspector.periodNamedIn("南召审判案件2024年8月（2024年9月2日导出）.csv")).contains(AUGUST);
    }

    @Test
    void refusesAHeaderWithoutDataRows() throws Exception {
        Path file = inbox.csv("2024-08", "宛城.csv", List.of(HEADER, List.of("合计", "", "", "")));

        DeliveryRefusedException refusal = refusal(file, "宛城.csv");

        assertThat(refusal.code()).isEqualTo(RefusalCode.NO_DATA_ROWS);
        assertThat(refusal.getMessage()).contains("空报表会清空");
    }

    @Test
    void refusesAHeaderMissingARequiredColumnNamingItAndItsAliases() throws Exception {
        Path file = inbox.csv("2024-08", "宛城.csv", List.of(List.of("案号", "结案日期", "结案方式"),
                List.of("（2024）豫1302民初1号", "", "")));

        DeliveryRefusedException refusal = refusal(file, "宛城.csv");

        assertThat(refusal.code()).isEqualTo(RefusalCode.MISSING_COLUMN);
        assertThat(refusal.getMessage()).contains("“立案日期”（也可写作“收案日期”、“立案时间”）").contains("第1行");
    }

    @Test
    void refusesAFileWithoutAHeaderAndAFileOfAnotherCity() throws Exception {
        Path noHeader = inbox.csv("2024-08", "宛城.csv", List.of(List.of("编号", "日期"), List.of("1", "2024-08-01")));
        assertThat(refusal(noHeader, "宛城.csv").code()).isEqualTo(RefusalCode.NO_HEADER);

        Path otherCity = inbox.csv("2024-08", "x.csv", List.of(HEADER, List.of("（2024）豫1402民初1号", "2024-08-01", "", "")));
        DeliveryRefusedException refusal = refusal(otherCity, "x.csv");
        assertThat(refusal.code()).isEqualTo(RefusalCode.UNKNOWN_COURT);
        assertThat(refusal.getMessage()).contains("豫1402");
    }

    @Test
    void refusesAFileThatIsNotASpreadsheet() throws Exception {
        Path file = Files.createDirectories(temp.resolve("2024-08")).resolve("宛城.xlsx");
        Files.write(file, new byte[] {0x50, 0x4b, 0x03, 0x04, 1, 2, 3});

        DeliveryRefusedException refusal = refusal(file, "宛城.xlsx");

        assertThat(refusal.code()).isEqualTo(RefusalCode.UNREADABLE_FILE);
        assertThat(refusal.getMessage()).contains("宛城.xlsx");
    }

    @Test
    void readsTheFirstVisibleSheetWithAHeaderAndNamesTheOthers() throws Exception {
        Path file = temp.resolve("宛城.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("填报说明").createRow(0).createCell(0).setCellValue("本表为截至月末的全部案件");
            XSSFSheet hidden = workbook.createSheet("旧数据");
            fill(hidden, "（2024）豫1303民初1号");
            workbook.setSheetHidden(1, true);
            fill(workbook.createSheet("明细"), "（2024）豫1302民初1号");
            workbook.createSheet("汇总");
            workbook.write(out);
        }

        Inspection inspection = inspector.inspect(file, "宛城.xlsx", AUGUST);

        assertThat(inspection.sheet().name()).isEqualTo("明细");
        assertThat(inspection.courtCode()).isEqualTo("豫1302");
        assertThat(inspection.ignoredSheets()).containsExactly("填报说明", "旧数据", "汇总");
    }

    @Test
    void refusesDataThatIsOnlyOnAHiddenSheetSayingSo() throws Exception {
        Path file = temp.resolve("宛城.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("封面").createRow(0).createCell(0).setCellValue("宛城区法院");
            fill(workbook.createSheet("数据"), "（2024）豫1302民初1号");
            workbook.setSheetHidden(1, true);
            workbook.write(out);
        }

        DeliveryRefusedException refusal = refusal(file, "宛城.xlsx");

        assertThat(refusal.code()).isEqualTo(RefusalCode.NO_HEADER);
        assertThat(refusal.getMessage()).contains("隐藏的工作表“数据”");
    }

    static void fill(XSSFSheet sheet, String caseNo) {
        var header = sheet.createRow(0);
        for (int c = 0; c < HEADER.size(); c++) {
            header.createCell(c).setCellValue(HEADER.get(c));
        }
        var data = sheet.createRow(1);
        data.createCell(0).setCellValue(caseNo);
        data.createCell(1).setCellValue("2024-08-01");
    }

    DeliveryRefusedException refusal(Path file, String name) {
        return catchThrowableOfType(DeliveryRefusedException.class, () -> inspector.inspect(file, name, AUGUST));
    }
}
