package org.courtstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.courtstats.ingest.Fixtures.rows;
import static org.courtstats.ingest.Fixtures.texts;
import static org.courtstats.ingest.Fixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real format comes from the bytes, whatever the name says; what cannot be read is refused clearly. */
class FormatDetectionTest {

    @TempDir
    Path dir;

    private byte[] simpleXlsx() {
        return Fixtures.xlsx(wb -> wb.createSheet("数据").createRow(0).createCell(0).setCellValue("案号"));
    }

    private byte[] simpleXls() {
        return Fixtures.xls(wb -> wb.createSheet("数据").createRow(0).createCell(0).setCellValue("案号"));
    }

    @Test
    void anXlsNamedXlsxIsReadAsXls() {
        Path file = write(dir, "misnamed.xlsx", simpleXls());

        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            assertThat(spreadsheet.format()).isEqualTo(FileFormat.XLS);
            assertThat(texts(Fixtures.rows(spreadsheet, spreadsheet.sheets().get(0)).get(0))).containsExactly("案号");
        }
    }

    @Test
    void anXlsxNamedXlsIsReadAsXlsx() {
        Path file = write(dir, "misnamed.xls", simpleXlsx());

        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            assertThat(spreadsheet.format()).isEqualTo(FileFormat.XLSX);
            assertThat(texts(Fixtures.rows(spreadsheet, spreadsheet.sheets().get(0)).get(0))).containsExactly("案号");
        }
    }

    @Test
    void aCsvNamedXlsxIsReadAsCsv() {
        Path file = write(dir, "export.xlsx", "案号,案由\n（2024）豫1302民初1号,离婚纠纷\n".getBytes(StandardCharsets.UTF_8));

        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            assertThat(spreadsheet.format()).isEqualTo(FileFormat.CSV);
            assertThat(spreadsheet.sheets().get(0).name()).isEqualTo("export");
            assertThat(texts(Fixtures.rows(spreadsheet, spreadsheet.sheets().get(0)).get(1)))
                    .containsExactly("（2024）豫1302民初1号", "离婚纠纷");
        }
    }

    @Test
    void aCsvWhoseFirstFieldStartsLikeAnArchiveSignatureIsStillACsv() {
        Path file = write(dir, "pk.csv", "PK,名称\n1,宛城区法院\n".getBytes(StandardCharsets.UTF_8));

        assertThat(texts(rows(file).get(1))).containsExactly("1", "宛城区法院");
    }

    @Test
    void anEmptyFileIsRefused() {
        Path file = write(dir, "empty.xlsx", new byte[0]);

        assertRefused(file, "文件“empty.xlsx”为空（0 字节），没有任何数据；请重新导出后报送");
    }

    @Test
    void aFileOfOnlyByteOrderMarkAndWhiteSpaceIsRefusedAsEmpty() {
        Path file = write(dir, "blank.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\r', '\n', '\t'});

        assertRefused(file, "文件“blank.csv”为空（只有空白字符），没有任何数据；请重新导出后报送");
    }

    @Test
    void aMissingFileIsRefused() {
        assertRefused(dir.resolve("none.xlsx"), "文件“none.xlsx”不存在");
    }

    @Test
    void aTruncatedXlsxIsRefusedAsDamaged() {
        byte[] whole = simpleXlsx();
        Path file = write(dir, "cut.xlsx", Arrays.copyOf(whole, whole.length / 2));

        assertRefused(file, "文件“cut.xlsx”已损坏或不完整，无法打开；请重新导出后报送");
    }

    @Test
    void damagedSheetXmlIsRefusedNamingSheetAndRow() {
        byte[] broken = Fixtures.rewriteEntry(simpleXlsx(), "xl/worksheets/sheet1.xml", xml ->
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>案号</t></is></c></row><row r=\"2\"><c r=");
        Path file = write(dir, "broken.xlsx", broken);

        try (Spreadsheet spreadsheet = Spreadsheets.open(file); RowCursor cursor = spreadsheet.rows(spreadsheet.sheets().get(0))) {
            assertThat(cursor.next().cell(0).text()).isEqualTo("案号");
            assertThatThrownBy(cursor::next)
                    .isInstanceOf(UnreadableFileException.class)
                    .hasMessage("文件“broken.xlsx”工作表“数据”第 2 行已损坏或不完整，无法打开；请重新导出后报送")
                    .hasCauseInstanceOf(javax.xml.stream.XMLStreamException.class);
        }
    }

    @Test
    void aSharedStringIndexOutOfRangeIsRefusedAsDamage() {
        Path file = write(dir, "sst.xlsx", Fixtures.xlsxWithSheetData("<row r=\"3\"><c r=\"B3\" t=\"s\"><v>99</v></c></row>"));

        assertThatThrownBy(() -> rows(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("文件“sst.xlsx”工作表“数据”第 3 行已损坏（单元格 B3 引用了不存在的共享字符串 99），无法读取；请重新导出后报送");
    }

    @Test
    void aZipBombIsRefused() {
        String padding = " ".repeat(10_000_000);
        byte[] bomb = Fixtures.rewriteEntry(simpleXlsx(), "xl/worksheets/sheet1.xml",
                xml -> Fixtures.worksheet(padding + "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
        Path file = write(dir, "bomb.xlsx", bomb);

        assertThatThrownBy(() -> rows(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("文件“bomb.xlsx”工作表“数据”压缩比例异常（疑似压缩炸弹），已拒收；请重新从系统导出");
    }

    @Test
    void aDoctypeInASheetIsRefused() {
        byte[] xxe = Fixtures.rewriteEntry(simpleXlsx(), "xl/worksheets/sheet1.xml", xml ->
                "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>");
        Path file = write(dir, "xxe.xlsx", xxe);

        assertThatThrownBy(() -> rows(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("文件“xxe.xlsx”工作表“数据”内部的 XML 含有 DOCTYPE 声明")
                .hasMessageEndingWith("已拒收；请在 Excel 中打开后另存为 .xlsx 再报送");
    }

    @Test
    void aDoctypeInTheWorkbookPartIsRefusedOnOpening() {
        byte[] xxe = Fixtures.rewriteEntry(simpleXlsx(), "xl/workbook.xml", xml ->
                xml.replaceFirst("\\?>", "?><!DOCTYPE workbook [<!ENTITY e \"x\">]>"));
        Path file = write(dir, "xxe-wb.xlsx", xxe);

        assertThatThrownBy(() -> Spreadsheets.open(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("文件“xxe-wb.xlsx”内部的 XML 含有 DOCTYPE 声明");
    }

    @Test
    void aPasswordProtectedXlsxIsRefused() throws Exception {
        byte[] plain = simpleXlsx();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain);
            }
            fs.writeFilesystem(bytes);
        }
        Path file = write(dir, "加密.xlsx", bytes.toByteArray());

        assertRefused(file, "文件“加密.xlsx”设有打开密码（已加密），无法读取；"
                + "请在 Excel 中取消打开密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后重新报送");
    }

    @Test
    void aPlainZipAnOpenDocumentSpreadsheetAndAWordDocumentAreRefused() throws Exception {
        Path zip = write(dir, "archive.xlsx", zip("readme.txt", "说明"));
        Path ods = write(dir, "wps.xlsx", zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("情况说明");
            document.write(docx);
        }
        Path word = write(dir, "report.xlsx", docx.toByteArray());

        assertRefused(zip, "文件“archive.xlsx”是普通的 ZIP 压缩包，不是 Excel 工作簿；请解压后报送其中的 Excel 或 CSV 文件");
        assertRefused(ods, "文件“wps.xlsx”是 OpenDocument 表格（.ods），无法直接读取；请在 Excel 中打开后另存为 .xlsx 再报送");
        assertRefused(word, "文件“report.xlsx”实为 Word 文档（.docx），不是表格；请报送从系统导出的 Excel（.xlsx/.xls）或 CSV 文件");
    }

    @Test
    void nonSpreadsheetFilesAreRefusedSayingWhatTheyAre() throws IOException {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write("案号".getBytes(StandardCharsets.UTF_8));
        }
        String sendExport = "请报送从系统导出的 Excel（.xlsx/.xls）或 CSV 文件";

        assertRefused(write(dir, "scan.xlsx", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1)),
                "文件“scan.xlsx”实为 PDF 文档，不是表格；" + sendExport);
        assertRefused(write(dir, "photo.xls", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}),
                "文件“photo.xls”实为图片，不是表格；" + sendExport);
        assertRefused(write(dir, "data.csv", gzip.toByteArray()),
                "文件“data.csv”实为 gzip 压缩包，不是表格；请解压后报送其中的 Excel 或 CSV 文件");
        assertThatThrownBy(() -> Spreadsheets.open(write(dir, "dump.csv", new byte[] {'a', 1, 2, 0, 3, 0, 0, 'b'})))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("文件“dump.csv”不是表格文件，也不是普通文本（含有二进制内容）；" + sendExport);
    }

    @Test
    void markupThatIsNotAnHtmlTableIsRefusedSayingWhatItIs() {
        String excel2003 = "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n"
                + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"Sheet1\"/></Workbook>";
        String mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart\"\r\n";

        assertRefused(write(dir, "2003.xls", excel2003.getBytes(StandardCharsets.UTF_8)),
                "文件“2003.xls”实为 Excel 2003 XML 表格，无法直接读取；请在 Excel 中打开后另存为 .xlsx 再报送");
        assertRefused(write(dir, "page.xls", mht.getBytes(StandardCharsets.US_ASCII)),
                "文件“page.xls”实为“单个文件网页”（MHT），无法直接读取；请在 Excel 中打开后另存为 .xlsx 再报送");
        assertRefused(write(dir, "data.xls", "<?xml version=\"1.0\"?><cases/>".getBytes(StandardCharsets.UTF_8)),
                "文件“data.xls”实为 XML 文件，不是表格；请报送从系统导出的 Excel（.xlsx/.xls）或 CSV 文件");
    }

    private static void assertRefused(Path file, String message) {
        assertThatThrownBy(() -> Spreadsheets.open(file).close())
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage(message);
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }
}
