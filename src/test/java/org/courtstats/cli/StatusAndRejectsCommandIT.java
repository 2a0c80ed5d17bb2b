package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.courtstats.reports.RowProblem;
import org.courtstats.support.CommandsOnTheirOwnWarehouse;
import org.courtstats.support.Inbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;

/**
 * status and rejects as a statistician runs them, on a small month imported once: 宛城 published its
 * trial cases with two bad rows and resent its execution cases (the first file superseded, a warning
 * in each version), 卧龙's trial file was refused for too many bad rows, and no other court sent
 * anything. July holds one delivery, so that "the latest month" means something.
 */
class StatusAndRejectsCommandIT {

    static final List<String> TRIAL = List.of("案号", "立案日期", "结案日期", "结案方式");
    static final List<String> EXECUTION = List.of("执行案号", "立案日期", "结案日期", "结案方式", "申请执行标的额", "实际执行到位金额");
    static final String WANCHENG_TRIAL = "宛城区法院_审判案件_2024年8月.csv";
    static final String WOLONG_TRIAL = "卧龙区法院_审判案件_2024年8月.csv";

    @RegisterExtension
    static final CommandsOnTheirOwnWarehouse warehouse = new CommandsOnTheirOwnWarehouse();
    @TempDir
    static Path inboxes;
    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void importTheMonths() throws Exception {
        Inbox july = new Inbox(inboxes.resolve("july"));
        july.csv("2024-07", "宛城区法院_审判案件_2024年7月.csv", List.of(TRIAL,
                List.of("（2024）豫1302民初1号", "2024-07-01", "", "")));
        importMonth("2024-07", july);

        Inbox august = new Inbox(inboxes.resolve("august"));
        // 40 good rows and 2 bad ones: 4.8% rejected, within the 5% allowed, so it is published.
        List<List<String>> wancheng = new ArrayList<>(List.of(TRIAL));
        for (int i = 1; i <= 40; i++) {
            wancheng.add(List.of("（2024）豫1302民初" + i + "号", "2024-08-01", "", ""));
        }
        wancheng.add(List.of("（2024）豫1302民初41号", "=1+1", "", ""));
        wancheng.add(List.of("豫1302民初42号", "2024-08-02", "", ""));
        august.csv("2024-08", WANCHENG_TRIAL, wancheng);
        august.csv("2024-08", WOLONG_TRIAL, List.of(TRIAL,
                List.of("（2024）豫1303民初1号", "2024-08-01", "", ""),
                List.of("（2024）豫1303民初2号", "24-08-01", "", "")));
        august.csv("2024-08", "宛城区法院_执行案件_2024年8月.csv", List.of(EXECUTION,
                List.of("（2024）豫1302执1号", "2024-08-01", "2024-08-20", "执行完毕", "1000", "2000"),
                List.of("（2024）豫1302执2号", "2024-08-01", "", "", "1000", "")));
        importMonth("2024-08", august);

        // The corrected execution file: 执1号 fixed, 执2号 now over its applied amount.
        Inbox resend = new Inbox(inboxes.resolve("resend"));
        resend.csv("2024-08", "宛城区法院_执行案件_2024年8月（更正）.csv", List.of(EXECUTION,
                List.of("（2024）豫1302执1号", "2024-08-01", "2024-08-20", "执行完毕", "1000", "1000"),
                List.of("（2024）豫1302执2号", "2024-08-01", "2024-08-25", "执行完毕", "1000", "1500")));
        importMonth("2024-08", resend);

        recordAFailedRerun();
    }

