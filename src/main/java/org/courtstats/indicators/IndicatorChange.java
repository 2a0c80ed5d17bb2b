package org.courtstats.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One indicator of a court before and after a rerun: its published value and rank. */
public record IndicatorChange(String indicatorCode, String indicatorName, String timeWindow, String unit,
                              BigDecimal valueBefore, BigDecimal valueAfter, Integer rankBefore, Integer rankAfter) {

    /** A court's indicator as published (value rounded for display). */
    public record Value(String indicatorCode, String indicatorName, String timeWindow, String unit, BigDecimal value,
                        Integer rank) {

        String key() {
            return indicatorCode + "/" + timeWindow;
        }
    }

    public boolean changed() {
        return !sameNumber(valueBefore, valueAfter) || !Objects.equals(rankBefore, rankAfter);
    }

    /** Every indicator of either snapshot, in the order of the later one. */
    public static List<IndicatorChange> between(List<Value> before, List<Value> after) {
        Map<String, Value> earlier = new LinkedHashMap<>();
        before.forEach(value -> earlier.put(value.key(), value));
        List<IndicatorChange> changes = new ArrayList<>();
        for (Value now : after) {
            Value then = earlier.get(now.key());
            changes.add(new IndicatorChange(now.indicatorCode(), now.indicatorName(), now.timeWindow(), now.unit(),
                    then == null ? null : then.value(), now.value(), then == null ? null : then.rank(), now.rank()));
        }
        return changes;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
