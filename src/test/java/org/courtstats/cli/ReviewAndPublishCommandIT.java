package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.courtstats.support.CommandsOnTheirOwnWarehouse;
import org.courtstats.support.Inbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The statistician's review of a held delivery, command by command: 宛城's August (10 trial cases) is
 * published, its resend with 4 of them is held (exit 4), review and status say why, publish releases
 * it; a second resend is held again and publish --reject discards it.
 */
class ReviewAndPublishCommandIT {

    static final List<String> TRIAL = List.of("案号", "立案日期", "结案日期", "结案方式");

    @RegisterExtension
    static final CommandsOnTheirOwnWarehouse warehouse = new CommandsOnTheirOwnWarehouse();
    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    Path wancheng(String name, int cases) throws Exception {
        Inbox inbox = new Inbox(temp.resolve(name));
        List<List<String>> rows = new ArrayList<>(List.of(TRIAL));
        for (int i = 1; i <= cases; i++) {
            rows.add(List.of("（2024）豫1302民初" + i + "号", "2024-08-0" + (1 + i % 9), "", ""));
        }
        inbox.csv("2024-08", "宛城区法院_审判案件_2024年8月" + name + ".csv", rows);
        return inbox.root();
    }

    @Test
    void aHeldResendExitsFourIsExplainedAndIsReleasedOrRejectedByPublish() throws Exception {
        assertThat(run("import", "--period", "2024-08", "--inbox", wancheng("first", 10).toString())).as(err.toString()).isZero();

        int held = run("import", "--period", "2024-08", "--inbox", wancheng("resend", 4).toString());

        assertThat(held).as(out.toString()).isEqualTo(ImportCommand.EXIT_HELD);
        assertThat(out.toString())
                .containsPattern("宛城区法院\\s+豫1302\\s+审判\\s+4\\s+4\\s+0\\s+0\\s+待审核")
                .contains("待审核 宛城区法院_审判案件_2024年8月resend.csv：【重报案件减少】重报文件比正在使用的数据少了60.00%的案件")
                .contains("待审核 1 份")
                .contains("review --period 2024-08");

        out.getBuffer().setLength(0);
        assertThat(run("review", "--period", "2024-08")).isZero();
        assertThat(out.toString())
                .contains("2024-08 发布前审核结果：1 项发现，1 份文件待审核（已入库、未发布）。")
                .contains("应为：与正在使用的2024-08数据（10件）大致相当")
                .contains("实为：4件，少6件（60.00%）")
                .containsPattern("（2024）豫1302民初10号\\s+已发布的数据中有，重报文件中没有");

        Path workbook = temp.resolve("审核.xlsx");
        assertThat(run("review", "--period", "2024-08", "--court", "宛城", "--out", workbook.toString())).isZero();
        try (XSSFWorkbook read = new XSSFWorkbook(workbook.toFile())) {
            Sheet findingsSheet = read.getSheet("审核发现");
            assertThat(findingsSheet.getLastRowNum()).isEqualTo(2);
            assertThat(findingsSheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("重报案件减少");
            assertThat(findingsSheet.getRow(2).getCell(5).getStringCellValue()).isEqualTo("暂缓发布");
            Sheet cases = read.getSheet("涉及案件");
            assertThat(cases.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2024年8月 发布前审核结果（南阳市宛城区人民法院）　涉及的案件（共 6 件）");
            // The six cases the resend lacks, each where the published file has it: 民初5 is its Excel row 6.
            assertThat(cases.getRow(2).getCell(4).getStringCellValue()).isEqualTo("（2024）豫1302民初10号");
            assertThat(cases.getRow(3).getCell(4).getStringCellValue()).isEqualTo("（2024）豫1302民初5号");
            assertThat(cases.getRow(3).getCell(6).getStringCellValue()).isEqualTo("宛城区法院_审判案件_2024年8月first.csv");
            assertThat(cases.getRow(3).getCell(8).getNumericCellValue()).isEqualTo(6);
            assertThat(cases.getPrintSetup().getLandscape()).isTrue();
        }

        out.getBuffer().setLength(0);
        assertThat(run("status", "--period", "2024-08")).isZero();
        assertThat(out.toString()).contains("待审核原因：【重报案件减少】").contains("已发布 1 份，待审核 1 份");
        out.getBuffer().setLength(0);
        assertThat(run("report", "--period", "2024-08", "--out", temp.resolve("通报.xlsx").toString())).isZero();
        assertThat(out.toString()).contains("注意：2024-08 还有 1 份报送待审核，通报中相应法院用的是此前发布的数据（或空白）。");

        assertThat(run("publish", "--period", "2024-08", "--court", "宛城", "--feed", "civil")).isEqualTo(2);
        out.getBuffer().setLength(0);
        assertThat(run("publish", "--period", "2024-08", "--court", "宛城")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("已发布 宛城区法院 审判 “宛城区法院_审判案件_2024年8月resend.csv”（4 件）。");
        assertThat(run("publish", "--period", "2024-08", "--court", "宛城")).isEqualTo(1);
        assertThat(err.toString()).contains("2024-08 豫1302 没有待审核的报送文件，未做任何改动。");

        // The 4 cases are now the slice: a resend of 1 loses 75%, held; rejected, the 4 stay.
        assertThat(run("import", "--period", "2024-08", "--inbox", wancheng("again", 1).toString()))
                .isEqualTo(ImportCommand.EXIT_HELD);
        out.getBuffer().setLength(0);
        assertThat(run("publish", "--period", "2024-08", "--court", "豫1302", "--feed", "trial", "--reject")).isZero();
        assertThat(out.toString()).contains("已驳回 宛城区法院 审判").contains("继续沿用此前发布的数据");
        out.getBuffer().setLength(0);
        assertThat(run("status", "--period", "2024-08")).isZero();
        assertThat(out.toString()).containsPattern("豫1302\\s+宛城区法院\\s+审判\\s+已发布\\s+4\\s+4\\s.*resend.csv")
                .containsPattern("豫1302\\s+宛城区法院\\s+审判\\s+已驳回\\s+1\\s+1\\s.*again.csv");
    }

    int run(String... args) {
        CommandLine commandLine = CourtstatsCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }
}
