package org.courtstats.bulletin;

import java.math.BigDecimal;

/** How the bulletin shows an indicator's numbers, by its unit (core.indicator.unit). */
final class Formats {

    private Formats() {
    }

    /** Marks a value whose coverage is under 90% (mart.indicator_value.coverage_low). */
    static final String LOW_COVERAGE_MARK = "※";

    /**
     * The value with the decimals of its catalogue row: 47.68 shows as 47.68%, 0.915 as 0.915%, a
     * count whole with thousands separators; a value resting on part of the cases carries ※.
     */
    static String value(String unit, int decimals, boolean lowCoverage) {
        String number = unit.equals("count") ? "#,##0" + fraction(decimals) : "0" + fraction(decimals);
        String suffix = (unit.equals("percent") ? "%" : "") + (lowCoverage ? LOW_COVERAGE_MARK : "");
        return suffix.isEmpty() ? number : number + "\"" + suffix + "\"";
    }

    /**
     * 同比 with its sign, the indicator's decimals and its unit written on it: 个百分点 for rates,
     * 件/万人 for per-10 000 figures (the unit of the value itself), % for the percent change of
     * counts and days (mart.indicator_value.yoy_change). A footnote alone left "+4.75" and "-5.03%"
     * side by side to be told apart.
     */
    static String yoyChange(String unit, int decimals) {
        String number = "0" + fraction(unit.equals("percent") || unit.equals("per_10k") ? decimals : Math.max(decimals, 2));
        String suffix = switch (unit) {
            case "percent" -> "\"个百分点\"";
            case "per_10k" -> "\"件/万人\"";
            default -> "\"%\"";
        };
        return "+" + number + suffix + ";-" + number + suffix + ";" + number + suffix;
    }

    /** The rank, with ◎ beside it when the court ranks first because it reached the target. */
    static String rank(boolean atTarget) {
        return atTarget ? "0\"◎\"" : "0";
    }

    private static String fraction(int decimals) {
        return decimals == 0 ? "" : "." + "0".repeat(decimals);
    }

    /** 件, %, 天, 件/万人. */
    static String unitName(String unit) {
        return switch (unit) {
            case "count" -> "件";
            case "percent" -> "%";
            case "days" -> "天";
            case "per_10k" -> "件/万人";
            default -> unit;
        };
    }

    /** A standard as 95～115, ≥95 or ≤90; empty when there is none. */
    static String standard(BigDecimal lower, BigDecimal upper) {
        if (lower != null && upper != null) {
            return plain(lower) + "～" + plain(upper);
        }
        if (lower != null) {
            return "≥" + plain(lower);
        }
        return upper == null ? "" : "≤" + plain(upper);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
