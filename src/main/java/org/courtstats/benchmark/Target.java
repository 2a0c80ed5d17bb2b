package org.courtstats.benchmark;

import java.util.Locale;

/** One of issue 6's targets, as measured: met, or missed by how much. */
record Target(String name, String measured, boolean met) {

    static Target atLeast(String name, double measured, double required, String unit) {
        boolean met = measured >= required;
        return new Target(name, String.format(Locale.ROOT, "%.2f%s%s", measured, unit, met ? ""
                : String.format(Locale.ROOT, " — needs %.2f%s, %.1f times faster", required, unit, required / measured)), met);
    }

    static Target atMost(String name, double measured, double limit, String unit) {
        boolean met = measured <= limit;
        return new Target(name, String.format(Locale.ROOT, "%.2f%s%s", measured, unit, met ? ""
                : String.format(Locale.ROOT, " — limit %.2f%s, %.1f times too slow", limit, unit, measured / limit)), met);
    }
}
