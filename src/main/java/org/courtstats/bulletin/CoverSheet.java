package org.courtstats.bulletin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet: the city's figures (全市) for the month and the year to date with their 同比 and
 * the provincial standard, every indicator of the catalogue, by group.
 */
final class CoverSheet {

    static final String NAME = "全市概况";
    static final List<String> COLUMNS = List.of("类别", "指标", "单位", "本月", "同比", "截至本月", "同比", "参考值", "全省排名");
    /** The row of the column headings (0-based): the title block is above it. */
    static final int HEADER_ROW = 4;
    private static final int[] WIDTHS = {10, 24, 9, 12, 15, 12, 15, 19, 20};
    /** Roughly how many Chinese characters fit on a line across the table, to size wrapped notes. */
    private static final int CHARACTERS_PER_LINE = 60;

    /** The figures of a domain the cover quotes beside the city's (the 整改 report's 行政 一审服判息诉率). */
    private static final List<String> QUOTED_DOMAIN_INDICATORS = List.of("acceptance_rate", "mediation_withdrawal_rate");
    private static final String QUOTED_DOMAIN = "行政";

    private final MonthFigures figures;
    private final List<DomainFigures> domains;
    private final BulletinStyles styles;

    CoverSheet(MonthFigures figures, List<DomainFigures> domains, BulletinStyles styles) {
        this.figures = figures;
        this.domains = domains;
        this.styles = styles;
    }

    void write(XSSFWorkbook workbook) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int last = COLUMNS.size() - 1;
        Cells.merged(sheet, 0, last, "全市法院审判执行质效指标通报", styles.title).getRow().setHeightInPoints(30);
        Cells.merged(sheet, 1, last, figures.period().getYear() + "年" + figures.period().getMonthValue() + "月",
                styles.subtitle);
        Cells.merged(sheet, 2, last, figures.issuer(), styles.subtitle);
        String delivered = delivered();
        Cells.merged(sheet, 3, last, delivered, styles.note).getRow()
                .setHeightInPoints(13f * (1 + delivered.length() / CHARACTERS_PER_LINE));

