package org.courtstats.bulletin;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A sheet per indicator group (审判, 执行, 诉前调解): for every ranked indicator, the basic courts
 * ranked on the month, with their year-to-date values beside, 全市 below, and a bar chart of both.
 * All tables share the column headings, which stay in view (frozen) and are printed on every page.
 */
final class GroupSheet {

    static final List<String> COLUMNS = List.of("法院", "本月", "排名", "同比", "截至本月", "排名", "同比");
    /** The row of the column headings (0-based), under the title and the legend. */
    static final int HEADER_ROW = 2;
    private static final int[] WIDTHS = {14, 11, 7, 15, 11, 7, 15};
    /** The chart takes the columns right of the table. */
    private static final int CHART_COLUMNS = 9;
    private static final int CHART_COLUMN_WIDTH = 9;
    /** Two tables with their charts fit a landscape A4 page; a page break never cuts one in two. */
    private static final int BLOCKS_PER_PAGE = 2;
    /** A little above the default, so that the chart beside a table has room for every court's name. */
    private static final float COURT_ROW_HEIGHT = 16f;

    private final MonthFigures figures;
    private final BulletinStyles styles;
    private final String group;
    /** The domain of a domain's sheet (行政 …), null for a group's sheet. */
    private final String domain;
    /**
     * A sheet of chosen indicators ({@link BulletinWorkbook#TRIAL_MANAGEMENT}): code → name to show when
     * the mart has no value for it; null for a group's or domain's sheet.
     */
    private final Map<String, String> chosen;
    private final String sheetName;

    GroupSheet(MonthFigures figures, BulletinStyles styles, String group) {
        this(figures, styles, group, null);
    }

    /** A domain's sheet: the group's indicators over the domain's cases (mart.indicator_by_slice). */
    GroupSheet(MonthFigures figures, BulletinStyles styles, String group, String domain) {
        this(figures, styles, group, domain, null, domain == null ? MonthFigures.GROUPS.get(group) : domain + "案件");
    }

    private GroupSheet(MonthFigures figures, BulletinStyles styles, String group, String domain,
                       Map<String, String> chosen, String sheetName) {
        this.figures = figures;
        this.styles = styles;
        this.group = group;
        this.domain = domain;
        this.chosen = chosen;
        this.sheetName = sheetName;
    }

    /**
     * A sheet of the given indicators, whatever their groups, in the order given: each ranked like a
     * group's. An indicator the mart has no value for is shown by its name as absent (暂无数据).
     */
    static GroupSheet of(MonthFigures figures, BulletinStyles styles, String sheetName, Map<String, String> indicators) {
        return new GroupSheet(figures, styles, null, null, Map.copyOf(indicators), sheetName);
    }

    void write(XSSFWorkbook workbook) {
        String name = sheetName;
        XSSFSheet sheet = workbook.createSheet(name);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        for (int c = WIDTHS.length; c < WIDTHS.length + CHART_COLUMNS; c++) {
            sheet.setColumnWidth(c, CHART_COLUMN_WIDTH * 256);
        }
        int last = WIDTHS.length + CHART_COLUMNS - 1;
        Cells.merged(sheet, 0, last, name + "质效指标排名　" + figures.period().getYear() + "年"
                + figures.period().getMonthValue() + "月", styles.title).getRow().setHeightInPoints(28);
        Cells.merged(sheet, 1, last, "排名为" + basicCourts() + "家基层法院按精确值的排名，并列者名次相同、按数值排列；名次旁的◎表示达到目标值"
                + "（如结收比达到100%）而并列第1；同比带单位：个百分点、件/万人或%；数值绿色为达到省定参考值，红色为未达到；"
                + "标" + Formats.LOW_COVERAGE_MARK + "者所需字段填报不足90%。"
                + (domain == null ? "" : "本表只计" + domain + "案件（调解率、调撤率为" + domain
                        + "一审案件），排名为该领域内的排名；省定参考值适用于法院全部案件，本表不标达标情况。"), styles.note);
        if (domain != null) {
            sheet.getRow(1).setHeightInPoints(30f); // the domain's sentence takes a second line
        }
        XSSFRow header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < COLUMNS.size(); c++) {
            Cells.text(header, c, COLUMNS.get(c), styles.header);
        }

