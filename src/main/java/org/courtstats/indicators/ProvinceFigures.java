package org.courtstats.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Date;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtstats.UserError;
import org.courtstats.ingest.Cell;
import org.courtstats.ingest.CellKind;
import org.courtstats.ingest.Messages;
import org.courtstats.ingest.RowCursor;
import org.courtstats.ingest.SheetInfo;
import org.courtstats.ingest.SourceRow;
import org.courtstats.ingest.Spreadsheet;
import org.courtstats.ingest.Spreadsheets;
import org.courtstats.ingest.TableHeader;
import org.courtstats.ingest.UnreadableFileException;
import org.courtstats.normalize.ValueRejection;
import org.courtstats.normalize.Values;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the figures the province published for its cities (省通报: city, month, window, indicator,
 * value, one figure a row) into core.province_figure, for mart.province_rank. The file is read as the
 * courts' are (any format the delivery readers take; title rows above the header, header words with
 * spaces, full-width characters or a unit; totals and notes rows skipped), and judged as they are: a
 * row that cannot be read is rejected with the reason and what to fix, the others are loaded, unless
 * more than {@code courtstats.import.max-rejected-share} of the rows are rejected, or the file has no
 * header or no data: then it is refused and nothing changes. Loading replaces the figures of every
 * month, window and indicator the file holds, in one transaction.
 */
