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
 * serial), {@code date} for DATE (already corrected for the 1904 date system) and, for a NUMBER of a
 * workbook in the 1904 date system, the date that number stands for as a serial of that system, since
 * such a workbook shows every serial that way once the cell is formatted as a date; null otherwise.
 */
public record Cell(CellKind kind, String text, BigDecimal number, LocalDateTime date) {

    public static final Cell BLANK = new Cell(CellKind.BLANK, "", null, null);

    public static Cell text(String text) {
        return text == null || text.isBlank() ? BLANK : new Cell(CellKind.TEXT, text, null, null);
    }

    public static Cell number(BigDecimal value) {
        return new Cell(CellKind.NUMBER, value.stripTrailingZeros().toPlainString(), value, null);
    }

    /** A number of a workbook in the 1904 date system, with the date it means as a serial of that system. */
    public static Cell numberOf1904Workbook(BigDecimal value, LocalDateTime dateIn1904System) {
        return new Cell(CellKind.NUMBER, value.stripTrailingZeros().toPlainString(), value, dateIn1904System);
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
