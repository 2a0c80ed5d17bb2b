package org.courtstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.courtstats.ingest.Fixtures.rowNumbers;
import static org.courtstats.ingest.Fixtures.rows;
import static org.courtstats.ingest.Fixtures.texts;
import static org.courtstats.ingest.Fixtures.write;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReadingTest {

    @TempDir
    Path dir;

    @Test
    void titleRowsKeepTheirRowNumbersAndBlankRowsAreSkipped() {
        Path file = write(dir, "宛城区法院_审判案件_2024年8月.xlsx", Fixtures.xlsx(wb -> {
            Sheet sheet = wb.createSheet("审判案件");
            sheet.createRow(0).createCell(0).setCellValue("南阳市宛城区人民法院2024年1-8月审判案件明细");
            sheet.createRow(1).createCell(0).setCellValue("制表日期：2024-09-01");
            Row header = sheet.createRow(3);
            header.createCell(0).setCellValue("案号");
            header.createCell(1).setCellValue("案由");
            Row first = sheet.createRow(4);
            first.createCell(0).setCellValue("（2024）豫1302民初1号");
            first.createCell(1).setCellValue("买卖合同纠纷");
            // A row that exists in the XML but holds only styled empty cells and white space.
            Row styledEmpty = sheet.createRow(5);
            styledEmpty.createCell(0).setCellStyle(wb.createCellStyle());
            styledEmpty.createCell(1).setCellValue("   ");
            sheet.createRow(8).createCell(0).setCellValue("（2024）豫1302民初2号");
        }));

        List<SourceRow> rows = rows(file);

        assertThat(rowNumbers(rows)).containsExactly(1, 2, 4, 5, 9);
        assertThat(rows.get(0).sheet()).isEqualTo("审判案件");
        assertThat(rows.get(0).cell(0).text()).isEqualTo("南阳市宛城区人民法院2024年1-8月审判案件明细");
        assertThat(texts(rows.get(2))).containsExactly("案号", "案由");
        assertThat(texts(rows.get(3))).containsExactly("（2024）豫1302民初1号", "买卖合同纠纷");
        assertThat(texts(rows.get(4))).containsExactly("（2024）豫1302民初2号");
    }

    @Test
    void sparseCellsArePaddedWithBlanksAndTrailingBlanksDropped() {
        Path file = write(dir, "sparse.xlsx", Fixtures.xlsx(wb -> {
            Row row = wb.createSheet("s").createRow(2);
            row.createCell(0).setCellValue("甲");
            row.createCell(3).setCellValue("丁");
            row.createCell(5).setCellValue("");
        }));

        SourceRow row = rows(file).get(0);

        assertThat(row.rowNumber()).isEqualTo(3);
        assertThat(row.cells()).hasSize(4);
        assertThat(row.cells().stream().map(Cell::kind))
                .containsExactly(CellKind.TEXT, CellKind.BLANK, CellKind.BLANK, CellKind.TEXT);
        assertThat(row.cell(3).text()).isEqualTo("丁");
        assertThat(row.cell(10)).isEqualTo(Cell.BLANK);
    }

    @Test
    void hiddenSheetsAreListedFlaggedAndReadable() {
        Path file = write(dir, "sheets.xlsx", Fixtures.xlsx(wb -> {
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("填表说明");
            wb.createSheet("旧表").createRow(0).createCell(0).setCellValue("旧");
            wb.createSheet("执行案件").createRow(1).createCell(1).setCellValue("案号");
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.setSheetVisibility(0, SheetVisibility.VERY_HIDDEN);
            wb.setActiveSheet(2);
        }));

        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            assertThat(spreadsheet.format()).isEqualTo(FileFormat.XLSX);
            assertThat(spreadsheet.sheets()).containsExactly(
                    new SheetInfo(0, "说明", true), new SheetInfo(1, "旧表", true), new SheetInfo(2, "执行案件", false));

            List<SourceRow> third = rows(spreadsheet, spreadsheet.sheets().get(2));
            assertThat(third).singleElement().satisfies(row -> {
                assertThat(row.sheet()).isEqualTo("执行案件");
                assertThat(row.rowNumber()).isEqualTo(2);
                assertThat(texts(row)).containsExactly("", "案号");
            });
            // A sheet may be read again, from its start.
            assertThat(rows(spreadsheet, spreadsheet.sheets().get(1))).singleElement()
                    .satisfies(row -> assertThat(row.cell(0).text()).isEqualTo("旧"));
            assertThat(rows(spreadsheet, spreadsheet.sheets().get(1))).hasSize(1);
        }
    }

    @Test
    void datesInBuiltInAndChineseFormatsAreDates() {
        Path file = write(dir, "dates.xlsx", Fixtures.xlsx(wb -> {
            CellStyle builtIn = wb.createCellStyle();
            builtIn.setDataFormat((short) 14);
            CellStyle chinese = wb.createCellStyle();
            chinese.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            // 31 is a built-in of a Chinese Excel (yyyy"年"m"月"d"日") that files reference by number only.
            CellStyle eastAsianBuiltIn = wb.createCellStyle();
            eastAsianBuiltIn.setDataFormat((short) 31);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Row row = wb.createSheet("s").createRow(0);
            cell(row, 0, LocalDate.of(2024, 8, 1), builtIn);
            cell(row, 1, LocalDate.of(2024, 2, 29), chinese);
            row.createCell(2).setCellValue(LocalDateTime.of(2024, 8, 1, 9, 30));
            row.getCell(2).setCellStyle(dateTime);
            cell(row, 3, LocalDate.of(2023, 12, 31), eastAsianBuiltIn);
            row.createCell(4).setCellValue(45505);
            row.getCell(4).setCellStyle(money);
        }));

        SourceRow row = rows(file).get(0);

        assertThat(row.cell(0).kind()).isEqualTo(CellKind.DATE);
        assertThat(row.cell(0).text()).isEqualTo("2024-08-01");
        assertThat(row.cell(0).date()).isEqualTo(LocalDateTime.of(2024, 8, 1, 0, 0));
        assertThat(row.cell(0).number()).isEqualByComparingTo("45505");
        assertThat(row.cell(1).kind()).isEqualTo(CellKind.DATE);
        assertThat(row.cell(1).text()).isEqualTo("2024-02-29");
        assertThat(row.cell(2).kind()).isEqualTo(CellKind.DATE);
        assertThat(row.cell(2).text()).isEqualTo("2024-08-01T09:30");
        assertThat(row.cell(3).kind()).isEqualTo(CellKind.DATE);
        assertThat(row.cell(3).text()).isEqualTo("2023-12-31");
        assertThat(row.cell(4).kind()).isEqualTo(CellKind.NUMBER);
        assertThat(row.cell(4).text()).isEqualTo("45505");
    }

    @Test
    void theDate1904SystemShiftsDates() {
        Path file = write(dir, "mac.xlsx", Fixtures.xlsx(wb -> {
            wb.getCTWorkbook().getWorkbookPr().setDate1904(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            Row row = wb.createSheet("s").createRow(0);
            cell(row, 0, LocalDate.of(2024, 8, 1), date);
            row.createCell(1).setCellValue(0);
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(44043);
        }));

        SourceRow row = rows(file).get(0);

        assertThat(row.cell(0).text()).isEqualTo("2024-08-01");
        // 2024-08-01 is serial 45505 in the 1900 system and 1462 days less in the 1904 system.
        assertThat(row.cell(0).number()).isEqualByComparingTo("44043");
        assertThat(row.cell(1).text()).isEqualTo("1904-01-01");
        // A plain number stays a number, with the date it means in this workbook at hand.
        assertThat(row.cell(2).kind()).isEqualTo(CellKind.NUMBER);
        assertThat(row.cell(2).text()).isEqualTo("44043");
        assertThat(row.cell(2).date()).isEqualTo(LocalDateTime.of(2024, 8, 1, 0, 0));
    }

    @Test
    void numbersAreExactPlainDecimalsAndNumericLookingTextStaysText() {
        Path file = write(dir, "numbers.xlsx", Fixtures.xlsx(wb -> {
            Row row = wb.createSheet("s").createRow(0);
            row.createCell(0).setCellValue(42);
            row.createCell(1).setCellValue(1234.5);
            row.createCell(2).setCellValue(110101199001011000d);
            row.createCell(3).setCellValue(0.1);
            row.createCell(4).setCellValue(-3.25);
            row.createCell(5).setCellValue("0012345");
            row.createCell(6).setCellValue("110101199001011234");
            row.createCell(7).setCellValue(0.1 + 0.2);
        }));

        SourceRow row = rows(file).get(0);

        // POI on Java 17 writes the 18-digit double as 1.10101199001011008E17 and 0.1 + 0.2 as
        // 0.30000000000000004: beyond Excel's 15 digits both read as Excel shows them.
        assertThat(texts(row)).containsExactly(
                "42", "1234.5", "110101199001011000", "0.1", "-3.25", "0012345", "110101199001011234", "0.3");
        assertThat(row.cells().subList(0, 5)).allSatisfy(cell -> assertThat(cell.kind()).isEqualTo(CellKind.NUMBER));
        assertThat(row.cell(1).number()).isEqualTo(new BigDecimal("1234.5"));
        assertThat(row.cell(5).kind()).isEqualTo(CellKind.TEXT);
        assertThat(row.cell(6).kind()).isEqualTo(CellKind.TEXT);
    }

    @Test
    void numberTextInExponentNotationIsReadExactly() {
        // How Excel writes an 18-digit identity number typed as a number (15 significant digits).
        Path file = write(dir, "exponent.xlsx", Fixtures.xlsxWithSheetData(
                "<row r=\"1\"><c r=\"A1\"><v>1.10101199001011E+17</v></c><c r=\"B1\"><v>1.5E-3</v></c></row>"));

        SourceRow row = rows(file).get(0);

        assertThat(row.cell(0).kind()).isEqualTo(CellKind.NUMBER);
        assertThat(row.cell(0).text()).isEqualTo("110101199001011000");
        assertThat(row.cell(1).text()).isEqualTo("0.0015");
    }

    @Test
    void formulasGiveTheirCachedValues() {
        Path file = write(dir, "formulas.xlsx", Fixtures.xlsx(wb -> {
            Row row = wb.createSheet("s").createRow(0);
            row.createCell(0).setCellValue(21);
            row.createCell(1).setCellFormula("A1*2");
            row.createCell(2).setCellFormula("CONCATENATE(\"民\",\"初\")");
            row.createCell(3).setCellFormula("1/0");
            row.createCell(4).setCellFormula("A1>20");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        }));

        SourceRow row = rows(file).get(0);

        assertThat(row.cell(1).kind()).isEqualTo(CellKind.NUMBER);
        assertThat(row.cell(1).text()).isEqualTo("42");
        assertThat(row.cell(2).kind()).isEqualTo(CellKind.TEXT);
        assertThat(row.cell(2).text()).isEqualTo("民初");
        assertThat(row.cell(3).kind()).isEqualTo(CellKind.ERROR);
        assertThat(row.cell(3).text()).isEqualTo("#DIV/0!");
        assertThat(row.cell(4).kind()).isEqualTo(CellKind.BOOLEAN);
        assertThat(row.cell(4).text()).isEqualTo("TRUE");
    }

    @Test
    void booleansErrorsAndRichTextAreRead() {
        Path file = write(dir, "kinds.xlsx", Fixtures.xlsx(wb -> {
            Row row = wb.createSheet("s").createRow(0);
            row.createCell(0).setCellValue(false);
            row.createCell(1).setCellErrorValue(FormulaError.REF.getCode());
            XSSFRichTextString rich = new XSSFRichTextString("宛城区法院");
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            rich.applyFont(0, 3, bold);
            row.createCell(2).setCellValue(rich);
            row.createCell(3).setCellValue("  前后有空格  ");
        }));

        SourceRow row = rows(file).get(0);

        assertThat(row.cell(0).kind()).isEqualTo(CellKind.BOOLEAN);
        assertThat(row.cell(0).text()).isEqualTo("FALSE");
        assertThat(row.cell(1).kind()).isEqualTo(CellKind.ERROR);
        assertThat(row.cell(1).text()).isEqualTo("#REF!");
        assertThat(row.cell(2).text()).isEqualTo("宛城区法院");
        assertThat(row.cell(3).text()).isEqualTo("  前后有空格  ");
    }

    @Test
    void inlineRichTextDropsPhoneticGuidesAndDecodesEscapes() {
        Path file = write(dir, "inline.xlsx", Fixtures.xlsxWithSheetData(
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>宛城</t></r><r><rPr><b/></rPr><t>法院</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>えん</t></rPh></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>第一行_x000D_第二行</t></is></c>"
                        + "<c r=\"C1\" t=\"d\"><v>2024-08-01T09:30:00</v></c></row>"));

        SourceRow row = rows(file).get(0);

        assertThat(row.cell(0).text()).isEqualTo("宛城法院");
        assertThat(row.cell(1).text()).isEqualTo("第一行\r第二行");
        assertThat(row.cell(2).kind()).isEqualTo(CellKind.DATE);
        assertThat(row.cell(2).text()).isEqualTo("2024-08-01T09:30");
    }

    @Test
    void rowsAndCellsWithoutReferencesAreCountedOn() {
        Path file = write(dir, "norefs.xlsx", Fixtures.xlsxWithSheetData(
                "<row><c t=\"inlineStr\"><is><t>甲</t></is></c><c><v>2</v></c></row>"
                        + "<row r=\"5\"><c r=\"C5\"><v>3</v></c><c><v>4</v></c></row>"
                        + "<row><c t=\"inlineStr\"><is><t>乙</t></is></c></row>"));

        List<SourceRow> rows = rows(file);

        assertThat(rowNumbers(rows)).containsExactly(1, 5, 6);
        assertThat(texts(rows.get(0))).containsExactly("甲", "2");
        assertThat(texts(rows.get(1))).containsExactly("", "", "3", "4");
        assertThat(texts(rows.get(2))).containsExactly("乙");
    }

    @Test
    void streamingWriterOutputWithInlineStringsIsRead() throws Exception {
        Path file = dir.resolve("sxssf.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10);
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("导出");
            for (int i = 0; i < 50; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("（2024）豫1302执" + (i + 1) + "号");
                row.createCell(1).setCellValue(i * 1000.5);
            }
            wb.write(out);
        }

        List<SourceRow> rows = rows(file);

        assertThat(rows).hasSize(50);
        assertThat(rows.get(49).rowNumber()).isEqualTo(50);
        assertThat(texts(rows.get(49))).containsExactly("（2024）豫1302执50号", "49024.5");
    }

    @Test
    void workbookOfOnlyEmptySheetsHasNoRows() {
        Path file = write(dir, "blank.xlsx", Fixtures.xlsx(wb -> wb.createSheet("空")));

        assertThat(rows(file)).isEmpty();
    }

    @Test
    void aSheetOfAnotherFileIsRejectedAsAProgrammingError() {
        Path file = write(dir, "one.xlsx", Fixtures.xlsx(wb -> wb.createSheet("数据")));

        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            assertThatThrownBy(() -> spreadsheet.rows(new SheetInfo(0, "别的表", false)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static void cell(Row row, int column, LocalDate date, CellStyle style) {
        row.createCell(column).setCellValue(date);
        row.getCell(column).setCellStyle(style);
    }
}
