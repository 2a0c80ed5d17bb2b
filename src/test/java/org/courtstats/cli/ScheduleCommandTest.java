package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The schedule command as an operator starts it: what it says it will do, and usage errors (exit 2,
 * in Chinese) for a schedule that cannot be right. Its runs are tested in MonthlyScheduleTest.
 */
class ScheduleCommandTest {

    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @Test
    void printsTheNextThreeRunsAndEndsWhenStopped() {
        CommandLine commandLine = commandLine();
        // Told to stop before it starts: it prints its plan, then ends instead of waiting for 02:00.
        ((ScheduleCommand) commandLine.getSubcommands().get("schedule").getCommand()).stop.stop();

        int status = commandLine.execute("schedule", "--inbox", temp.resolve("inbox").toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("按 cron“0 0 2 3 * *”（时区 Asia/Shanghai）运行，每次导入上个月的报送文件")
                .containsPattern("接下来 3 次运行：(\\R  \\d{4}-\\d{2}-03 02:00:00（星期.） 导入 \\d{4}-\\d{2}){3}\\R")
                .contains("注意：收件目录 " + temp.resolve("inbox") + " 目前不存在");
    }

    @Test
    void anInvalidCronExpressionIsAUsageError() {
        assertThat(commandLine().execute("schedule", "--cron", "every month")).isEqualTo(2);
        assertThat(err.toString()).contains("cron 表达式“every month”无效：应为 Spring 的 6 段格式（秒 分 时 日 月 星期）");
    }

    @Test
    void aFiveFieldCrontabExpressionIsAUsageErrorThatSaysWhatToAdd() {
        assertThat(commandLine().execute("schedule", "--cron", "0 2 3 * *")).isEqualTo(2);
        assertThat(err.toString()).contains("cron 表达式“0 2 3 * *”只有 5 段").contains("请在前面加上秒，例如“0 0 2 3 * *”");
    }

    @Test
    void aCronExpressionThatNeverFiresIsAUsageError() {
        assertThat(commandLine().execute("schedule", "--cron", "0 0 2 30 2 *")).isEqualTo(2);
        assertThat(err.toString()).contains("cron 表达式“0 0 2 30 2 *”永远不会触发");
    }

    @Test
    void anUnknownZoneIsAUsageError() {
        assertThat(commandLine().execute("schedule", "--zone", "Beijing")).isEqualTo(2);
        assertThat(err.toString()).contains("时区“Beijing”无效，应写作如 Asia/Shanghai 或 +08:00");
    }

    CommandLine commandLine() {
        CommandLine commandLine = CourtstatsCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine;
    }
}
