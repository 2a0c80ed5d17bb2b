package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.courtstats.support.CourtstatsProcess;
import org.courtstats.support.Inbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 17.2: the terminal speaks the statistician's language. An import shows Chinese progress and
 * results, and the operators' English log lines only with --verbose (the log file has them always);
 * a usage error is one or two Chinese lines pointing to --help; picocli's own help lines are Chinese.
 */
class TerminalLanguageIT {

    /** The start of a line of the operators' log on the terminal: "22:47:44.296 INFO  EmbeddedWarehouse - …". */
    static final Pattern LOG_LINE = Pattern.compile("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} +(TRACE|DEBUG|INFO|WARN|ERROR) ");

    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @AfterEach
    void stopWhatWasLeft() {
        CourtstatsProcess.stopServersUnder(temp);
    }

    @Test
    void anImportsTerminalHoldsNoEnglishLogLineUnlessVerbose() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("2024-07", "宛城区法院_审判案件_2024年7月.csv", List.of(List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1302民初1号", "2024-07-01", "2024-07-20", "判决")));
        Path data = temp.resolve("data");

        CourtstatsProcess quiet = CourtstatsProcess.start(data, "import", "--period", "2024-07", "--inbox",
                inbox.root().toString());
        assertThat(quiet.awaitExit(Duration.ofSeconds(120))).as(quiet.output()).isZero();
        CourtstatsProcess verbose = CourtstatsProcess.start(data, "import", "--period", "2024-07", "--inbox",
                inbox.root().toString(), "--force", "--verbose");
        assertThat(verbose.awaitExit(Duration.ofSeconds(120))).as(verbose.output()).isZero();

        assertThat(quiet.output()).contains("2024-07 导入结果：", "合计：1 份文件，发布 1 份");
        assertThat(LOG_LINE.matcher(quiet.output()).find()).as(quiet.output()).isFalse();
        assertThat(quiet.output()).doesNotContainPattern("[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}");
        assertThat(LOG_LINE.matcher(verbose.output()).find()).as("--verbose shows them").isTrue();
        assertThat(Files.readString(data.resolve("logs/courtstats.log")))
                .as("the log file has them either way").contains("registered as delivery 1", "Embedded PostgreSQL started");
    }

    @Test
    void aCommandRefusedBeforeTheWarehouseStartsPrintsItsOneLineAndNoStackTrace() throws Exception {
        CourtstatsProcess refused = CourtstatsProcess.start(temp.resolve("data"), "report", "--period", "2024-07",
                "--out", temp.resolve("no-such-folder").resolve("通报.xlsx").toString());

        assertThat(refused.awaitExit(Duration.ofSeconds(60))).as(refused.output()).isEqualTo(1);
        assertThat(refused.output().strip()).startsWith("错误：目录“").endsWith("再运行。")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aMissingOptionIsTwoChineseLinesPointingToHelp() {
        assertThat(run("import")).isEqualTo(2);

        assertThat(err.toString().lines().toList()).containsExactly(
                "错误：缺少必需的选项：--period=YYYY-MM", "用法见：courtstats import --help");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMistypedCommandSaysWhatWasMeant() {
        assertThat(run("improt", "--period", "2024-08")).isEqualTo(2);

        List<String> lines = err.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("错误：无法识别的参数：improt").contains("是不是想输入：", "import");
        assertThat(lines.get(1)).isEqualTo("用法见：courtstats --help");
    }

    @Test
    void anUnknownOptionAndABadValueAreChineseToo() {
        assertThat(run("status", "--perod", "2024-08")).isEqualTo(2);
        assertThat(run("report", "--period", "2024-13", "--out", "x.xlsx")).isEqualTo(2);

        assertThat(err.toString())
                .contains("错误：无法识别的选项：--perod")
                .contains("错误：选项 --period 的值无效：月份“2024-13”无效，应写作 YYYY-MM")
                .doesNotContain("Usage", "Unknown", "Invalid", "Did you mean");
    }

    @Test
    void picocliOwnHelpLinesAreChinese() {
        assertThat(run("report", "--help")).isZero();

        assertThat(out.toString()).contains("用法 Usage: courtstats report", "显示本帮助并退出。", "显示版本并退出。",
                "--verbose");
    }

    int run(String... args) {
        CommandLine commandLine = CourtstatsCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
