package org.courtstats.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook written from figures made up here, without a warehouse. */
class BulletinWorkbookTest {

    static final String FORMULA_NAME = "=HYPERLINK(\"http://example.com\",\"点此\")";

    @TempDir
    Path temp;

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        MonthFigures figures = new MonthFigures(YearMonth.of(2024, 8), "@中院", 2, List.of(
                value("month", "豫1302", FORMULA_NAME, true, "99.5", 1),
                value("ytd", "豫1302", FORMULA_NAME, true, "98", 1),
                value("month", "全市", "全市法院", false, "99.5", null),
                value("ytd", "全市", "全市法院", false, "98", null)));
        Path file = temp.resolve("bulletin.xlsx");

        BulletinWorkbook.write(figures, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Cell court = cellHolding(workbook, FORMULA_NAME);
            assertThat(court.getCellType()).isEqualTo(CellType.STRING);
            assertThat(court.getCellStyle().getQuotePrefixed()).as("stays text when edited").isTrue();
            Cell indicator = cellHolding(workbook, "+结收比");
            assertThat(indicator.getCellType()).isEqualTo(CellType.STRING);
            assertThat(indicator.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cellHolding(workbook, "@中院").getCellType()).isEqualTo(CellType.STRING);
        }
    }

    @Test
    void aMonthWithoutValuesStillMakesAWorkbookWithBlankCells() throws IOException {
        MonthFigures figures = new MonthFigures(YearMonth.of(2024, 3), "中院", 2, List.of(
                value("month", "豫1302", "宛城区法院", true, null, null),
                value("ytd", "豫1302", "宛城区法院", true, null, null),
                value("month", "全市", "全市法院", false, null, null),
                value("ytd", "全市", "全市法院", false, null, null)));
        Path file = temp.resolve("empty.xlsx");

        BulletinWorkbook.write(figures, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row court = cellHolding(workbook, "宛城区法院").getRow();
            assertThat(court.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(workbook.getSheet("审判").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void theTrialManagementSheetRanksItsIndicatorsAndShowsTheOnesWithoutValuesAsAbsent() throws IOException {
        MonthFigures figures = new MonthFigures(YearMonth.of(2024, 8), "中院", 3, List.of(
                value("month", "豫1302", "宛城区法院", true, "99.5", 1),
                value("month", "全市", "全市法院", false, "99.5", null),
                management("month", "豫1302", "宛城区法院", true, "97.50", 2, "1.25"),
                management("month", "豫1303", "卧龙区法院", true, "99.10", 1, "-0.40"),
                management("ytd", "豫1302", "宛城区法院", true, "96.00", 2, null),
                management("ytd", "豫1303", "卧龙区法院", true, "98.00", 1, null),
                management("month", "全市", "全市法院", false, "98.46", null, "0.67"),
                management("ytd", "全市", "全市法院", false, "97.20", null, null)));
        Path file = temp.resolve("management.xlsx");

        BulletinWorkbook.write(figures, file);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetIndex("审判管理")).as("after the groups' sheets").isEqualTo(4);
            assertThat(workbook.getSheet("四类案件")).as("a group of 审判管理's indicators only gets no sheet").isNull();
            assertThat(workbook.getSheet("联系法官")).as("nor a register's group without values").isNull();
            var sheet = workbook.getSheet("审判管理");
            Row title = cellHolding(workbook, "四类案件监管率（%）　越高越好").getRow();
            assertThat(title.getSheet()).isSameAs(sheet);
            Row first = sheet.getRow(title.getRowNum() + 1);
            assertThat(first.getCell(0).getStringCellValue()).as("ranked first").isEqualTo("卧龙区法院");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(99.10);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(-0.40);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(98.00);
            Row city = sheet.getRow(title.getRowNum() + 3);
            assertThat(city.getCell(0).getStringCellValue()).isEqualTo("全市法院");
            assertThat(city.getCell(1).getNumericCellValue()).isEqualTo(98.46);
            assertThat(city.getCell(3).getNumericCellValue()).isEqualTo(0.67);
            assertThat(cellHolding(workbook, "四类案件标注率（%）").getRow().getSheet()).isSameAs(sheet);
            assertThat(cellHolding(workbook, "暂无数据：本月未发布该指标（online_filing_pass_rate），"
                    + "请检查各法院是否报送了相应台账、指标目录是否包含该指标。").getRow().getSheet()).isSameAs(sheet);
        }
    }

    private static IndicatorValue management(String window, String courtCode, String courtName, boolean basic,
                                             String value, Integer rank, String yoy) {
        return new IndicatorValue("supervision_rate", "四类案件监管率", "supervision", "percent", "越高越好", window,
                courtCode, courtName, basic, new BigDecimal(value), rank, 2, 3,
                yoy == null ? null : new BigDecimal(yoy), null, null, null, 2, false, "up", null);
    }

    private static IndicatorValue value(String window, String courtCode, String courtName, boolean basic, String value,
                                        Integer rank) {
        return new IndicatorValue("clearance_rate", "+结收比", "trial", "percent", "达到100%即为最优", window, courtCode,
                courtName, basic, value == null ? null : new BigDecimal(value), rank, 1, 1, null, null,
                new BigDecimal("95"), new BigDecimal("115"), 2, false, "target", new BigDecimal("100"));
    }

    private static Cell cellHolding(XSSFWorkbook workbook, String text) {
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            for (Row row : workbook.getSheetAt(s)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                        return cell;
                    }
                }
            }
        }
        throw new AssertionError("no cell holds " + text);
    }
}
