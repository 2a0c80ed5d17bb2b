package org.courtstats.samples.quirks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.courtstats.samples.files.CellValue;

/** How a court writes dates (feeds.md section 3): Excel date cells of several formats, serial numbers, text. */
public enum DateStyle {
    /** Date cell, {@code yyyy-mm-dd}. */
    CELL_ISO(true),
    /** Date cell with the Chinese format {@code yyyy"年"m"月"d"日"}. */
    CELL_CHINESE(true),
    /** Date cell with built-in format 14, which Excel shows as {@code 8/1/24} in an English locale. */
    CELL_BUILTIN_14(true),
    /** Date cell, {@code yyyy/m/d}. */
    CELL_SLASH(true),
    /** Date-time cell with the time of registration, {@code yyyy-mm-dd hh:mm:ss}. */
    CELL_DATETIME(true),
    /** The Excel serial as a plain number without a date format ({@code 45505}). */
    SERIAL_NUMBER(true),
    TEXT_ISO(false),
    /** {@code 2024/8/1} */
    TEXT_SLASH(false),
    /** {@code 2024.8.1} */
    TEXT_DOT(false),
    /** {@code 20240801} */
    TEXT_COMPACT(false),
    /** {@code 2024年8月1日} */
    TEXT_CHINESE(false),
    /** {@code 2024-08-01 09:30:00} */
    TEXT_WITH_TIME(false);

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final boolean excelOnly;

    DateStyle(boolean excelOnly) {
        this.excelOnly = excelOnly;
    }

    /** Whether the style needs a workbook (a CSV can only hold text). */
    boolean excelOnly() {
        return excelOnly;
    }

    /** @param key decides the time of day for the styles that show one */
    CellValue cell(LocalDate date, long key) {
        return switch (this) {
            case CELL_ISO -> new CellValue.Date(date.atStartOfDay(), "yyyy-mm-dd");
            case CELL_CHINESE -> new CellValue.Date(date.atStartOfDay(), "yyyy\"年\"m\"月\"d\"日\"");
            case CELL_BUILTIN_14 -> new CellValue.Date(date.atStartOfDay(), "14");
            case CELL_SLASH -> new CellValue.Date(date.atStartOfDay(), "yyyy/m/d");
            case CELL_DATETIME -> new CellValue.Date(date.atTime(timeOfDay(key)), "yyyy-mm-dd hh:mm:ss");
            case SERIAL_NUMBER -> new CellValue.Number(
                    BigDecimal.valueOf(ChronoUnit.DAYS.between(EXCEL_EPOCH, date)), null);
            case TEXT_ISO -> new CellValue.Text(date.toString());
            case TEXT_SLASH -> new CellValue.Text(date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth());
            case TEXT_DOT -> new CellValue.Text(date.getYear() + "." + date.getMonthValue() + "." + date.getDayOfMonth());
            case TEXT_COMPACT -> new CellValue.Text(String.format("%04d%02d%02d",
                    date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
            case TEXT_CHINESE -> new CellValue.Text(chinese(date));
            case TEXT_WITH_TIME -> new CellValue.Text(date + " " + timeOfDay(key) + ":00");
        };
    }

    public static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** Office hours, to the minute. */
    private static LocalTime timeOfDay(long key) {
        return LocalTime.of(8, 0).plusMinutes(Math.floorMod(key >>> 20, 540));
    }
}
