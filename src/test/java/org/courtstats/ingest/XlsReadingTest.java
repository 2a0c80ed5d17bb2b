package org.courtstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.courtstats.ingest.Fixtures.rowNumbers;
import static org.courtstats.ingest.Fixtures.rows;
import static org.courtstats.ingest.Fixtures.texts;
import static org.courtstats.ingest.Fixtures.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFFormulaEvaluator;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsReadingTest {

    @TempDir
    Path dir;

    @Test
    void titleRowsSparseCellsAndBlankRows() {
        Path file = write(dir, "执行案件.xls", Fixtures.xls(wb -> {
            Sheet sheet = wb.createSheet("执行案件");
            sheet.createRow(0).createCell(0).setCellValue("南阳市宛城区人民法院2024年1-8月执行案件明细");
            Row header = sheet.createRow(2);
            header.createCell(0).setCellValue("案号");
            header.createCell(3).setCellValue("申请执行标的额");
            sheet.createRow(3).createCell(1).setCellStyle(wb.createCellStyle());
            Row data = sheet.createRow(4);
            data.createCell(0).setCellValue("（2024）豫1302执100号");
            data.createCell(3).setCellValue(15000.5);
        }));

        List<SourceRow> rows = rows(file);

        assertThat(rowNumbers(rows)).containsExactly(1, 3, 5);
        assertThat(rows.get(0).sheet()).isEqualTo("执行案件");
        assertThat(texts(rows.get(1))).containsExactly("案号", "", "", "申请执行标的额");
        assertThat(texts(rows.get(2))).containsExactly("（2024）豫1302执100号", "", "", "15000.5");
        assertThat(rows.get(2).cell(3).kind()).isEqualTo(CellKind.NUMBER);
    }

    @Test
    void valuesOfEveryKind() {
        Path file = write(dir, "kinds.xls", Fixtures.xls(wb -> {
            CellStyle builtIn = wb.createCellStyle();
            builtIn.setDataFormat((short) 14);
            CellStyle chinese = wb.createCellStyle();
            chinese.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row row = wb.createSheet("s").createRow(0);
            row.createCell(0).setCellValue(42);
            row.createCell(1).setCellValue(110101199001011000d);
            row.createCell(2).setCellValue("0012345");
            row.createCell(3).setCellValue(LocalDate.of(2024, 8, 1));
            row.getCell(3).setCellStyle(builtIn);
            row.createCell(4).setCellValue(LocalDateTime.of(2024, 2, 29, 0, 0));
            row.getCell(4).setCellStyle(chinese);
            row.createCell(5).setCellValue(true);
            row.createCell(6).setCellErrorValue(FormulaError.NA.getCode());
            row.createCell(7).setCellValue(0.1);
        }));

        SourceRow row = rows(file).get(0);

        assertThat(texts(row)).containsExactly(
                "42", "110101199001011000", "0012345", "2024-08-01", "2024-02-29", "TRUE", "#N/A", "0.1");
        assertThat(row.cells().stream().map(Cell::kind)).containsExactly(
                CellKind.NUMBER, CellKind.NUMBER, CellKind.TEXT, CellKind.DATE, CellKind.DATE,
                CellKind.BOOLEAN, CellKind.ERROR, CellKind.NUMBER);
    }

    @Test
    void formulasGiveTheirCachedValues() {
        Path file = write(dir, "formulas.xls", Fixtures.xls(wb -> {
            Row row = wb.createSheet("s").createRow(0);
            row.createCell(0).setCellValue(21);
            row.createCell(1).setCellFormula("A1*2");
            row.createCell(2).setCellFormula("CONCATENATE(\"民\",\"初\")");
            row.createCell(3).setCellFormula("1/0");
            row.createCell(4).setCellFormula("A1>20");
            row.createCell(5).setCellFormula("\"\"");
            row.createCell(6).setCellValue("后");
            HSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        }));

        SourceRow row = rows(file).get(0);

        assertThat(texts(row)).containsExactly("21", "42", "民初", "#DIV/0!", "TRUE", "", "后");
        assertThat(row.cell(2).kind()).isEqualTo(CellKind.TEXT);
        assertThat(row.cell(3).kind()).isEqualTo(CellKind.ERROR);
        assertThat(row.cell(4).kind()).isEqualTo(CellKind.BOOLEAN);
        assertThat(row.cell(5).kind()).isEqualTo(CellKind.BLANK);
    }

    @Test
    void hiddenSheetsAreFlaggedAndAnySheetCanBeRead() {
        Path file = write(dir, "sheets.xls", Fixtures.xls(wb -> {
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("说明");
            wb.createSheet("旧表").createRow(0).createCell(0).setCellValue("旧");
            wb.createSheet("审判案件").createRow(4).createCell(2).setCellValue("案号");
            wb.setSheetVisibility(0, SheetVisibility.VERY_HIDDEN);
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.setActiveSheet(2);
        }));

        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            assertThat(spreadsheet.format()).isEqualTo(FileFormat.XLS);
            assertThat(spreadsheet.sheets()).containsExactly(
                    new SheetInfo(0, "说明", true), new SheetInfo(1, "旧表", true), new SheetInfo(2, "审判案件", false));
            assertThat(rows(spreadsheet, spreadsheet.sheets().get(2))).singleElement().satisfies(row -> {
                assertThat(row.sheet()).isEqualTo("审判案件");
                assertThat(row.rowNumber()).isEqualTo(5);
                assertThat(texts(row)).containsExactly("", "", "案号");
            });
            assertThat(rows(spreadsheet, spreadsheet.sheets().get(1))).singleElement()
                    .satisfies(row -> assertThat(row.cell(0).text()).isEqualTo("旧"));
            assertThat(rows(spreadsheet, spreadsheet.sheets().get(0))).singleElement()
                    .satisfies(row -> assertThat(row.cell(0).text()).isEqualTo("说明"));
        }
    }

    @Test
    void theDate1904SystemShiftsDates() {
        Path file = write(dir, "mac.xls", Fixtures.xls(wb -> {
            ((DateWindow1904Record) wb.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid))
                    .setWindowing((short) 1);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            Row row = wb.createSheet("s").createRow(0);
            row.createCell(0).setCellValue(1462);
            row.getCell(0).setCellStyle(date);
        }));

        assertThat(rows(file).get(0).cell(0).text()).isEqualTo("1908-01-02");
    }

    @Test
    void aWorkbookWithAnOpenPasswordIsRefused() {
        Path file = write(dir, "加密.xls", encryptedXls("secret"));

        assertThatThrownBy(() -> Spreadsheets.open(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("文件“加密.xls”设有打开密码")
                .hasMessageContaining("取消打开密码")
                .hasMessageEndingWith("后重新报送");
    }

    @Test
    void aWorkbookOnlyWriteProtectedWithExcelsDefaultPasswordIsRead() {
        // Excel encrypts "protected" workbooks with the built-in password VelvetSweatshop; POI decrypts them.
        Path file = write(dir, "只读.xls", encryptedXls("VelvetSweatshop"));

        assertThat(rows(file)).singleElement().satisfies(row -> assertThat(row.cell(0).text()).isEqualTo("机密"));
    }

    @Test
    void anExcel95WorkbookIsRefused() throws Exception {
        Path file = write(dir, "old.xls", compoundFile("Book"));

        assertThatThrownBy(() -> Spreadsheets.open(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("文件“old.xls”是 Excel 5.0/95 或更早版本的工作簿，无法读取；请在 Excel 中打开后另存为 .xlsx 再报送");
    }

    @Test
    void aWordDocumentNamedXlsIsRefused() throws Exception {
        Path file = write(dir, "word.xls", compoundFile("WordDocument"));

        assertThatThrownBy(() -> Spreadsheets.open(file))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("文件“word.xls”实为 Word 文档（.doc）");
    }

    @Test
    void aTruncatedXlsIsRefusedAsDamaged() {
        byte[] whole = Fixtures.xls(wb -> {
            Sheet sheet = wb.createSheet("s");
            for (int i = 0; i < 2000; i++) {
                sheet.createRow(i).createCell(0).setCellValue("（2024）豫1302民初" + i + "号");
            }
        });
        Path file = write(dir, "cut.xls", Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> {
            try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
                rows(spreadsheet, spreadsheet.sheets().get(0));
            }
        }).isInstanceOf(UnreadableFileException.class).hasMessageContaining("“cut.xls”").hasMessageContaining("已损坏");
    }

    private static byte[] encryptedXls(String password) {
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try {
            return Fixtures.xls(wb -> wb.createSheet("s").createRow(0).createCell(0).setCellValue("机密"));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static byte[] compoundFile(String entry) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), entry);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
