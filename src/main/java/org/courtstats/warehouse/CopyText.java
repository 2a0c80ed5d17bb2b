package org.courtstats.warehouse;

import java.math.BigDecimal;

/**
 * Writes values in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash
 * escapes for backslash, tab, newline and carriage return. NUL characters, which PostgreSQL text
 * cannot hold, are dropped.
 */
final class CopyText {

    private final StringBuilder out;
    private boolean firstInLine = true;

    CopyText(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    CopyText value(Object value) {
        if (!firstInLine) {
            out.append('\t');
        }
        firstInLine = false;
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Boolean bool) {
            out.append(bool ? 't' : 'f');
        } else {
            escape(value.toString());
        }
        return this;
    }

    CopyText endLine() {
        out.append('\n');
        firstInLine = true;
        return this;
    }

    boolean isEmpty() {
        return out.isEmpty();
    }

    String text() {
        return out.toString();
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> { }
                default -> out.append(c);
            }
        }
    }
}
