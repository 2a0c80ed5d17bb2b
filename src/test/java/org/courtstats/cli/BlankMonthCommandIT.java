package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.courtstats.support.CommandsOnTheirOwnWarehouse;
import org.courtstats.support.Inbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 17.1: a month with nothing published is no month. Its import says so, report and export
 * refuse it (exit 1, no file); a month some courts did not deliver names them on the bulletin's cover.
 */
class BlankMonthCommandIT {

    @RegisterExtension
    static final CommandsOnTheirOwnWarehouse warehouse = new CommandsOnTheirOwnWarehouse();
    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @Test
    void aMonthWithOnlyAStrayNoteIsImportedAsNothingAndReportAndExportRefuseIt() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("inbox").resolve("2024-09"));
        Files.writeString(folder.resolve("说明.txt"), "本月报表下周补报。", StandardCharsets.UTF_8);
        Path bulletin = temp.resolve("通报.xlsx");
        Path values = temp.resolve("指标.csv");

        assertThat(run("import", "--period", "2024-09", "--inbox", temp.resolve("inbox").toString())).isEqualTo(3);
        assertThat(out.toString()).contains("注意：2024-09 没有任何法院的报送被发布，该月没有指标");

        assertThat(run("report", "--period", "2024-09", "--out", bulletin.toString())).isEqualTo(1);
        assertThat(run("export", "--period", "2024-09", "--out", values.toString())).isEqualTo(1);
        assertThat(err.toString())
                .contains("错误：2024-09 还没有指标数据，无法生成通报。")
                .contains("错误：2024-09 还没有指标数据，未写文件。")
                .doesNotContain("Exception");
        assertThat(out.toString()).doesNotContain("已写入");
        assertThat(bulletin).doesNotExist();
        assertThat(values).doesNotExist();
    }

    @Test
    void theCoverOfAPartialMonthNamesTheCourtsThatDidNotDeliver() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("2024-10", "宛城区法院_审判案件.csv", List.of(List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1302民初1号", "2024-10-01", "", "")));
        assertThat(run("import", "--period", "2024-10", "--inbox", inbox.root().toString())).as(err.toString()).isZero();
        assertThat(out.toString()).doesNotContain("注意：");
        Path bulletin = temp.resolve("通报.xlsx");

        assertThat(run("report", "--period", "2024-10", "--out", bulletin.toString())).as(err.toString()).isZero();

        String delivered;
        try (InputStream in = Files.newInputStream(bulletin); Workbook workbook = new XSSFWorkbook(in)) {
            delivered = workbook.getSheet("全市概况").getRow(3).getCell(0).getStringCellValue();
        }
        String trial = delivered.substring(delivered.indexOf("审判案件："), delivered.indexOf("；"));
        assertThat(trial).contains("卧龙", "邓州", "中院").doesNotContain("宛城");
        assertThat(delivered).startsWith("报送情况：以下法院本月未报送").contains("执行案件：全部法院", "诉前调解：全部法院");
    }

    /** Issue 17.9: a file in a folder that does not exist is refused before anything starts. */
    @Test
    void aFileInAFolderThatDoesNotExistIsRefusedAndNoFolderIsMade() {
        Path missing = temp.resolve("nonexistent").resolve("dir");

        assertThat(run("report", "--period", "2024-08", "--out", missing.resolve("x.xlsx").toString())).isEqualTo(1);
        assertThat(run("export", "--period", "2024-08", "--out", missing.resolve("x.csv").toString())).isEqualTo(1);
        assertThat(run("rejects", "--period", "2024-08", "--out", missing.resolve("x.xlsx").toString())).isEqualTo(1);

        assertThat(err.toString()).contains("错误：目录“" + missing + "”不存在，未写文件。").doesNotContain("Exception");
        assertThat(temp.resolve("nonexistent")).doesNotExist();
    }

    /**
     * Issue 17.4: a court nobody goes by is refused before the warehouse starts, from the names the
     * warehouse gave last time: here no warehouse could even be reached.
     */
    @Test
    void anUnknownCourtIsRefusedBeforeAnythingStarts() {
        run("rejects", "--period", "2024-11", "--court", "宛城");
        System.setProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/nowhere");
        try {
            long started = System.nanoTime();
            assertThat(run("rerun", "--court", "宛城县", "--period", "2024-11")).isEqualTo(1);
            assertThat(run("rejects", "--period", "2024-11", "--court", "nowhere")).isEqualTo(1);
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(1));
        } finally {
            System.clearProperty("spring.datasource.url");
        }

        assertThat(err.toString())
                .contains("错误：法院“宛城县”不是本市的法院。", "错误：法院“nowhere”不是本市的法院。", "豫1302 宛城区法院")
                .doesNotContain("无法启动或连接");
    }

    int run(String... args) {
        CommandLine commandLine = CourtstatsCommand.commandLine(Clock.system(ZoneId.of("Asia/Shanghai")));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