        int r = HEADER_ROW + 1;
        int blocks = 0;
        for (Map.Entry<String, IndicatorValue> block : blocks().entrySet()) {
            IndicatorValue indicator = block.getValue();
            if (indicator == null) {
                r = writeAbsent(sheet, r, block.getKey()) + 2;
                continue;
            }
            if (!indicator.ranked() && chosen == null) {
                continue;
            }
            int end = writeRanking(sheet, r, indicator);
            RankingChart.draw(sheet, indicator, chartedValues(indicator), r, end, WIDTHS.length,
                    WIDTHS.length + CHART_COLUMNS);
            if (domain == null && chosen == null) {
                Cells.merged(sheet, end + 1, COLUMNS.size() - 1, casesCommand(indicator), styles.note);
            }
            if (++blocks % BLOCKS_PER_PAGE == 0) {
                sheet.setRowBreak(end + 1);
            }
            r = end + 2;
        }

        sheet.createFreezePane(1, HEADER_ROW + 1);
        BulletinWorkbook.printOnA4(sheet, true, HEADER_ROW);
    }

    /**
     * The indicators to rank, by code, each with the value its block is titled by (全市's month value):
     * the group's, less those a sheet of chosen indicators shows; or the chosen ones in their order,
     * null where the mart has no value. Where 全市 has none (a court did not deliver) a blank 全市 row
     * stands in, so the courts' values still show.
     */
    private Map<String, IndicatorValue> blocks() {
        Map<String, IndicatorValue> blocks = new LinkedHashMap<>();
        if (chosen == null) {
            for (IndicatorValue indicator : figures.indicators(group)) {
                if (domain != null || !BulletinWorkbook.TRIAL_MANAGEMENT.containsKey(indicator.indicatorCode())) {
                    blocks.put(indicator.indicatorCode(), indicator);
                }
            }
            return blocks;
        }
        for (String code : BulletinWorkbook.TRIAL_MANAGEMENT.keySet()) {
            if (!chosen.containsKey(code)) {
                continue;
            }
            IndicatorValue city = figures.city(code, IndicatorValue.MONTH)
                    .or(() -> figures.values().stream()
                            .filter(v -> v.indicatorCode().equals(code) && v.window().equals(IndicatorValue.MONTH))
                            .findFirst().map(GroupSheet::blankCity))
                    .orElse(null);
            blocks.put(code, city);
        }
        return blocks;
    }

    /** 全市 without a value, for an indicator whose city figure is not published. */
    private static IndicatorValue blankCity(IndicatorValue any) {
        return new IndicatorValue(any.indicatorCode(), any.indicatorName(), any.group(), any.unit(),
                any.directionName(), IndicatorValue.MONTH, IndicatorValue.CITY, "全市法院", false, null, null,
                any.rankedCourts(), any.reportingCourts(), null, null, any.standardLower(), any.standardUpper(),
                any.decimals(), false, any.direction(), any.target());
    }

    /**
     * An indicator the mart has no value for this month: its name and a line saying so.
     *
     * @return the last row written
     */
    private int writeAbsent(XSSFSheet sheet, int first, String code) {
        XSSFRow title = sheet.createRow(first);
        for (int c = 0; c < COLUMNS.size(); c++) {
            Cells.text(title, c, "", styles.blockTitle);
        }
        Cells.text(title, 0, chosen.get(code), styles.blockTitle);
        sheet.addMergedRegion(new CellRangeAddress(first, first, 0, COLUMNS.size() - 1));
        Cells.merged(sheet, first + 1, COLUMNS.size() - 1, "暂无数据：本月未发布该指标（" + code
                + "），请检查各法院是否报送了相应台账、指标目录是否包含该指标。", styles.note);
        return first + 1;
    }

    /**
     * The indicator's title row, a row per basic court by the month's rank, and 全市.
     *
     * @return the last row written
     */
    private int writeRanking(XSSFSheet sheet, int first, IndicatorValue indicator) {
        XSSFRow title = sheet.createRow(first);
        for (int c = 0; c < COLUMNS.size(); c++) {
            Cells.text(title, c, "", styles.blockTitle);
        }
        Cells.text(title, 0, blockTitle(indicator), styles.blockTitle);
        sheet.addMergedRegion(new CellRangeAddress(first, first, 0, COLUMNS.size() - 1));

        int r = first + 1;
        for (IndicatorValue month : figures.ranking(indicator.indicatorCode(), IndicatorValue.MONTH)) {
            writeCourt(sheet.createRow(r++), month, false);
        }
        writeCourt(sheet.createRow(r), indicator, true);
        return r;
    }

    private void writeCourt(XSSFRow row, IndicatorValue month, boolean city) {
        row.setHeightInPoints(COURT_ROW_HEIGHT);
        IndicatorValue ytd = figures.court(month.indicatorCode(), IndicatorValue.YEAR_TO_DATE, month.courtCode())
                .orElse(null);
        Cells.text(row, 0, month.courtName(), styles.text(month.courtName(), city));
        writeWindow(row, 1, month, city);
        writeWindow(row, 4, ytd, city);
    }

    private void writeWindow(XSSFRow row, int column, IndicatorValue value, boolean city) {
        String unit = value == null ? "count" : value.unit();
        int decimals = value == null ? 0 : value.decimals();
        Cells.number(row, column, value == null ? null : value.value(),
                styles.number(Formats.value(unit, decimals, value != null && value.coverageLow()),
                        value == null ? null : value.meetsStandard(), city));
        Cells.number(row, column + 1, value == null || value.rank() == null ? null : BigDecimal.valueOf(value.rank()),
                styles.number(Formats.rank(value != null && value.atTarget()), null, city));
        Cells.number(row, column + 2, value == null ? null : value.yoyChange(),
                styles.number(Formats.yoyChange(unit, decimals), null, city));
    }

    /** How to list the cases behind a court's figure, under its ranking (mart.indicator_case). */
    private String casesCommand(IndicatorValue indicator) {
        return "某院的案件清单：java -jar courtstats.jar explain --period " + figures.period() + " --court 法院 --indicator "
                + indicator.indicatorCode() + " [--window ytd] --out 案件.xlsx";
    }

    /** 结收比（%）　参考值 95～115　达到100%即为最优. */
    private String blockTitle(IndicatorValue indicator) {
        StringBuilder title = new StringBuilder(indicator.indicatorName())
                .append("（").append(Formats.unitName(indicator.unit())).append("）");
        String month = Formats.standard(indicator.standardLower(), indicator.standardUpper());
        String ytd = figures.city(indicator.indicatorCode(), IndicatorValue.YEAR_TO_DATE)
                .map(v -> Formats.standard(v.standardLower(), v.standardUpper())).orElse("");
        if (!month.isEmpty() && (month.equals(ytd) || ytd.isEmpty())) {
            title.append("　参考值 ").append(month);
        } else if (!month.isEmpty() || !ytd.isEmpty()) {
            title.append("　参考值").append(month.isEmpty() ? "" : " 本月" + month)
                    .append(ytd.isEmpty() ? "" : " 累计" + ytd);
        }
        if (indicator.directionName() != null) {
            title.append("　").append("target".equals(indicator.direction()) ? "◎" : "").append(indicator.directionName())
                    .append("target".equals(indicator.direction()) ? "，达到者并列第1" : "");
        }
        return title.toString();
    }

    /** The values the indicator's chart draws: the basic courts' month and (but for 万人起诉率) year to date. */
    private List<BigDecimal> chartedValues(IndicatorValue indicator) {
        List<String> windows = indicator.unit().equals("per_10k") ? List.of(IndicatorValue.MONTH)
                : List.of(IndicatorValue.MONTH, IndicatorValue.YEAR_TO_DATE);
        return windows.stream().flatMap(window -> figures.ranking(indicator.indicatorCode(), window).stream())
                .map(IndicatorValue::value).filter(Objects::nonNull).toList();
    }

    private long basicCourts() {
        return figures.values().stream().filter(IndicatorValue::basicCourt).map(IndicatorValue::courtCode).distinct()
                .count();
    }
}
