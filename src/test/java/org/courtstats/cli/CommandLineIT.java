package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.courtstats.support.CommandsOnTheirOwnWarehouse;
import org.courtstats.support.Inbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command line as a user runs it: exit statuses, the per-delivery lines, help on every command.
 * Runs the real application on its own embedded warehouse in a temporary data directory.
 */
class CommandLineIT {

    @RegisterExtension
    static final CommandsOnTheirOwnWarehouse warehouse = new CommandsOnTheirOwnWarehouse();
    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @Test
    void importPrintsOneLinePerDeliveryAndExitsZeroWhenAllArePublished() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("2024-07", "宛城区法院_审判案件_2024年7月.csv", List.of(
                List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1302民初1号", "2024-07-01", "2024-07-20", "判决"),
                List.of("（2024）豫1302民初2号", "2024-07-02", "", "")));

        int status = run("import", "--period", "2024-07", "--inbox", inbox.root().toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("2024-07 导入结果")
                .containsPattern("豫1302\\s+审判\\s+2\\s+2\\s+0\\s+0\\s+已发布\\s+宛城区法院_审判案件_2024年7月.csv")
                .contains("合计：1 份文件，发布 1 份，拒收 0 份");
    }

    @Test
    void rerunReloadsOneCourtAndPrintsHowItsIndicatorsChanged() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        List<String> header = List.of("案号", "立案日期", "结案日期", "结案方式");
        inbox.csv("2024-04", "宛城区法院_审判案件.csv", List.of(header,
                List.of("（2024）豫1302民初1号", "2024-04-01", "2024-04-20", "判决"),
                List.of("（2024）豫1302民初2号", "2024-04-02", "", "")));
        inbox.csv("2024-04", "卧龙区法院_审判案件.csv", List.of(header, List.of("（2024）豫1303民初1号", "2024-04-01", "", "")));
        assertThat(run("import", "--period", "2024-04", "--inbox", inbox.root().toString())).isZero();
        inbox.csv("2024-04", "宛城区法院_审判案件.csv", List.of(header,
                List.of("（2024）豫1302民初1号", "2024-04-01", "2024-04-20", "判决"),
                List.of("（2024）豫1302民初2号", "2024-04-02", "2024-04-25", "调解")));
        out.getBuffer().setLength(0);

