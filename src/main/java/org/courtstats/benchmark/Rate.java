package org.courtstats.benchmark;

import java.util.Locale;

/** A number of rows handled in a time. */
record Rate(long rows, long nanos) {

    double rowsPerSecond() {
        return rows / seconds();
    }

    double seconds() {
        return nanos / 1e9;
    }

    /** {@code 947 523 rows in 12.3 s = 77 034 rows/s} */
    String describe() {
        return String.format(Locale.ROOT, "%,d rows in %.2f s = %,.0f rows/s", rows, seconds(), rowsPerSecond())
                .replace(',', ' ');
    }
}
