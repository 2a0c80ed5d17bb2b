package org.courtstats.bulletin;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courtstats.vocabulary.Feed;
import org.courtstats.vocabulary.FeedDeclarations;

/**
 * What the bulletin of a month shows: every value of mart.indicator_value for the month, in the
 * catalogue's order (groups 审判, 执行, 诉前调解, then each group's display order).
 *
 * @param issuer the intermediate court, in whose name the bulletin is issued
 * @param courts how many courts the city has (全市 is published when every one delivered)
 * @param missing per feed (its Chinese name, in the feeds' order), the short names of the courts with
 *                nothing published for the month; a feed every court delivered is not a key
 * @param provinceRanks the city's rank among the province's cities (mart.province_rank), by
 *                {@link #provinceKey}; only where the province's figures were loaded
 */
public record MonthFigures(YearMonth period, String issuer, int courts, List<IndicatorValue> values,
                           Map<String, List<String>> missing, Map<String, Integer> provinceRanks) {

    /** A month every court delivered in full. */
    public MonthFigures(YearMonth period, String issuer, int courts, List<IndicatorValue> values) {
        this(period, issuer, courts, values, Map.of(), Map.of());
    }

    /** A month without the province's figures. */
    public MonthFigures(YearMonth period, String issuer, int courts, List<IndicatorValue> values,
                        Map<String, List<String>> missing) {
        this(period, issuer, courts, values, missing, Map.of());
    }

    public static String provinceKey(String indicatorCode, String window) {
        return indicatorCode + "/" + window;
    }

    /** The city's rank in the province for an indicator and window, where the province's figures give one. */
    Optional<Integer> provinceRank(String indicatorCode, String window) {
        return Optional.ofNullable(provinceRanks.get(provinceKey(indicatorCode, window)));
    }

    /** The indicator groups (one per feed) in the bulletin's order, with their Chinese names. */
    public static final Map<String, String> GROUPS = groups();

    private static Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        for (Feed feed : FeedDeclarations.builtIn().all()) {
            groups.put(feed.code(), feed.reportName());
        }
        return groups;
    }

    /** One value per indicator of the group (the city's month value), in the catalogue's order. */
    List<IndicatorValue> indicators(String group) {
        return values.stream()
                .filter(v -> v.group().equals(group) && v.city() && v.window().equals(IndicatorValue.MONTH))
                .toList();
    }

    Optional<IndicatorValue> city(String indicatorCode, String window) {
        return values.stream()
                .filter(v -> v.indicatorCode().equals(indicatorCode) && v.window().equals(window) && v.city())
                .findFirst();
    }

    Optional<IndicatorValue> court(String indicatorCode, String window, String courtCode) {
        return values.stream()
                .filter(v -> v.indicatorCode().equals(indicatorCode) && v.window().equals(window)
                        && v.courtCode().equals(courtCode))
                .findFirst();
    }

    /**
     * The basic courts' values of an indicator and window, best rank first; within a tie (courts that
     * all reached a target rank first together) by value, the way the indicator reads best first;
     * courts without a value last.
     */
    List<IndicatorValue> ranking(String indicatorCode, String window) {
        Comparator<BigDecimal> byValue = Comparator.nullsLast(Comparator.reverseOrder());
        return values.stream()
                .filter(v -> v.indicatorCode().equals(indicatorCode) && v.window().equals(window) && v.basicCourt())
                .sorted(Comparator.comparing(IndicatorValue::rank, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
                        .thenComparing(IndicatorValue::value, "down".equals(direction(indicatorCode))
                                ? Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()) : byValue)
                        .thenComparing(IndicatorValue::courtCode))
                .toList();
    }

    private String direction(String indicatorCode) {
        return values.stream().filter(v -> v.indicatorCode().equals(indicatorCode)).map(IndicatorValue::direction)
                .findFirst().orElse(null);
    }
}
