package org.courtstats.bulletin;

import java.math.BigDecimal;

/**
 * One row of mart.indicator_value as the bulletin shows it: an indicator's value for a court (or 全市)
 * and a window, with what the catalogue says about the indicator.
 *
 * @param courtName     the court's short name (宛城区法院), 全市法院 for the city
 * @param basicCourt    whether the court is one of the basic courts that rankings compare
 * @param directionName how to read the value (越高越好 …); null for counts
 * @param rankedCourts  how many courts were ranked; null when the indicator is not ranked
 * @param meetsStandard null where no standard applies or there is no value
 * @param decimals      the decimals the catalogue shows the value and its 同比 with
 * @param coverageLow   whether the value rests on under 90% of the scope's cases (an optional field unknown)
 * @param direction     up, down or target (core.indicator.direction); null for counts
 * @param target        for direction target, the value at or above which a court ranks first (结收比: 100)
 */
public record IndicatorValue(String indicatorCode, String indicatorName, String group, String unit,
                             String directionName, String window, String courtCode, String courtName,
                             boolean basicCourt, BigDecimal value, Integer rank, Integer rankedCourts,
                             int reportingCourts, BigDecimal yoyChange, Boolean meetsStandard,
                             BigDecimal standardLower, BigDecimal standardUpper, int decimals,
                             boolean coverageLow, String direction, BigDecimal target) {

    public static final String MONTH = "month";
    public static final String YEAR_TO_DATE = "ytd";
    public static final String CITY = "全市";

    public boolean ranked() {
        return rankedCourts != null;
    }

    public boolean city() {
        return CITY.equals(courtCode);
    }

    /** Whether the value reached its target and ranks first for it, tied with every court that did (◎). */
    public boolean atTarget() {
        // Ranked first too: a value just under the target can round up to it, and ranks are on exact values.
        return "target".equals(direction) && value != null && target != null && value.compareTo(target) >= 0
                && rank != null && rank == 1;
    }
}
