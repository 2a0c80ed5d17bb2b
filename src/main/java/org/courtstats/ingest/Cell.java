package org.courtstats.ingest;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One cell as read from a workbook or CSV, before any interpretation by a feed.
 *
 * <p>{@code text} is never null: for TEXT the string as stored (not trimmed), for NUMBER the
 * number in plain notation without exponent or grouping ({@code 1.10101199001011E17} becomes
 * {@code 110101199001011000}, {@code 1234.5} stays {@code 1234.5}), for DATE the ISO form
 * ({@code 2024-08-01} or {@code 2024-08-01T09:30}), for BOOLEAN {@code TRUE}/{@code FALSE}, for ERROR
 * the error code, for BLANK the empty string. {@code number} is set for NUMBER and DATE (the raw
 * serial), {@code date} only for DATE (already corrected for the 1904 date system).
 */
public record Cell(CellKind kind, String text, BigDecimal number, LocalDateTime date) {

    public static final Cell BLANK = new Cell(CellKind.BLANK, "", null, null);

    public static Cell text(String text) {
        return text == null || text.isBlank() ? BLANK : new Cell(CellKind.TEXT, text, null, null);
    }

    public static Cell number(BigDecimal value) {
        return new Cell(CellKind.NUMBER, value.stripTrailingZeros().toPlainString(), value, null);
    }

    public static Cell date(LocalDateTime date, BigDecimal serial) {
        String iso = date.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? date.toLocalDate().toString() : date.toString();
        return new Cell(CellKind.DATE, iso, serial, date);
    }

    public static Cell bool(boolean value) {
        return new Cell(CellKind.BOOLEAN, value ? "TRUE" : "FALSE", null, null);
    }

    public static Cell error(String code) {
        return new Cell(CellKind.ERROR, code, null, null);
    }

    public boolean isBlank() {
        return kind == CellKind.BLANK;
    }
}
