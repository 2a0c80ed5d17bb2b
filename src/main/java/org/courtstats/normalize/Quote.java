package org.courtstats.normalize;

/** Quotes a raw value for a Chinese message, shortening it so that one bad cell cannot flood a report. */
final class Quote {

    private static final int MAX_SHOWN = 40;

    private Quote() {
    }

    /** {@code “value”}, the value stripped of surrounding white space and cut to 40 characters. */
    static String of(String raw) {
        String shown = raw == null ? "" : raw.strip();
        if (shown.length() > MAX_SHOWN) {
            shown = shown.substring(0, MAX_SHOWN) + "…";
        }
        return "“" + shown + "”";
    }
}
