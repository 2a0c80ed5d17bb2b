package org.courtstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.courtstats.ingest.Fixtures.rowNumbers;
import static org.courtstats.ingest.Fixtures.rows;
import static org.courtstats.ingest.Fixtures.texts;
import static org.courtstats.ingest.Fixtures.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedTextReadingTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GBK = Charset.forName("GBK");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    @Test
    void utf8WithoutBomIsCsvWithOneSheetNamedAfterTheFile() {
        Path file = write(dir, "宛城区法院_审判案件_2024年8月.csv",
                "案号,案由,立案日期\n（2024）豫1302民初1号,买卖合同纠纷,2024-08-01\n".getBytes(StandardCharsets.UTF_8));

        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            assertThat(spreadsheet.format()).isEqualTo(FileFormat.CSV);
            assertThat(spreadsheet.sheets()).containsExactly(new SheetInfo(0, "宛城区法院_审判案件_2024年8月", false));
            List<SourceRow> rows = Fixtures.rows(spreadsheet, spreadsheet.sheets().get(0));
            assertThat(rowNumbers(rows)).containsExactly(1, 2);
            assertThat(rows.get(0).sheet()).isEqualTo("宛城区法院_审判案件_2024年8月");
            assertThat(texts(rows.get(1))).containsExactly("（2024）豫1302民初1号", "买卖合同纠纷", "2024-08-01");
            assertThat(rows.get(1).cells()).allSatisfy(cell -> assertThat(cell.kind()).isEqualTo(CellKind.TEXT));
        }
    }

    @Test
    void utf8BomIsStripped() {
        Path file = write(dir, "bom.csv", concat(UTF8_BOM, "案号,案由\n（2024）豫1302民初1号,离婚纠纷\n".getBytes(StandardCharsets.UTF_8)));

        List<SourceRow> rows = rows(file);

        assertThat(rows.get(0).cell(0).text()).isEqualTo("案号");
        assertThat(texts(rows.get(1))).containsExactly("（2024）豫1302民初1号", "离婚纠纷");
    }

    @Test
    void gbkAndGb18030FourByteCharactersAreDecoded() {
        Path gbk = write(dir, "gbk.csv", "案号,当事人\n（2024）豫1302民初1号,张三\n".getBytes(GBK));
        // 𠀋 (U+2000B) has no GBK code: GB18030 writes it in four bytes.
        Path gb18030 = write(dir, "gb18030.csv", "案号,当事人\n（2024）豫1302民初2号,王𠀋\n".getBytes(GB18030));

        assertThat(texts(rows(gbk).get(1))).containsExactly("（2024）豫1302民初1号", "张三");
        assertThat(texts(rows(gb18030).get(1))).containsExactly("（2024）豫1302民初2号", "王𠀋");
    }

    @Test
    void excelUnicodeTextIsUtf16LittleEndianTabSeparated() {
        String text = "案号\t案由\t标的额\r\n（2024）豫1302民初3号\t\"借款合同纠纷, 民间借贷\"\t1,234.50\r\n";
        Path file = write(dir, "导出.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));

        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            assertThat(spreadsheet.format()).isEqualTo(FileFormat.TSV);
            List<SourceRow> rows = Fixtures.rows(spreadsheet, spreadsheet.sheets().get(0));
            assertThat(texts(rows.get(0))).containsExactly("案号", "案由", "标的额");
            assertThat(texts(rows.get(1))).containsExactly("（2024）豫1302民初3号", "借款合同纠纷, 民间借贷", "1,234.50");
        }
    }

    @Test
    void utf16BigEndianWithBomIsRead() {
        Path file = write(dir, "be.csv", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "案号,案由\n（2024）豫1302民初4号,物权纠纷\n".getBytes(StandardCharsets.UTF_16BE)));

        assertThat(texts(rows(file).get(1))).containsExactly("（2024）豫1302民初4号", "物权纠纷");
    }

    @Test
    void aTitleLineWithoutSeparatorsDoesNotDecideTheSeparator() {
        Path file = write(dir, "tabs.csv", "审判案件明细\n案号\t案由,备注\t结案方式\n".getBytes(StandardCharsets.UTF_8));

        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            assertThat(spreadsheet.format()).isEqualTo(FileFormat.TSV);
            assertThat(texts(Fixtures.rows(spreadsheet, spreadsheet.sheets().get(0)).get(1)))
                    .containsExactly("案号", "案由,备注", "结案方式");
        }
    }

    @Test
    void aTxtFileWithAnyTabIsTabSeparated() {
        Path file = write(dir, "export.txt", "案号,案由\t备注,其他,更多\n".getBytes(StandardCharsets.UTF_8));

        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            assertThat(spreadsheet.format()).isEqualTo(FileFormat.TSV);
        }
    }

    @Test
    void quotedFieldsMayHoldSeparatorsQuotesAndLineBreaksAndStayOneRow() {
        String csv = "案号,备注\r\n"
                + "（2024）豫1302民初5号,\"第一行\r\n第二行，含\"\"引号\"\"和,逗号\"\r\n"
                + "（2024）豫1302民初6号,完\r\n";
        Path file = write(dir, "quoted.csv", csv.getBytes(StandardCharsets.UTF_8));

        List<SourceRow> rows = rows(file);

        assertThat(rowNumbers(rows)).containsExactly(1, 2, 3);
        assertThat(rows.get(1).cell(1).text()).isEqualTo("第一行\n第二行，含\"引号\"和,逗号");
        assertThat(texts(rows.get(2))).containsExactly("（2024）豫1302民初6号", "完");
    }

    @Test
    void backslashesAreNotEscapes() {
        Path file = write(dir, "paths.csv", "路径,说明\nC:\\temp\\new,\"D:\\案卷\\\"\n".getBytes(StandardCharsets.UTF_8));

        assertThat(texts(rows(file).get(1))).containsExactly("C:\\temp\\new", "D:\\案卷\\");
    }

    @Test
    void raggedRowsBlankRecordsAndMixedLineEnds() {
        String csv = "案号,案由,承办人\r\n"
                + "（2024）豫1302民初7号\n"
                + "\r"
                + ",,\n"
                + "（2024）豫1302民初8号,离婚纠纷,李四,,,\r"
                + ",  ,王五\n";
        Path file = write(dir, "ragged.csv", csv.getBytes(StandardCharsets.UTF_8));

        List<SourceRow> rows = rows(file);

        assertThat(rowNumbers(rows)).containsExactly(1, 2, 5, 6);
        assertThat(texts(rows.get(1))).containsExactly("（2024）豫1302民初7号");
        assertThat(texts(rows.get(2))).containsExactly("（2024）豫1302民初8号", "离婚纠纷", "李四");
        assertThat(rows.get(3).cells()).containsExactly(Cell.BLANK, Cell.BLANK, Cell.text("王五"));
    }

    @Test
    void fieldsAreKeptUntrimmed() {
        Path file = write(dir, "spaces.csv", "  案号 ,\u3000张三\n".getBytes(StandardCharsets.UTF_8));

        assertThat(texts(rows(file).get(0))).containsExactly("  案号 ", "\u3000张三");
    }

    @Test
    void aOneByteFileIsOneCell() {
        Path file = write(dir, "one.csv", new byte[] {'7'});

        assertThat(rows(file)).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(1);
            assertThat(row.cells()).containsExactly(Cell.text("7"));
        });
    }

    @Test
    void aSheetCanBeReadTwice() {
        Path file = write(dir, "twice.csv", "a,b\nc,d\n".getBytes(StandardCharsets.UTF_8));

        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            SheetInfo sheet = spreadsheet.sheets().get(0);
            assertThat(Fixtures.rows(spreadsheet, sheet)).hasSize(2);
            assertThat(Fixtures.rows(spreadsheet, sheet)).hasSize(2);
        }
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingItsRow() {
        Path file = write(dir, "quote.csv", "案号,备注\n（2024）豫1302民初9号,\"未闭合\n下一行,x\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> rows(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("文件“quote.csv”第 2 行起有未闭合的双引号");
    }

    @Test
    void aQuoteOpenOverTooManyLinesIsRefusedBeforeTheEnd() {
        StringBuilder csv = new StringBuilder("案号,备注\n\"开始\n");
        for (int i = 0; i < DelimitedTextSpreadsheet.MULTILINE_LIMIT + 10; i++) {
            csv.append("（2024）豫1302民初").append(i).append("号,x\n");
        }
        Path file = write(dir, "long.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> rows(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("文件“long.csv”第 2 行起有未闭合的双引号（一个单元格跨越了超过 1000 行）");
    }

    @Test
    void aNulCharacterIsRefusedNamingItsRowAndColumn() {
        // Past the first 8 KB read on opening: it is found while the rows are read.
        StringBuilder csv = new StringBuilder("案号,当事人\n");
        for (int i = 1; csv.length() < 9000; i++) {
            csv.append("（2024）豫1302民初").append(i).append("号,张三\n");
        }
        int rowsBefore = (int) csv.chars().filter(c -> c == '\n').count();
        csv.append("（2024）豫1302民初99999号,李\0四\n");
        Path file = write(dir, "nul.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> rows(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("文件“nul.csv”第 " + (rowsBefore + 1) + " 行第 2 列含有空字符（NUL");
    }

    @Test
    void aStrayNulAmongTheFirstBytesIsAlsoRefusedNamingItsRowAndColumn() {
        Path file = write(dir, "short.csv", "案号,当事人\n（2024）豫1302民初1号,张三\n（2024）豫1302民初2号,李\0四\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> rows(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("文件“short.csv”第 3 行第 2 列含有空字符（NUL");
    }

    @Test
    void aUtf8FileWithOneBrokenByteIsRefusedNamingItsLine() {
        byte[] bytes = concat("案号,当事人\n（2024）豫1302民初1号,张三\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {'x', (byte) 0xFF, 'y', '\n'});
        Path file = write(dir, "broken.csv", bytes);

        assertThatThrownBy(() -> Spreadsheets.open(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("（第 3 行附近有无法识别的字节）");
    }

    @Test
    void textInNeitherUtf8NorGb18030IsRefused() {
        // 0xFF is not a lead byte in either encoding.
        byte[] bytes = concat("案号,当事人\n第二行\n".getBytes(GB18030), new byte[] {'x', (byte) 0xFF, 'y', '\n'});
        Path file = write(dir, "bad.csv", bytes);

        assertThatThrownBy(() -> Spreadsheets.open(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("文件“bad.csv”既不是 UTF-8 也不是 GBK/GB18030 编码的文本（第 3 行附近有无法识别的字节），"
                        + "无法确定其中的文字；请在 Excel 中打开后另存为 UTF-8 CSV（“CSV UTF-8（逗号分隔）”）再报送");
    }

    @Test
    void aByteOrderMarkThatLiesIsRefused() {
        Path file = write(dir, "lie.csv", concat(UTF8_BOM, "案号\n张三\n".getBytes(GBK)));

        assertThatThrownBy(() -> Spreadsheets.open(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("文件“lie.csv”开头声明为 UTF-8 编码，但第 1 行附近有不符合该编码的字节");
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