    /** A failed run as Spring Batch records it, with a stack trace below the message's first line. */
    static void recordAFailedRerun() {
        try (ConfigurableApplicationContext context = Warehouse.start(Map.of())) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.update("insert into batch.batch_job_instance (job_instance_id, version, job_name, job_key)"
                    + " values (1000, 0, 'courtRerun', 'k')");
            jdbc.update("insert into batch.batch_job_execution (job_execution_id, version, job_instance_id, create_time,"
                    + " start_time, end_time, status, exit_code, exit_message, last_updated) values (1000, 2, 1000,"
                    + " now(), now(), now(), 'FAILED', 'FAILED', ?, now())",
                    "java.lang.IllegalStateException: archive copy of 宛城区法院_执行案件.csv is missing\n\tat org.courtstats.Somewhere");
            jdbc.update("insert into batch.batch_job_execution_params values (1000, 'period', 'java.lang.String', '2024-08', 'Y')");
        }
    }

    @Test
    void statusShowsTheLatestMonthsDeliveriesWhoHasNotDeliveredAndTheRuns() {
        assertThat(run("status")).as(err.toString()).isZero();

        assertThat(out.toString())
                .contains("2024-08 报送情况：")
                .containsPattern("豫1302\\s+宛城区法院\\s+审判\\s+已发布\\s+42\\s+40\\s+2\\s+0\\s+0\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\s+"
                        + WANCHENG_TRIAL)
                .containsPattern("豫1302\\s+宛城区法院\\s+执行\\s+已被替换\\s+2\\s+2\\s+0\\s+0\\s+1\\s.*宛城区法院_执行案件_2024年8月.csv")
                .containsPattern("豫1302\\s+宛城区法院\\s+执行\\s+已发布\\s+2\\s+2\\s+0\\s+0\\s+1\\s.*（更正）.csv")
                .containsPattern("豫1303\\s+卧龙区法院\\s+审判\\s+拒收\\s+2\\s+1\\s+1\\s+0\\s+0\\s.*" + WOLONG_TRIAL
                        + "\\R    拒收原因：.*" + WOLONG_TRIAL)
                .contains("合计：4 份文件，已发布 2 份，拒收 1 份，已被替换 1 份。")
                .doesNotContain("2024年7月.csv");
        assertThat(out.toString())
                .contains("2024-08 尚未发布的报表（15 个法院）：")
                // #15.2: every declared feed, the three registers too.
                .containsPattern("豫1302\\s+宛城区法院\\s+诉前调解（未收到）、四类案件（未收到）、联系法官（未收到）、网上立案（未收到）\\R")
                .containsPattern("豫1303\\s+卧龙区法院\\s+审判（已拒收，待重新报送）、执行（未收到）、诉前调解（未收到）")
                .containsPattern("豫1321\\s+南召县法院\\s+审判（未收到）、执行（未收到）、诉前调解（未收到）");
        assertThat(out.toString())
                .contains("最近运行记录（至多 10 次）：")
                .containsPattern("编号\\s+作业\\s+月份\\s+开始时间\\s+结束时间\\s+状态\\s+退出状态")
                .containsPattern("1000\\s+单院重新导入\\s+2024-08\\s.*失败\\s+失败\\R    原因：java.lang.IllegalStateException: "
                        + "archive copy of 宛城区法院_执行案件.csv is missing\\R")
                .containsPattern("\\s3\\s+月度导入\\s+2024-08\\s.*完成\\s+完成")
                .as("issue 17.9: the import that refused 卧龙's file exited 3")
                .containsPattern("\\s2\\s+月度导入\\s+2024-08\\s.*完成\\s+完成，拒收 1 份（退出码 3）")
                .containsPattern("\\s1\\s+月度导入\\s+2024-07\\s.*完成\\s+完成")
                .doesNotContain("Somewhere");
    }

    @Test
    void statusOfAGivenMonthShowsOnlyItsDeliveriesAndRuns() {
        assertThat(run("status", "--period", "2024-07")).as(err.toString()).isZero();

        assertThat(out.toString())
                .contains("2024-07 报送情况：")
                .contains("宛城区法院_审判案件_2024年7月.csv")
                .doesNotContain(WANCHENG_TRIAL)
                .contains("2024-07 的最近运行记录")
                .containsPattern("\\s1\\s+月度导入\\s+2024-07")
                .doesNotContain("2024-08");
    }

    @Test
    void statusOfAMonthWithoutDeliveriesSaysSoAndListsEveryCourtAsMissing() {
        assertThat(run("status", "--period", "2024-05")).as(err.toString()).isZero();

        assertThat(out.toString())
                .contains("2024-05 没有收到任何报送文件。")
                .contains("2024-05 尚未发布的报表（15 个法院）：")
                .contains("2024-05 的最近运行记录（至多 10 次）：没有运行记录。");
    }

    @Test
    void rejectsPrintsTheRejectedRowsOfTheLatestDeliveriesAndTheirWarnings() {
        assertThat(run("rejects", "--period", "2024-08")).as(err.toString()).isZero();

        String printed = out.toString();
        assertThat(printed)
                .contains("2024-08 被拒收的行：")
                .containsPattern("法院\\s+报表\\s+文件\\s+工作表\\s+行号\\s+栏目\\s+原值\\s+问题\\s+说明")
                .containsPattern("宛城区法院\\s+审判\\s+" + WANCHENG_TRIAL + "\\s+宛城区法院_审判案件_2024年8月\\s+42\\s+立案日期\\s+=1\\+1\\s+日期格式错误\\s+\\S")
                .containsPattern("宛城区法院\\s+审判\\s+" + WANCHENG_TRIAL + "\\s+\\S+\\s+43\\s+案号\\s+豫1302民初42号\\s+案号格式错误")
                .containsPattern("卧龙区法院\\s+审判\\s+" + WOLONG_TRIAL + "\\s+\\S+\\s+3\\s+立案日期\\s+24-08-01\\s+日期格式错误")
                .contains("2024-08 已接收但有警告的行（请法院核对；逐行明细请用 --out 写入文件）：")
                .containsPattern("法院\\s+报表\\s+问题\\s+行数\\R宛城区法院\\s+执行\\s+执行到位金额大于申请执行标的额\\s+1\\R")
                .contains("合计：拒收 3 行（3 个问题），警告 1 条。");
    }

    @Test
    void rejectsOfOneCourtAcceptsAnyOfItsNames() {
        assertThat(run("rejects", "--period", "2024-08", "--court", "宛城")).as(err.toString()).isZero();

        assertThat(out.toString())
                .contains("2024-08 宛城区法院 被拒收的行：")
                .contains(WANCHENG_TRIAL)
                .doesNotContain(WOLONG_TRIAL)
                .contains("合计：拒收 2 行（2 个问题），警告 1 条。");
    }

    @Test
    void anUnknownCourtIsOneClearLineListingTheCourts() {
        assertThat(run("rejects", "--period", "2024-08", "--court", "nowhere")).isEqualTo(1);

        assertThat(err.toString())
                .startsWith("错误：法院“nowhere”不是本市的法院。")
                .contains("豫13 南阳中院、豫1302 宛城区法院、豫1303 卧龙区法院")
                .doesNotContain("Exception");
    }

    @Test
    void aMonthWithoutDeliveriesIsAFailureAndAnUnknownFileTypeAUsageError() {
        assertThat(run("rejects", "--period", "2024-05")).isEqualTo(1);
        assertThat(err.toString()).contains("2024-05 没有收到任何报送文件");

        assertThat(run("rejects", "--period", "2024-08", "--out", temp.resolve("r.txt").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--out 的文件名须以 .xlsx 或 .csv 结尾");
    }

    @Test
    void rejectsWritesACsvExcelOpensInChineseWithFormulasKeptAsText() throws Exception {
        Path file = Files.createDirectories(temp.resolve("退回")).resolve("2024-08拒收行.csv");

        assertThat(run("rejects", "--period", "2024-08", "--out", file.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).contains("已写入 " + file.toAbsolutePath()).contains("拒收 3 行（3 个问题），警告 1 条。");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String[]> records = new CSVReaderBuilder(new StringReader(new String(bytes, 3, bytes.length - 3,
                StandardCharsets.UTF_8))).withCSVParser(new RFC4180ParserBuilder().build()).build().readAll();
        assertThat(records.get(0)).containsExactly("法院", "报表", "文件", "工作表", "行号", "栏目", "原值", "问题", "说明");
        assertThat(records.get(1)).startsWith("宛城区法院", "审判", WANCHENG_TRIAL, "宛城区法院_审判案件_2024年8月", "42",
                "立案日期", "'=1+1", "日期格式错误");
        assertThat(records).extracting(r -> r[0]).containsSubsequence("卧龙区法院", "", "警告（以下各行已接收，请核对）", "法院");
        assertThat(records.get(records.size() - 1))
                .contains("宛城区法院_执行案件_2024年8月（更正）.csv", "1500", "执行到位金额大于申请执行标的额");
        assertThat(records).extracting(r -> r.length > 2 ? r[2] : "").as("the superseded file no longer matters")
                .doesNotContain("宛城区法院_执行案件_2024年8月.csv");
    }

    @Test
    void rejectsWritesAWorkbookWithASheetPerCourtAndTheWarnings() throws Exception {
        Path file = temp.resolve("2024-08拒收行.xlsx");

        assertThat(run("rejects", "--period", "2024-08", "--out", file.toString())).as(err.toString()).isZero();

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook).extracting(Sheet::getSheetName).containsExactly("宛城区法院", "卧龙区法院", "警告");
            XSSFSheet wancheng = workbook.getSheet("宛城区法院");
            assertThat(wancheng.getPaneInformation().isFreezePane()).isTrue();
            assertThat(wancheng.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(wancheng.getCTWorksheet().isSetAutoFilter()).isTrue();

            Cell header = wancheng.getRow(1).getCell(0);
            assertThat(header.getStringCellValue()).isEqualTo("法院");
            assertThat(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(header.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);

            Row bad = wancheng.getRow(2);
            assertThat(bad.getCell(4).getNumericCellValue()).isEqualTo(42);
            Cell formulaLike = bad.getCell(6);
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).isEqualTo("=1+1");
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(wancheng.getLastRowNum()).isEqualTo(3);

            XSSFSheet warnings = workbook.getSheet("警告");
            assertThat(warnings.getLastRowNum()).as("the superseded file's warning no longer matters").isEqualTo(2);
            assertThat(warnings.getRow(2).getCell(2).getStringCellValue()).isEqualTo("宛城区法院_执行案件_2024年8月（更正）.csv");
        }
    }

    /**
     * Issue 17.6: the workbook prints. Each sheet is titled with its court and month, prints on A4
     * landscape one page wide with the title and header on every page, and wraps its text.
     */
    @Test
    void everySheetOfTheRejectsWorkbookHasATitleAndPrintsOnA4LandscapeAcrossThePage() throws Exception {
        Path file = temp.resolve("拒收行.xlsx");

        assertThat(run("rejects", "--period", "2024-08", "--out", file.toString())).as(err.toString()).isZero();

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                String title = sheet.getRow(0).getCell(0).getStringCellValue();
                assertThat(title).as(sheet.getSheetName()).contains("2024年8月");
                if (!sheet.getSheetName().equals("警告")) {
                    assertThat(title).startsWith(sheet.getSheetName() + " 2024年8月 被拒收的行（共 ");
                }
                PrintSetup print = sheet.getPrintSetup();
                assertThat(print.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(print.getLandscape()).isTrue();
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(print.getFitWidth()).isEqualTo((short) 1);
                assertThat(print.getFitHeight()).as("as many pages down as it takes").isZero();
                assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
                assertThat(sheet.getFooter().getCenter()).contains("第 &P 页，共 &N 页");
                Cell explanation = sheet.getRow(2).getCell(RowProblem.COLUMNS.indexOf("说明"));
                assertThat(explanation.getCellStyle().getWrapText()).isTrue();
                assertThat(sheet.getColumnWidth(RowProblem.COLUMNS.indexOf("说明")))
                        .as("说明 fits a landscape page beside the other columns").isLessThanOrEqualTo(60 * 256);
            }
        }
    }

    @Test
    void rejectsOfOneCourtWritesASingleSheet() throws Exception {
        Path file = temp.resolve("卧龙.xlsx");

        assertThat(run("rejects", "--period", "2024-08", "--court", "豫1303", "--out", file.toString()))
                .as(err.toString()).isZero();

        assertThat(out.toString()).contains("拒收 1 行（1 个问题），警告 0 条。");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook).extracting(Sheet::getSheetName).containsExactly("卧龙区法院");
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(3).getStringCellValue())
                    .isEqualTo("卧龙区法院_审判案件_2024年8月");
        }
    }

    static void importMonth(String period, Inbox inbox) {
        StringWriter output = new StringWriter();
        CommandLine commandLine = CourtstatsCommand.commandLine();
        commandLine.setOut(new PrintWriter(output, true));
        commandLine.setErr(new PrintWriter(output, true));
        int status = commandLine.execute("import", "--period", period, "--inbox", inbox.root().toString());
        assertThat(status).as(output.toString()).isIn(0, ImportCommand.EXIT_REFUSED);
    }

    int run(String... args) {
        CommandLine commandLine = CourtstatsCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
