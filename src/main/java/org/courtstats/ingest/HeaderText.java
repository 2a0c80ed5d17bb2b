package org.courtstats.ingest;

import java.math.BigDecimal;

/**
 * A header cell made comparable (feeds.md section 2): trimmed, without spaces anywhere (U+3000 and
 * line breaks included), full-width letters and digits made half-width, and a trailing unit in
 * brackets split off: {@code 标的额（万元）} is {@code 标的额} in 万元.
 */
record HeaderText(String name, String unit) {

    static final HeaderText EMPTY = new HeaderText("", null);
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    static HeaderText of(String raw) {
        if (raw == null || raw.isBlank()) {
            return EMPTY;
        }
        StringBuilder text = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*' || c == '\uFEFF') {
                continue; // '*' marks required columns in some templates
            }
            text.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        String name = text.toString();
        String unit = null;
        int last = name.length() - 1;
        if (last > 0 && isClosingBracket(name.charAt(last))) {
            int open = lastOpeningBracket(name, last);
            if (open > 0) {
                unit = name.substring(open + 1, last);
                name = name.substring(0, open);
            }
        }
        return new HeaderText(name, unit);
    }

    boolean isEmpty() {
        return name.isEmpty();
    }

    /** 10 000 when the unit says 万元, 1 otherwise (元, or no unit). */
    BigDecimal multiplier() {
        return unit != null && unit.contains("万元") ? WAN : BigDecimal.ONE;
    }

    private static boolean isClosingBracket(char c) {
        return c == ')' || c == '）' || c == ']' || c == '】';
    }

    private static int lastOpeningBracket(String text, int before) {
        for (int i = before - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '(' || c == '（' || c == '[' || c == '【') {
                return i;
            }
        }
        return -1;
    }
}
