package org.courtstats.bulletin;

import java.math.BigDecimal;

/** How the bulletin shows an indicator's numbers, by its unit (core.indicator.unit). */
final class Formats {

    private Formats() {
    }

    /** The value: 47.68 shows as 47.68%, a count whole with thousands separators. */
    static String value(String unit) {
        return switch (unit) {
            case "count" -> "#,##0";
            case "percent" -> "0.00\"%\"";
            default -> "0.00";
        };
    }

    /**
     * 同比 with its sign: percentage points for rates and per-10 000 figures (the unit of the value
     * itself), a percent change for counts and days (mart.indicator_value.yoy_change).
     */
    static String yoyChange(String unit) {
        return switch (unit) {
            case "percent", "per_10k" -> "+0.00;-0.00;0.00";
            default -> "+0.00\"%\";-0.00\"%\";0.00\"%\"";
        };
    }

    static String rank() {
        return "0";
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