@Component
public class ProvinceFigures {

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("城市", "city"), Map.entry("地市", "city"), Map.entry("市", "city"), Map.entry("地区", "city"),
            Map.entry("单位", "city"), Map.entry("法院", "city"), Map.entry("city", "city"),
            Map.entry("统计月份", "period"), Map.entry("月份", "period"), Map.entry("期间", "period"),
            Map.entry("统计期间", "period"), Map.entry("年月", "period"), Map.entry("period", "period"),
            Map.entry("统计窗口", "window"), Map.entry("窗口", "window"), Map.entry("口径", "window"),
            Map.entry("统计口径", "window"), Map.entry("时间范围", "window"), Map.entry("time_window", "window"),
            Map.entry("指标", "indicator"), Map.entry("指标名称", "indicator"), Map.entry("指标代码", "indicator"),
            Map.entry("indicator", "indicator"), Map.entry("indicator_code", "indicator"),
            Map.entry("数值", "value"), Map.entry("指标值", "value"), Map.entry("值", "value"), Map.entry("数据", "value"),
            Map.entry("value", "value"));
    private static final List<String> REQUIRED = List.of("city", "period", "window", "indicator", "value");
    private static final Map<String, String> COLUMN_NAMES = Map.of("city", "城市", "period", "统计月份",
            "window", "统计窗口", "indicator", "指标", "value", "数值");
    private static final String EXPECTED_HEADER = "城市、统计月份、统计窗口（本月/截至本月）、指标（名称或代码）、数值";

    private static final Map<String, String> WINDOWS = Map.ofEntries(
            Map.entry("本月", "month"), Map.entry("当月", "month"), Map.entry("单月", "month"), Map.entry("月度", "month"),
            Map.entry("month", "month"),
            Map.entry("截至本月", "ytd"), Map.entry("本年累计", "ytd"), Map.entry("年度累计", "ytd"), Map.entry("累计", "ytd"),
            Map.entry("年初至今", "ytd"), Map.entry("ytd", "ytd"));
    /** 1-8月, 1—8月, 1至8月: the year to date as a range of months. */
    private static final Pattern MONTH_RANGE = Pattern.compile("1[-—–~～至到]\\d{1,2}月");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*(?:[-/.年]\\s*(\\d{1,2})\\s*月?份?|(\\d{2}))");
    /** Rows that are the province's own figure or notes, not a city's. */
    private static final Pattern NOT_A_CITY = Pattern.compile("^(全省.*|合计|总计|平均.*|注.*|说明.*|备注.*|数据来源.*|制表.*)$");
    private static final Pattern PROVINCE_PREFIX = Pattern.compile("^.*?省");
    private static final Pattern COURT_SUFFIX = Pattern.compile("(中级人民法院|中院|法院)$");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final BigDecimal maxRejectedShare;
    private final Clock clock;

    ProvinceFigures(JdbcTemplate jdbc, TransactionTemplate transaction,
                    @Value("${courtstats.import.max-rejected-share}") BigDecimal maxRejectedShare) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.maxRejectedShare = maxRejectedShare;
        this.clock = Clock.system(ZoneId.of("Asia/Shanghai"));
    }

    /** A figure as read from the file. */
    public record Figure(YearMonth period, String window, String indicatorCode, String city, BigDecimal value, int row) {
    }

    /** A row that could not be loaded: where, which column, what it held and what to do. */
    public record Reject(int row, String column, String rawValue, String message) {
    }

    /** This city's place among the province's cities for one figure of the file. */
    public record OwnRank(String period, String window, String indicatorName, BigDecimal value, Integer rank,
                          Integer citiesRanked) {
    }

    /**
     * What became of a file.
     *
     * @param refusal null when loaded; else why nothing was (in Chinese, naming the file)
     */
    public record Outcome(String fileName, String sheet, int headerRow, List<Figure> loaded, List<Reject> rejected,
                          int skipped, String refusal, List<OwnRank> ownRanks) {
    }

    /**
     * @throws UserError when the file cannot be read or holds no table of figures (nothing changes)
     */
    public Outcome load(Path file) {
        String name = file.getFileName().toString();
        Map<String, String> indicators = indicatorsByName();
        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            for (SheetInfo sheet : spreadsheet.sheets()) {
                if (sheet.hidden()) {
                    continue;
                }
                List<SourceRow> rows = readAll(spreadsheet, sheet);
                Optional<TableHeader> header = TableHeader.find(rows, HEADERS, REQUIRED);
                if (header.isPresent()) {
                    return load(name, sheet.name(), header.get(), rows, indicators);
                }
            }
            throw new UserError(Messages.file(name) + "的前 20 行中没有找到省通报数据的表头。表头应包含：" + EXPECTED_HEADER
                    + "（每行一个城市的一个指标）；请按 jobs/load-province/ 中的示例文件整理后重新载入。");
        } catch (UnreadableFileException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private Outcome load(String name, String sheet, TableHeader header, List<SourceRow> rows,
                         Map<String, String> indicators) {
        List<Figure> figures = new ArrayList<>();
        List<Reject> rejected = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        int skipped = 0;
        for (SourceRow row : rows) {
            if (row.rowNumber() <= header.rowNumber()) {
                continue;
            }
            Read read = read(row, header, indicators);
            if (read.skipped()) {
                skipped++;
            } else if (read.reject() != null) {
                rejected.add(read.reject());
            } else {
                Figure figure = read.figure();
                String key = figure.period() + "/" + figure.window() + "/" + figure.indicatorCode() + "/" + figure.city();
                Integer first = firstRowOf.putIfAbsent(key, row.rowNumber());
                if (first != null) {
                    rejected.add(new Reject(row.rowNumber(), COLUMN_NAMES.get("city"), figure.city(),
                            Messages.at(name, sheet, row.rowNumber()) + "：与第 " + first + " 行重复（同一城市、月份、窗口和指标），"
                                    + "两行不知取哪一行，本行未载入；请删去重复的一行"));
                } else {
                    figures.add(figure);
                }
            }
        }
        int dataRows = figures.size() + rejected.size();
        String refusal = null;
        if (figures.isEmpty()) {
            refusal = Messages.file(name) + "在表头（第 " + header.rowNumber() + " 行）以下没有可载入的数据行"
                    + (rejected.isEmpty() ? "" : "（" + rejected.size() + " 行有错误，见上）") + "，未载入任何数值。";
        } else if (BigDecimal.valueOf(rejected.size()).compareTo(maxRejectedShare.multiply(BigDecimal.valueOf(dataRows))) > 0) {
            BigDecimal percent = BigDecimal.valueOf(rejected.size() * 100L)
                    .divide(BigDecimal.valueOf(dataRows), 1, RoundingMode.HALF_UP);
            refusal = Messages.file(name) + "的 " + dataRows + " 行数据中有 " + rejected.size() + " 行（" + percent.toPlainString()
                    + "%）有错误，超过允许的 " + maxRejectedShare.movePointRight(2).stripTrailingZeros().toPlainString()
                    + "%，整份文件不予载入，原有的省通报数值不变。请按上面的清单逐行更正后重新载入。";
        }
        if (refusal != null) {
            return new Outcome(name, sheet, header.rowNumber(), List.of(), rejected, skipped, refusal, List.of());
        }
        replace(name, figures);
        return new Outcome(name, sheet, header.rowNumber(), figures, rejected, skipped, null, ownRanks(figures));
    }

    /** A data row read: a figure, a rejection, or a row that is not a city's figure (skipped). */
    private record Read(Figure figure, Reject reject, boolean skipped) {
        static final Read SKIPPED = new Read(null, null, true);
    }

    private Read read(SourceRow row, TableHeader header, Map<String, String> indicators) {
        String where = "第 " + row.rowNumber() + " 行";
        String cityText;
        String periodText;
        String windowText;
        String indicatorText;
        String valueText;
        try {
            cityText = text(row, header, "city");
            periodText = text(row, header, "period");
            windowText = text(row, header, "window");
            indicatorText = text(row, header, "indicator");
            valueText = text(row, header, "value");
        } catch (ValueRejection e) {
            return reject(row, "", "", where + "：" + e.getMessage() + "；请把公式结果粘贴为数值后重新载入");
        }
        if (cityText == null || NOT_A_CITY.matcher(fold(cityText)).matches() || "city".equals(HEADERS.get(fold(cityText)))) {
            return Read.SKIPPED; // the province's own figure, a notes row, the header repeated, a row without a city
        }
        if (valueText == null || Values.isEmptyMarker(valueText)) {
            return Read.SKIPPED; // the province published no figure for the city
        }
        String city = city(cityText);
        YearMonth period = period(cell(row, header, "period"), periodText);
        if (period == null) {
            return reject(row, "period", periodText, where + "：统计月份" + quoted(periodText)
                    + "无法识别，应写作 2024-08 或 2024年8月");
        }
        if (period.isAfter(YearMonth.now(clock)) || period.getYear() < 2000) {
            return reject(row, "period", periodText, where + "：统计月份" + quoted(periodText)
                    + "不是已过去的月份，请检查年份");
        }
        String window = windowText == null ? null : window(fold(windowText));
        if (window == null) {
            return reject(row, "window", windowText, where + "：统计窗口" + quoted(windowText)
                    + "无法识别，应为“本月”或“截至本月”（也可写 当月、本年累计、1-8月）");
        }
        String indicator = indicatorText == null ? null : indicators.get(indicatorKey(indicatorText));
        if (indicator == null) {
            return reject(row, "indicator", indicatorText, where + "：指标" + quoted(indicatorText)
                    + "不在指标目录中，请写指标名称（如 执行到位率）或代码（如 exec_recovery_rate），可用的见 mart.indicator_catalogue");
        }
        BigDecimal value = number(cell(row, header, "value"), valueText);
        if (value == null) {
            return reject(row, "value", valueText, where + "：数值" + quoted(valueText)
                    + "不是数字，应写作 47.68 或 47.68%");
        }
        return new Read(new Figure(period, window, indicator, city, value, row.rowNumber()), null, false);
    }

    private static Read reject(SourceRow row, String column, String raw, String message) {
        return new Read(null, new Reject(row.rowNumber(), COLUMN_NAMES.getOrDefault(column, ""), raw == null ? "" : raw,
                message), false);
    }

    /**
     * The city as the province and mart.province_rank name it: 河南省南阳市、南阳市中级人民法院、南阳中院
     * and 南阳 are all 南阳.
     */
    static String city(String written) {
        String city = fold(written);
        city = PROVINCE_PREFIX.matcher(city).replaceFirst("");
        city = COURT_SUFFIX.matcher(city).replaceFirst("");
        return city.length() > 2 && city.endsWith("市") ? city.substring(0, city.length() - 1) : city;
    }

    private static String window(String folded) {
        String window = WINDOWS.get(folded.toLowerCase(Locale.ROOT));
        if (window == null && MONTH_RANGE.matcher(folded).matches()) {
            return "ytd";
        }
        return window;
    }

    private static YearMonth period(Cell cell, String text) {
        if (cell.kind() == CellKind.DATE) {
            return YearMonth.from(cell.date());
        }
        Matcher matcher = YEAR_MONTH.matcher(fold(text));
        if (!matcher.matches()) {
            return null;
        }
        int month = Integer.parseInt(matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        return month >= 1 && month <= 12 ? YearMonth.of(Integer.parseInt(matcher.group(1)), month) : null;
    }

    /** 47.68, 47.68%, ４７．６８％; a number cell formatted as a percentage (0.4768 shown as 47.68%) is 47.68. */
    private static BigDecimal number(Cell cell, String text) {
        String folded = fold(text).replace(",", "");
        boolean percent = folded.endsWith("%");
        if (percent) {
            folded = folded.substring(0, folded.length() - 1);
        }
        if (cell.kind() == CellKind.NUMBER && !percent) {
            return cell.number();
        }
        try {
            return new BigDecimal(folded);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String indicatorKey(String written) {
        String folded = fold(written);
        // 执行到位率(%) and 执行到位率（%） are the indicator's name with its unit.
        folded = folded.replaceFirst("[(（][^()（）]*[)）]$", "");
        return folded.toLowerCase(Locale.ROOT);
    }

    /** Without spaces anywhere, full-width letters, digits and signs made half-width. */
    private static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            folded.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return folded.toString();
    }

    private static String quoted(String text) {
        return "“" + (text == null ? "" : text) + "”";
    }

    private static Cell cell(SourceRow row, TableHeader header, String column) {
        return row.cell(header.columns().get(column));
    }

    private static String text(SourceRow row, TableHeader header, String column) throws ValueRejection {
        return Values.text(cell(row, header, column));
    }

    private static List<SourceRow> readAll(Spreadsheet spreadsheet, SheetInfo sheet) {
        List<SourceRow> rows = new ArrayList<>();
        try (RowCursor cursor = spreadsheet.rows(sheet)) {
            SourceRow row;
            while ((row = cursor.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Code and Chinese name of every indicator, folded as the file's are. */
    private Map<String, String> indicatorsByName() {
        Map<String, String> byName = new HashMap<>();
        jdbc.query("select indicator_code, indicator_name from core.indicator", rs -> {
            byName.put(indicatorKey(rs.getString(1)), rs.getString(1));
            byName.put(indicatorKey(rs.getString(2)), rs.getString(1));
        });
        return byName;
    }

    private void replace(String name, List<Figure> figures) {
        Set<List<Object>> published = new LinkedHashSet<>();
        for (Figure figure : figures) {
            published.add(List.of(Date.valueOf(figure.period().atDay(1)), figure.window(), figure.indicatorCode()));
        }
        transaction.executeWithoutResult(status -> {
            jdbc.batchUpdate("delete from core.province_figure where period = ? and time_window = ? and indicator_code = ?",
                    published.stream().map(List::toArray).toList());
            jdbc.batchUpdate("insert into core.province_figure (period, time_window, indicator_code, city, value,"
                            + " source_file, source_row) values (?, ?, ?, ?, ?, ?, ?)",
                    figures.stream().map(f -> new Object[] {Date.valueOf(f.period().atDay(1)), f.window(), f.indicatorCode(),
                            f.city(), f.value(), name, f.row()}).toList());
        });
    }

    private List<OwnRank> ownRanks(List<Figure> figures) {
        Set<String> periods = new TreeSet<>();
        figures.forEach(f -> periods.add(f.period().toString()));
        List<OwnRank> ranks = new ArrayList<>();
        for (String period : periods) {
            ranks.addAll(jdbc.query("""
                    select r.period, r.time_window, r.indicator_name, r.value, r.rank, r.cities_ranked
                    from mart.province_rank r
                    join core.indicator i on i.indicator_code = r.indicator_code
                    join core.feed f on f.feed_code = i.indicator_group
                    where r.period = ? and r.is_own_city
                    order by r.time_window, f.display_order, i.display_order
                    """, (rs, n) -> new OwnRank(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                    (Integer) rs.getObject(5), (Integer) rs.getObject(6)), period));
        }
        return ranks;
    }
}
