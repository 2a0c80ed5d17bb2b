package org.courtstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.courtstats.ingest.Fixtures.rowNumbers;
import static org.courtstats.ingest.Fixtures.rows;
import static org.courtstats.ingest.Fixtures.texts;
import static org.courtstats.ingest.Fixtures.write;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReadingTest {

    @TempDir
    Path dir;

    @Test
    void anHtmlTableNamedXlsIsReadAsATable() {
        String html = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>导出</title>"
                + "<style>td { mso-number-format:\"\\@\"; } </style><script>var s = '<tr><td>x</td></tr>';</script></head>\n"
                + "<body><table border=1>\n"
                + "  <tr><th>案号</th><th>案由</th><th>标的额</th></tr>\n"
                + "  <!-- <tr><td>注释中的行</td></tr> -->\n"
                + "  <tr><td>（2024）豫1302民初1号</td><td>买卖合同纠纷 &amp; 其他</td><td>&#165;1,234.50</td></tr>\n"
                + "  <tr><td>&nbsp;</td><td> </td></tr>\n"
                + "  <tr><td>（2024）豫1302民初2号</td><td>  离婚\n   纠纷 </td><td>&#x4E07;元</td></tr>\n"
                + "</table></body></html>";
        Path file = write(dir, "审判案件.xls", html.getBytes(StandardCharsets.UTF_8));

        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            assertThat(spreadsheet.format()).isEqualTo(FileFormat.HTML);
            assertThat(spreadsheet.sheets()).containsExactly(new SheetInfo(0, "审判案件", false));
            List<SourceRow> rows = Fixtures.rows(spreadsheet, spreadsheet.sheets().get(0));
            assertThat(rowNumbers(rows)).containsExactly(1, 2, 4);
            assertThat(texts(rows.get(0))).containsExactly("案号", "案由", "标的额");
            assertThat(texts(rows.get(1))).containsExactly("（2024）豫1302民初1号", "买卖合同纠纷 & 其他", "¥1,234.50");
            assertThat(texts(rows.get(2))).containsExactly("（2024）豫1302民初2号", "离婚 纠纷", "万元");
        }
    }

    @Test
    void mergedHeaderCellsKeepTheColumnsBelowAligned() {
        String html = "<table>"
                + "<tr><td colspan=3>南阳市宛城区人民法院执行案件明细</td></tr>"
                + "<tr><td rowspan=\"2\">案号</td><td colspan='2'>金额（元）</td><td rowspan=2>承办人</td></tr>"
                + "<tr><td>申请执行标的额</td><td>实际执行到位金额</td></tr>"
                + "<tr><td>（2024）豫1302执1号</td><td>1000</td><td>800</td><td>赵六</td></tr>"
                + "</table>";
        Path file = write(dir, "merged.xls", html.getBytes(StandardCharsets.UTF_8));

        List<SourceRow> rows = rows(file);

        assertThat(texts(rows.get(0))).containsExactly("南阳市宛城区人民法院执行案件明细");
        assertThat(texts(rows.get(1))).containsExactly("案号", "金额（元）", "", "承办人");
        assertThat(texts(rows.get(2))).containsExactly("", "申请执行标的额", "实际执行到位金额");
        assertThat(texts(rows.get(3))).containsExactly("（2024）豫1302执1号", "1000", "800", "赵六");
    }

    @Test
    void sloppyMarkupFromOldSystemsIsTolerated() {
        // Upper case, unclosed cells and rows, <br>, a stray '<', an unknown entity, two tables.
        String html = "<HTML><BODY><TABLE><TR><TD>统计表<TD>2024年<br>8月\n"
                + "<TR><TD>a < b<TD>&unknown; &amp\n</TABLE>\n"
                + "<p>说明文字</p><table><tr><td>第二张表</td></tr></table>";
        Path file = write(dir, "sloppy.xls", html.getBytes(StandardCharsets.UTF_8));

        List<SourceRow> rows = rows(file);

        assertThat(rowNumbers(rows)).containsExactly(1, 2, 3);
        assertThat(texts(rows.get(0))).containsExactly("统计表", "2024年\n8月");
        assertThat(texts(rows.get(1))).containsExactly("a < b", "&unknown; &amp");
        assertThat(texts(rows.get(2))).containsExactly("第二张表");
    }

    @Test
    void gbkHtmlWithLeadingWhitespaceAndBomIsRecognised() {
        byte[] gbk = "\r\n  <table><tr><td>宛城区法院</td></tr></table>".getBytes(Charset.forName("GBK"));
        Path gbkFile = write(dir, "gbk.xls", gbk);
        byte[] utf8Bom = DelimitedTextReadingTest.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "<!-- 导出 --><Table><tr><td>卧龙区法院</td></tr></Table>".getBytes(StandardCharsets.UTF_8));
        Path bomFile = write(dir, "bom.xlsx", utf8Bom);

        assertThat(rows(gbkFile)).singleElement().satisfies(row -> assertThat(row.cell(0).text()).isEqualTo("宛城区法院"));
        assertThat(rows(bomFile)).singleElement().satisfies(row -> assertThat(row.cell(0).text()).isEqualTo("卧龙区法院"));
    }

    @Test
    void htmlInAnUnknownEncodingIsRefusedAsAWebPage() {
        byte[] bytes = DelimitedTextReadingTest.concat("<html><table><tr><td>".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xFF, (byte) 0xFF}, "</td></tr></table></html>".getBytes(StandardCharsets.US_ASCII));
        Path file = write(dir, "x.xls", bytes);

        assertThatThrownBy(() -> Spreadsheets.open(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("文件“x.xls”实为网页（HTML）表格，")
                .hasMessageEndingWith("请在 Excel 中打开后另存为 .xlsx 再报送");
    }
}
