package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.courtstats.support.CommandsOnTheirOwnWarehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code province --file} as a user runs it, on a warehouse of its own with no case imported: the
 * example file is loaded and 南阳 ranked on the province's figures for it; rejected rows are listed
 * in Chinese and the command exits 3; a refused file exits 1 with one line.
 */
class ProvinceCommandIT {

    @RegisterExtension
    static final CommandsOnTheirOwnWarehouse warehouse = new CommandsOnTheirOwnWarehouse();
    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @Test
    void theExampleIsLoadedAndNanyangRanked() {
        int status = run("province", "--file", "jobs/load-province/province-figures-example.csv");

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("已载入 340 个省通报数值（文件“province-figures-example.csv”，表头在第 3 行，"
                        + "跳过 21 行全省合计、说明或未公布数值的行）。")
                .contains("本市在全省的排名：")
                .containsPattern("2024-08\\s+本月\\s+执行到位率\\s+[\\d.]+\\s+第 \\d+ / 17");
    }

    @Test
    void rejectedRowsAreListedAndARefusedFileIsOneLine() throws Exception {
        StringBuilder rows = new StringBuilder("城市,统计月份,统计窗口,指标,数值\n");
        for (int i = 0; i < 30; i++) {
            rows.append("城市").append(i).append(",2024-08,本月,终本率,").append(40 + i).append('\n');
        }
        rows.append("信阳市,2024-08,本月,终本率,n/a\n");
        Path file = Files.writeString(temp.resolve("省通报.csv"), rows, StandardCharsets.UTF_8);

        assertThat(run("province", "--file", file.toString())).as(err.toString()).isEqualTo(3);
        assertThat(out.toString()).contains("以下 1 行未载入（文件“省通报.csv”工作表“省通报”）：")
                .contains("第 32 行：数值“n/a”不是数字，应写作 47.68 或 47.68%").contains("已载入 30 个省通报数值");

        Path summary = Files.writeString(temp.resolve("汇总.csv"), "城市,执行到位率\n郑州,40\n", StandardCharsets.UTF_8);
        assertThat(run("province", "--file", summary.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("错误：文件“汇总.csv”的前 20 行中没有找到省通报数据的表头。").doesNotContain("Exception");
    }

    int run(String... args) {
        CommandLine commandLine = CourtstatsCommand.commandLine(Clock.system(ZoneId.of("Asia/Shanghai")));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
