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