        int status = run("rerun", "--court", "宛城", "--period", "2024-04", "--inbox", inbox.root().toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString())
                .containsPattern("豫1302\\s+审判\\s+2\\s+2\\s+0\\s+0\\s+已发布")
                .doesNotContain("卧龙区法院_审判案件.csv")
                .contains("宛城区法院（豫1302）2024-04 指标变化")
                .containsPattern("结收比\\s+本月\\s+50\\.00\\s+100\\.00");
        assertThat(run("rerun", "--court", "nowhere", "--period", "2024-04", "--inbox", inbox.root().toString())).isEqualTo(1);
        assertThat(err.toString()).contains("法院“nowhere”不是本市的法院。").contains("豫1302 宛城区法院");
    }

    @Test
    void importExitsThreeWhenADeliveryIsRefusedAndSaysWhy() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("2024-06", "宛城区法院_审判案件.csv", List.of(List.of("案号", "结案日期", "结案方式"),
                List.of("（2024）豫1302民初1号", "", "")));

        int status = run("import", "--period", "2024-06", "--inbox", inbox.root().toString());

        assertThat(status).isEqualTo(3);
        assertThat(out.toString()).contains("拒收 宛城区法院_审判案件.csv：").contains("缺少必需的列");
    }

    @Test
    void importExitsOneWithAClearMessageWhenTheMonthHasNoFolder() {
        int status = run("import", "--period", "2024-05", "--inbox", temp.resolve("nowhere").toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("错误：收件目录").contains("2024-05").doesNotContain("Exception");
    }

    @Test
    void anUnreachableDatabaseIsOneClearLineAndExitOne() {
        System.setProperty("spring.datasource.url", "jdbc:postgresql://localhost:1/courtstats");
        try {
            assertThat(run("import", "--period", "2024-05", "--inbox", temp.toString())).isEqualTo(1);
        } finally {
            System.clearProperty("spring.datasource.url");
        }
        assertThat(err.toString()).startsWith("错误：无法启动或连接数据库 jdbc:postgresql://localhost:1/courtstats")
                .contains("Connection refused").contains("请检查数据库地址、用户名和密码").doesNotContain("Exception");
    }

    @Test
    void usageErrorsExitTwoWithoutStartingAnything() {
        assertThat(run("import", "--period", "2024-8")).isEqualTo(2);
        assertThat(err.toString()).contains("月份“2024-8”无效");
        assertThat(run("import")).isEqualTo(2);
        assertThat(run("no-such-command")).isEqualTo(2);
    }

    /** Issue 18.3: each of these exited 0 and wrote an empty month into the mart. */
    @ParameterizedTest
    @ValueSource(strings = {"9999-12", "1900-01", "-0001-01", "0002-01", "2015-12", "2024-10", "2034-09"})
    void monthsNoCourtCanReportAreRefusedByEveryCommandWithExitTwo(String month) {
        Clock september2024 = Clock.fixed(Instant.parse("2024-09-15T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
        List<List<String>> commands = List.of(List.of("import", "--period", "2024-08," + month),
                List.of("rerun", "--court", "宛城", "--period", month), List.of("recompute", "--period", month),
                List.of("status", "--period", month), List.of("rejects", "--period", month),
                List.of("report", "--period", month, "--out", "x.xlsx"), List.of("export", "--period", month, "--out", "x.csv"),
                List.of("generate", "--out", temp.toString(), "--period", month));
        for (List<String> command : commands) {
            err.getBuffer().setLength(0);
            assertThat(run(september2024, command.toArray(String[]::new))).as(command.toString()).isEqualTo(2);
            assertThat(err.toString()).as(command.toString())
                    .contains("月份“" + month + "”不在可统计的范围内：只能是 2016-01（设置 courtstats.first-year 的第一年）至本月 2024-09 之间的月份。")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void forgetTakesAMonthOutsideTheRangeSinceItIsThereToRemoveOne() {
        Clock september2024 = Clock.fixed(Instant.parse("2024-09-15T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

        assertThat(run(september2024, "forget", "--period", "9999-12")).as(err.toString()).isZero();

        assertThat(out.toString()).contains("9999-12：数据仓库中没有该月的数据，未做任何改动。");
        assertThat(run(september2024, "forget", "--period", "2024-9")).isEqualTo(2);
        assertThat(err.toString()).contains("月份“2024-9”无效");
    }

    @Test
    void theFirstReportableYearIsASetting() {
        Clock september2024 = Clock.fixed(Instant.parse("2024-09-15T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
        System.setProperty("courtstats.first-year", "2020");
        try {
            assertThat(run(september2024, "recompute", "--period", "2019-12")).isEqualTo(2);
            assertThat(err.toString()).contains("只能是 2020-01（设置 courtstats.first-year 的第一年）至本月 2024-09");
            System.setProperty("courtstats.first-year", "twenty");
            assertThat(run(september2024, "recompute", "--period", "2024-01")).isEqualTo(2);
            assertThat(err.toString()).contains("设置 courtstats.first-year 的值“twenty”无效，应为四位年份");
        } finally {
            System.clearProperty("courtstats.first-year");
        }
    }

    /** The current month in the courts' time zone: on 1 September at 02:00 in Shanghai it is still 31 August in UTC. */
    @Test
    void theCurrentMonthIsTheCourtsOne() {
        Clock firstOfSeptemberInShanghai = Clock.fixed(Instant.parse("2024-08-31T18:00:00Z"), ZoneId.of("Asia/Shanghai"));
        CommandLine commandLine = CourtstatsCommand.commandLine(firstOfSeptemberInShanghai);
        commandLine.parseArgs("recompute", "--period", "2016-01,2024-09");
        RecomputeCommand recompute = commandLine.getSubcommands().get("recompute").getCommand();
        assertThat(recompute.periods).containsExactly(YearMonth.of(2016, 1), YearMonth.of(2024, 9));
    }

    @Test
    void standardsAndRecomputeRunFromTheCommandLine() {
        assertThat(run("standards", "--file", "jobs/load-standards/provincial-standards.csv")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("within_limit_rate").containsPattern("已载入 \\d+ 条标准");

        assertThat(run("recompute", "--period", "2024-03")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2024-03：该月没有已发布的报送，没有指标值（原有的已清除）。");
    }

    @Test
    void feedsLoadsTheDeclarationsOfAFolder() {
        assertThat(run("feeds", "--dir", "jobs/feeds")).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("trial\\s+审判案件\\s+13\\s+43")
                .containsPattern("execution\\s+执行案件\\s+9\\s+8")
                .containsPattern("judge_contact\\s+联系法官申请\\s+5\\s+0")
                .contains("已载入 6 种报表的声明，下次导入即按新声明读取。");
    }

    @Test
    void explainSaysHowAValueIsMadeAndWritesItsCases() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        List<String> header = List.of("案号", "立案日期", "结案日期", "结案方式", "原审案号");
        inbox.csv("2024-05", "宛城区法院_审判案件.csv", List.of(header,
                List.of("（2024）豫1302民初1号", "2024-05-01", "2024-05-10", "判决", ""),
                List.of("（2024）豫1302民初2号", "2024-05-02", "2024-05-12", "判决", "")));
        inbox.csv("2024-05", "南阳中院_审判案件.csv", List.of(header,
                List.of("（2024）豫13民终1号", "2024-05-15", "2024-05-30", "改判", "（2024）豫1302民初1号")));
        assertThat(run("import", "--period", "2024-05", "--inbox", inbox.root().toString())).as(err.toString()).isEqualTo(0);
        out.getBuffer().setLength(0);
        Path cases = temp.resolve("改判案件.xlsx");

        int status = run("explain", "--period", "2024-05", "--court", "宛城", "--indicator", "一审裁判被改判率",
                "--out", cases.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("南阳市宛城区人民法院 2024年5月（本月）一审裁判被改判率 50.000%")
                .contains("分子 1：二审改判（按原审法院）（按原审案号归属：南阳中院审理 1 件）").contains("分母 2：一审结案")
                .contains("（2024）豫13民终1号").contains("案件清单已写入").contains("分子 1 件，分母 2 件");
        try (XSSFWorkbook workbook = new XSSFWorkbook(cases.toFile())) {
            assertThat(workbook.getSheet("分子案件").getRow(3).getCell(1).getStringCellValue()).isEqualTo("（2024）豫13民终1号");
            assertThat(workbook.getSheet("分子案件").getRow(3).getCell(9).getStringCellValue()).isEqualTo("（2024）豫1302民初1号");
            assertThat(workbook.getSheet("分母案件").getLastRowNum()).isEqualTo(4);
            assertThat(workbook.getSheet("分母案件").getPrintSetup().getLandscape()).isTrue();
        }
        assertThat(run("explain", "--period", "2024-05", "--court", "豫13", "--indicator", "reversal_rate")).isEqualTo(1);
        assertThat(err.toString()).contains("一审裁判被改判率只计基层法院");
        assertThat(run("explain", "--period", "2024-05", "--court", "宛城", "--indicator", "改判")).isEqualTo(1);
        assertThat(err.toString()).contains("指标“改判”不在指标目录中。可用：").contains("reversal_rate 一审裁判被改判率");
    }

    @Test
    void aBadStandardsFileIsOneClearLineAndExitOne() throws Exception {
        Path file = java.nio.file.Files.writeString(temp.resolve("s.csv"), "indicator_code,valid_from,lower_bound\nx,2024-01-01,1\n");

        assertThat(run("standards", "--file", file.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("错误：标准文件“s.csv”第2行：指标代码“x”不在指标目录").doesNotContain("Exception");
    }

    @Test
    void causeGroupsLoadsTheExampleAndABadLineIsOneClearLineAndExitOne() throws Exception {
        assertThat(run("cause-groups", "--file", "jobs/load-cause-groups/cause-groups.csv")).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("涉中医药商标权纠纷\\s+2").containsPattern("已载入 \\d+ 个案由分组");

        Path file = java.nio.file.Files.writeString(temp.resolve("g.csv"), "分组,匹配方式,案由\n涉企金融,类似,保险\n");
        assertThat(run("cause-groups", "--file", file.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("错误：案由分组文件“g.csv”第2行：“匹配方式”为“类似”，应为 等于、开头 或 包含")
                .doesNotContain("Exception");
    }

    @Test
    void reportAndExportWriteTheMonthsFilesEvenWhenOneCourtDelivered() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("2024-02", "宛城区法院_审判案件.csv", List.of(List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1302民初1号", "2024-02-01", "", "")));
        assertThat(run("import", "--period", "2024-02", "--inbox", inbox.root().toString())).as(err.toString()).isZero();
        Path bulletin = java.nio.file.Files.createDirectories(temp.resolve("通报")).resolve("2024年2月.xlsx");
        Path values = temp.resolve("指标.csv");

        assertThat(run("report", "--period", "2024-02", "--out", bulletin.toString())).as(err.toString()).isZero();
        assertThat(run("export", "--period", "2024-02", "--out", values.toString())).as(err.toString()).isZero();

        assertThat(out.toString()).contains("已写入 2024-02 月度通报：").contains("2024-02 的 1238 个指标值。");
        assertThat(bulletin).isNotEmptyFile();
        assertThat(values).isNotEmptyFile();
    }

    @Test
    void reportAndExportRefuseAMonthWithoutIndicatorsAndAFileOfAnotherKind() {
        assertThat(run("report", "--period", "2019-01", "--out", temp.resolve("x.xlsx").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("错误：2019-01 还没有指标数据，无法生成通报。").doesNotContain("Exception");
        assertThat(run("export", "--period", "2019-01", "--out", temp.resolve("x.csv").toString())).isEqualTo(1);
        assertThat(run("report", "--period", "2024-02", "--out", "通报.pdf")).isEqualTo(2);
        assertThat(run("export", "--period", "2024-02", "--out", "指标.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("--out 的文件名须以 .xlsx 结尾").contains("--out 的文件名须以 .csv 或 .xlsx 结尾");
    }

    @ParameterizedTest
    @ValueSource(strings = {"import", "rerun", "status", "rejects", "schedule", "recompute", "forget", "standards", "province", "report",
            "export", "db", "generate", "feeds", "cause-groups"})
    void everyCommandHasHelp(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out.toString()).contains("Usage: courtstats " + command);
    }

    /**
     * Two files of one court and feed are both refused: the summary counts the rows read from them and
     * none entered the warehouse (it said "读取 0 行，入库 3 行": the refused files' rows were never
     * counted as read, and the rows they would have loaded were counted as loaded).
     */
    @Test
    void theSummaryOfARunWhoseFilesWereAllRefusedCountsWhatItReadAndLoadsNothing() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("2024-06", "宛城区法院_审判案件_2024年6月.csv", List.of(
                List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1302民初1号", "2024-06-01", "2024-06-20", "判决"),
                List.of("（2024）豫1302民初2号", "2024-06-02", "", "")));
        inbox.csv("2024-06", "宛城区法院_审判案件_2024年6月_更正.csv", List.of(
                List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1302民初1号", "2024-06-01", "2024-06-21", "判决")));

        int status = run("import", "--period", "2024-06", "--inbox", inbox.root().toString());

        assertThat(status).as(err.toString()).isEqualTo(3);
        assertThat(out.toString()).contains("合计：2 份文件，发布 0 份，拒收 2 份，未变化 0 份；读取 3 行，入库 0 行，拒收 0 行。");
    }

    int run(String... args) {
        return run(Clock.system(ZoneId.of("Asia/Shanghai")), args);
    }

    int run(Clock clock, String... args) {
        CommandLine commandLine = CourtstatsCommand.commandLine(clock);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
