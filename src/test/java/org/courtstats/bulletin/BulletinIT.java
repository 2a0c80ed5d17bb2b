package org.courtstats.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.courtstats.indicators.ProvincialStandards;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.InputSamplesWarehouse;
import org.courtstats.support.InputSamplesWarehouseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulletin of 2024-08 from the input-samples, read back as a reader's Excel would: its numbers
 * are mart.indicator_value's, every ranked indicator has its table and chart, headings stay in view,
 * and it prints on A4 across.
 */
@InputSamplesWarehouseTest
class BulletinIT {

    static final String RED = "FFC7CE";
    static final String GREEN = "C6EFCE";

    @TempDir
    static Path temp;
    static XSSFWorkbook workbook;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void writeTheBulletinOfAugust(@Autowired MonthlyImport imports, @Autowired ProvincialStandards standards,
                                         @Autowired JdbcTemplate jdbc, @Autowired BulletinFigures figures)
            throws IOException {
        InputSamplesWarehouse.load(imports, standards, jdbc);
        Path file = temp.resolve("2024年8月通报.xlsx");
        BulletinWorkbook.write(figures.of(YearMonth.of(2024, 8)), file);
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    @Test
    void aCoverThenASheetPerGroupThen审判管理() {
        assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
                workbook.getSheetName(3), workbook.getSheetName(4)))
                .containsExactly("全市概况", "审判", "执行", "诉前调解", "审判管理");
        assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
    }

    @Test
    void theCoverHasEveryCityFigureForTheMonthAndTheYearWithItsYoy() {
        XSSFSheet cover = workbook.getSheet("全市概况");
        List<Map<String, Object>> city = jdbc.queryForList("""
                select m.indicator_name, m.value as month_value, m.yoy_change as month_yoy, y.value as ytd_value,
                       y.yoy_change as ytd_yoy
                from mart.indicator_value m
                join mart.indicator_value y using (period, court_code, indicator_code)
                where m.period = '2024-08' and m.court_code = '全市' and m.time_window = 'month' and y.time_window = 'ytd'
                """);

        assertThat(city).as("the case feeds' 33 and the registers' 6").hasSize(33 + 6);
        for (Map<String, Object> figure : city) {
            String name = (String) figure.get("indicator_name");
            Row row = rowStartingWith(cover, 1, name);
            assertNumber(row.getCell(3), figure.get("month_value"), name + " 本月");
            assertNumber(row.getCell(4), figure.get("month_yoy"), name + " 同比");
            assertNumber(row.getCell(5), figure.get("ytd_value"), name + " 截至本月");
            assertNumber(row.getCell(6), figure.get("ytd_yoy"), name + " 累计同比");
        }
        Row clearance = rowStartingWith(cover, 1, "结收比");
        assertNumber(clearance.getCell(3), new BigDecimal("101.48"), "结收比");
        assertThat(clearance.getCell(7).getStringCellValue()).isEqualTo("95～115");
        Row government = rowStartingWith(cover, 1, "涉党政机关执行到位率");
        assertThat(fill(government.getCell(3))).as("89.33 < 90: missed").isEqualTo(RED);
        assertThat(fill(government.getCell(5))).as("92.99 ≥ 90: met").isEqualTo(GREEN);
        assertThat(rowStartingWith(cover, 1, "结案率").getCell(7).getStringCellValue()).isEqualTo("累计≥70");
    }

    @Test
    void everyRankedIndicatorHasItsRankingTableWithTheMartsValues() {
        List<Map<String, Object>> ranked = jdbc.queryForList("""
                select distinct indicator_group, indicator_name, indicator_code from mart.indicator_value
                where period = '2024-08' and ranked_courts is not null
                """);

        assertThat(ranked).hasSize(15 + 6 + 3 + 6);
        for (Map<String, Object> indicator : ranked) {
            XSSFSheet sheet = workbook.getSheet(
                    BulletinWorkbook.TRIAL_MANAGEMENT.containsKey((String) indicator.get("indicator_code"))
                            ? BulletinWorkbook.TRIAL_MANAGEMENT_SHEET
                            : MonthFigures.GROUPS.get((String) indicator.get("indicator_group")));
            Row title = rowStartingWith(sheet, 0, indicator.get("indicator_name") + "（");
            List<Map<String, Object>> courts = jdbc.queryForList("""
                    select c.short_name, m.value, m.rank, m.yoy_change, y.value as ytd_value, y.rank as ytd_rank,
                           y.yoy_change as ytd_yoy, m.meets_standard
                    from mart.indicator_value m
                    join mart.indicator_value y using (period, court_code, indicator_code)
                    join mart.court c using (court_code)
                    join mart.indicator_catalogue k using (indicator_code)
                    where m.period = '2024-08' and m.indicator_code = ? and m.time_window = 'month'
                      and y.time_window = 'ytd' and c.court_level = 'basic'
                    order by m.rank nulls last, case k.direction when 'down' then m.value end,
                             m.value desc nulls last, court_code
                    """, indicator.get("indicator_code"));
            for (int i = 0; i < courts.size(); i++) {
                Row row = sheet.getRow(title.getRowNum() + 1 + i);
                Map<String, Object> court = courts.get(i);
                String what = indicator.get("indicator_code") + " " + court.get("short_name");
                assertThat(row.getCell(0).getStringCellValue()).as(what).isEqualTo(court.get("short_name"));
                assertNumber(row.getCell(1), court.get("value"), what);
                assertNumber(row.getCell(2), court.get("rank"), what);
                assertNumber(row.getCell(3), court.get("yoy_change"), what);
                assertNumber(row.getCell(4), court.get("ytd_value"), what);
                assertNumber(row.getCell(5), court.get("ytd_rank"), what);
                assertNumber(row.getCell(6), court.get("ytd_yoy"), what);
                Object met = court.get("meets_standard");
                assertThat(fill(row.getCell(1))).as(what).isEqualTo(met == null ? null : (Boolean) met ? GREEN : RED);
            }
            Row city = sheet.getRow(title.getRowNum() + 15);
            assertThat(city.getCell(0).getStringCellValue()).isEqualTo("全市法院");
            assertNumber(city.getCell(1), jdbc.queryForObject("select value from mart.indicator_value"
                    + " where period = '2024-08' and court_code = '全市' and time_window = 'month' and indicator_code = ?",
                    BigDecimal.class, indicator.get("indicator_code")), "");
        }
        XSSFSheet execution = workbook.getSheet("执行");
        Row government = rowStartingWith(execution, 0, "涉党政机关执行到位率（");
        Row nanzhao = rowStartingWith(execution, 0, "南召县法院", government.getRowNum());
        assertNumber(nanzhao.getCell(1), new BigDecimal("73.09"), "南召 涉党政机关执行到位率");
        assertThat(fill(nanzhao.getCell(1))).as("below the standard of 90").isEqualTo(RED);
    }

    @Test
    void aBarChartBesideEveryRankingTable() {
        Map<String, Integer> rankedPerGroup = Map.of("审判", 15, "执行", 6, "诉前调解", 3, "审判管理", 6);
        rankedPerGroup.forEach((group, ranked) -> {
            List<XSSFChart> charts = workbook.getSheet(group).getDrawingPatriarch().getCharts();
            assertThat(charts).as(group).hasSize(ranked);
            for (XSSFChart chart : charts) {
                List<XDDFChartData> data = chart.getChartSeries();
                assertThat(data).hasSize(1).first().isInstanceOf(XDDFBarChartData.class);
                XDDFChartData.Series month = data.get(0).getSeries(0);
                assertThat(month.getCategoryData().getPointCount()).as("the 14 basic courts").isEqualTo(14);
                assertThat(month.getValuesData().getDataRangeReference()).startsWith(group + "!$B$");
            }
        });
        XSSFChart clearance = workbook.getSheet("审判").getDrawingPatriarch().getCharts().get(0);
        assertThat(clearance.getTitleText().getString()).startsWith("结收比（%）");
        assertThat(clearance.getChartSeries().get(0).getSeriesCount()).as("本月 and 截至本月").isEqualTo(2);
    }

    /**
     * Issue 17.7: courts tied at rank 1 for reaching 结收比's target are listed by value and carry ◎
     * beside the rank; every 同比 cell writes its unit; a chart of values clustered far from zero
     * starts its axis near them and says so in its title.
     */
    @Test
    void tiesAreListedByValueWithTheTargetRuleAndEvery同比CarriesItsUnit() {
        XSSFSheet trial = workbook.getSheet("审判");
        Row title = rowStartingWith(trial, 0, "结收比（");
        assertThat(title.getCell(0).getStringCellValue()).contains("◎达到100%即为最优，达到者并列第1");
        List<Double> firstRanked = new ArrayList<>();
        for (int r = title.getRowNum() + 1; r < title.getRowNum() + 15; r++) {
            Row row = trial.getRow(r);
            if (row.getCell(2).getCellType() == CellType.NUMERIC && row.getCell(2).getNumericCellValue() == 1) {
                firstRanked.add(row.getCell(1).getNumericCellValue());
                assertThat(row.getCell(2).getCellStyle().getDataFormatString()).as("at or above 100%").contains("◎");
                assertThat(row.getCell(1).getNumericCellValue()).isGreaterThanOrEqualTo(100);
            }
        }
        assertThat(firstRanked).as("the courts tied at rank 1, by value").isSortedAccordingTo(Comparator.reverseOrder());

        assertThat(trial.getRow(title.getRowNum() + 1).getCell(3).getCellStyle().getDataFormatString())
                .as("a rate's 同比").contains("个百分点");
        Row received = rowStartingWith(workbook.getSheet(CoverSheet.NAME), 1, "新收");
        assertThat(received.getCell(4).getCellStyle().getDataFormatString()).as("a count's 同比").contains("%")
                .doesNotContain("个百分点");

        for (int sheet = 1; sheet < workbook.getNumberOfSheets(); sheet++) {
            for (XSSFChart chart : workbook.getSheetAt(sheet).getDrawingPatriarch().getCharts()) {
                double start = chart.getAxes().stream().filter(axis -> axis instanceof XDDFValueAxis)
                        .findFirst().orElseThrow().getMinimum();
                String chartTitle = chart.getTitleText().getString();
                assertThat(chartTitle.contains("横轴自")).as(chartTitle).isEqualTo(start > 0);
            }
        }
    }

    @Test
    void headingsStayInViewAndEverySheetPrintsOnA4AcrossThePage() {
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            XSSFSheet sheet = workbook.getSheetAt(s);
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).as(sheet.getSheetName()).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat((int) pane.getHorizontalSplitTopRow()).as(sheet.getSheetName())
                    .isEqualTo(s == 0 ? CoverSheet.HEADER_ROW + 1 : GroupSheet.HEADER_ROW + 1);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).as("as many pages down as needed").isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows()).as("headings on every printed page").isNotNull();
        }
    }

    @Test
    void noCellIsAFormula() {
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            for (Row row : workbook.getSheetAt(s)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    private static Row rowStartingWith(XSSFSheet sheet, int column, String text) {
        return rowStartingWith(sheet, column, text, 0);
    }

    /** The first row from {@code fromRow} on whose cell in the column is text starting with the given text. */
    private static Row rowStartingWith(XSSFSheet sheet, int column, String text, int fromRow) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (row.getRowNum() >= fromRow && cell != null && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().startsWith(text)) {
                return row;
            }
        }
        throw new AssertionError("no row in " + sheet.getSheetName() + " starts with " + text);
    }

    /** A number cell holds the mart's value (a rank, an Integer); a blank cell stands for null. */
    private static void assertNumber(Cell cell, Object expected, String what) {
        if (expected == null) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(what + ": blank").isTrue();
            return;
        }
        BigDecimal wanted = expected instanceof Integer rank ? BigDecimal.valueOf(rank) : (BigDecimal) expected;
        assertThat(cell.getCellType()).as(what).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).as(what).isEqualByComparingTo(wanted);
    }

    /** The cell's fill as RRGGBB; null when it has none. */
    private static String fill(Cell cell) {
        XSSFColor color = ((XSSFCell) cell).getCellStyle().getFillForegroundColorColor();
        return color == null ? null : color.getARGBHex().substring(2);
    }
}