        XSSFRow header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < COLUMNS.size(); c++) {
            Cells.text(header, c, COLUMNS.get(c), styles.header);
        }
        int r = HEADER_ROW + 1;
        for (String group : MonthFigures.GROUPS.keySet()) {
            int first = r;
            for (IndicatorValue indicator : figures.indicators(group)) {
                writeIndicator(sheet.createRow(r++), indicator, figures, "");
            }
            if (r == first) {
                continue;
            }
            if (r - first > 1) {
                sheet.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
            }
            Cells.text(sheet.getRow(first), 0, MonthFigures.GROUPS.get(group), styles.group);
        }
        for (DomainFigures domain : domains) {
            if (!domain.domain().equals(QUOTED_DOMAIN)) {
                continue;
            }
            int first = r;
            for (IndicatorValue indicator : domain.figures().indicators(domain.group())) {
                if (QUOTED_DOMAIN_INDICATORS.contains(indicator.indicatorCode())) {
                    writeIndicator(sheet.createRow(r++), indicator, domain.figures(), domain.domain());
                }
            }
            if (r - first > 1) {
                sheet.addMergedRegion(new CellRangeAddress(first, r - 1, 0, 0));
            }
            if (r > first) {
                Cells.text(sheet.getRow(first), 0, domain.domain() + "案件", styles.group);
            }
        }

        r++;
        for (String note : notes()) {
            XSSFCell cell = Cells.merged(sheet, r++, last, note, styles.note);
            cell.getRow().setHeightInPoints(13f * (1 + note.length() / CHARACTERS_PER_LINE));
        }
        XSSFRow legend = sheet.createRow(r);
        Cells.text(legend, 0, "图例：", styles.note);
        Cells.text(legend, 3, "达到参考值", styles.legend(true));
        Cells.text(legend, 4, "未达到", styles.legend(false));

        sheet.createFreezePane(0, HEADER_ROW + 1);
        BulletinWorkbook.printOnA4(sheet, false, HEADER_ROW);
    }

    /** @param prefix the domain named before a domain's indicator (行政一审服判息诉率), empty for the city's */
    private void writeIndicator(XSSFRow row, IndicatorValue month, MonthFigures source, String prefix) {
        IndicatorValue ytd = source.city(month.indicatorCode(), IndicatorValue.YEAR_TO_DATE).orElse(null);
        String name = prefix + month.indicatorName();
        Cells.text(row, 0, "", styles.text("", false));
        Cells.text(row, 1, name, styles.text(name, false));
        Cells.text(row, 2, Formats.unitName(month.unit()), styles.label);
        writeValue(row, 3, month);
        writeValue(row, 5, ytd);
        Cells.text(row, 7, standards(month, ytd), styles.label);
        Cells.text(row, 8, prefix.isEmpty() ? provinceRanks(month.indicatorCode()) : "", styles.label);
    }

    /** 全省第 N for the month, the year to date, or both; empty where the province's figures give none. */
    private String provinceRanks(String indicatorCode) {
        Optional<Integer> month = figures.provinceRank(indicatorCode, IndicatorValue.MONTH);
        Optional<Integer> ytd = figures.provinceRank(indicatorCode, IndicatorValue.YEAR_TO_DATE);
        if (month.isPresent() && ytd.isPresent()) {
            return "本月全省第" + month.get() + "，累计第" + ytd.get();
        }
        return month.map(rank -> "全省第" + rank).orElseGet(() -> ytd.map(rank -> "累计全省第" + rank).orElse(""));
    }

    private void writeValue(XSSFRow row, int column, IndicatorValue value) {
        String unit = value == null ? "count" : value.unit();
        int decimals = value == null ? 0 : value.decimals();
        Cells.number(row, column, value == null ? null : value.value(),
                styles.number(Formats.value(unit, decimals, value != null && value.coverageLow()),
                        value == null ? null : value.meetsStandard(), false));
        Cells.number(row, column + 1, value == null ? null : value.yoyChange(),
                styles.number(Formats.yoyChange(unit, decimals), null, false));
    }

    /** One standard when both windows share it; otherwise each window's (万人起诉率: a month's and a year's). */
    private static String standards(IndicatorValue month, IndicatorValue ytd) {
        String forMonth = Formats.standard(month.standardLower(), month.standardUpper());
        String forYear = ytd == null ? "" : Formats.standard(ytd.standardLower(), ytd.standardUpper());
        if (forMonth.equals(forYear) || forYear.isEmpty()) {
            return forMonth;
        }
        return forMonth.isEmpty() ? "累计" + forYear : "本月" + forMonth + "，累计" + forYear;
    }

    /** Which courts delivered, naming each court missing from a feed: a partial month says so first. */
    private String delivered() {
        if (figures.missing().isEmpty()) {
            return "报送情况：" + figures.courts() + "家法院的审判、执行、诉前调解数据均已报送。";
        }
        StringBuilder text = new StringBuilder("报送情况：以下法院本月未报送（或报送被拒收、待审核），其指标空白、不参加排名——");
        String separator = "";
        for (Map.Entry<String, List<String>> feed : figures.missing().entrySet()) {
            text.append(separator).append(feed.getKey()).append("：")
                    .append(feed.getValue().size() == figures.courts() ? "全部法院" : String.join("、", feed.getValue()));
            separator = "；";
        }
        return text.append("。").toString();
    }

    private List<String> notes() {
        String city = "全市数据为" + figures.courts() + "家法院的分子、分母分别相加后相除，不是各院比率的平均；"
                + "有法院未报送的指标，全市数据空白。";
        Optional<BigDecimal> anyStandard = figures.values().stream()
                .map(v -> v.standardLower() != null ? v.standardLower() : v.standardUpper())
                .filter(Objects::nonNull).findFirst();
        return List.of(
                "说明：1. " + city,
                "2. 同比：比率类指标为增减百分点（标“个百分点”），万人起诉率为每万人增减件数（标“件/万人”），件数、天数类指标为增减幅度（标“%”）；"
                        + "上年同期无数据或口径不同时空白。",
                "3. " + (anyStandard.isPresent() ? "参考值为省定区间参考值，绿色为达到，红色为未达到。"
                        : "尚未载入省定参考值（standards 命令），各项不标达标情况。"),
                "4. 一审上诉率、服判息诉率、改判率、发回重审率、申诉申请再审率按原审案号归属一审法院，"
                        + "只计基层法院，全市为基层法院合计；改判率、发回重审率、申诉申请再审率保留3位小数。",
                "5. 标" + Formats.LOW_COVERAGE_MARK + "的数值所需字段（审限届满日期、开庭次数、被执行人类型、执行依据）"
                        + "填报不足90%，仅反映已填报的案件，引用时请注明。",
                "6. 各法院的排名见“审判”“执行”“诉前调解”工作表，分领域（民事、刑事、行政、执行案件）的排名见各领域工作表，"
                        + "“行政案件”两行只计行政案件（调撤率为行政一审）；指标口径见数据仓库 mart.indicator_catalogue。",
                "7. " + (figures.provinceRanks().isEmpty() ? "尚未载入本月省通报数据（province 命令），不显示全省排名。"
                        : "全省排名为本市全市数值在省通报所列各市中的名次（并列同名次），见数据仓库 mart.province_rank。"));
    }
}
