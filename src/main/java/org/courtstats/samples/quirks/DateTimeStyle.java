package org.courtstats.samples.quirks;

import java.time.LocalDateTime;
import org.courtstats.samples.files.CellValue;

/** How a court writes a moment (the registers' 申请时间, 审核时间 …): the three shapes the contract accepts. */
public enum DateTimeStyle {
    /** An Excel date-time cell shown as {@code yyyy-mm-dd hh:mm}. */
    CELL(true),
    /** {@code 2024-08-01 09:30} */
    TEXT_ISO(false),
    /** {@code 2024年8月1日 9时30分} */
    TEXT_CHINESE(false);

    private final boolean excelOnly;

    DateTimeStyle(boolean excelOnly) {
        this.excelOnly = excelOnly;
    }

    boolean excelOnly() {
        return excelOnly;
    }

    /** The court's way with date-times follows its way with dates. */
    static DateTimeStyle following(DateStyle dates) {
        return switch (dates) {
            case TEXT_CHINESE, TEXT_DOT -> TEXT_CHINESE;
            case TEXT_ISO, TEXT_SLASH, TEXT_COMPACT, TEXT_WITH_TIME -> TEXT_ISO;
            default -> CELL;
        };
    }

    CellValue cell(LocalDateTime moment) {
        return switch (this) {
            case CELL -> new CellValue.Date(moment, "yyyy-mm-dd hh:mm");
            case TEXT_ISO -> new CellValue.Text(String.format("%s %02d:%02d", moment.toLocalDate(),
                    moment.getHour(), moment.getMinute()));
            case TEXT_CHINESE -> new CellValue.Text(DateStyle.chinese(moment.toLocalDate()) + " "
                    + moment.getHour() + "时" + moment.getMinute() + "分");
        };
    }

    /** A moment that cannot be: the day after the month's last, or the 25th hour. */
    String impossible(LocalDateTime near) {
        return switch (this) {
            case CELL, TEXT_ISO -> String.format("%d-%02d-%02d %02d:%02d", near.getYear(), near.getMonthValue(),
                    near.toLocalDate().lengthOfMonth() + 1, near.getHour(), near.getMinute());
            case TEXT_CHINESE -> DateStyle.chinese(near.toLocalDate()) + " 25时" + near.getMinute() + "分";
        };
    }
}
