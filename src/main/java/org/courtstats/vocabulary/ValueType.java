package org.courtstats.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a column's cells are read (feeds.md section 3). These are the parsers, and so they are code; a
 * feed, declared in jobs/feeds/, is a combination of them. The declared name is the constant's name in
 * lower case ({@code case_no}, {@code date}, {@code choice} …).
 */
public enum ValueType {
    /** A 案号 that must parse (the row's own case number, 原审案号, 转立案案号). */
    CASE_NO,
    /** 执行依据: a 案号 when it parses, otherwise kept as text. */
    CASE_NO_OR_TEXT,
    TEXT,
    DATE,
    /**
     * A date with its time of day, to the second (申请时间: {@code 2024-08-01 09:30}, an Excel
     * date-time cell, {@code 2024年8月1日 9时30分}); a date alone is refused. Kept in core.case_row.extra.
     */
    DATETIME,
    /** Yuan; a header unit of 万元 multiplies by 10 000. */
    AMOUNT,
    YES_NO,
    /** A non-negative whole number (开庭次数). */
    COUNT,
    /** A yes/no read as a count of 1 or 0 (是否开庭 in place of 开庭次数). */
    YES_NO_AS_COUNT,
    /** One value of the column's declared choice list, by its label or an accepted spelling. */
    CHOICE;

    /** The name a declaration uses. */
    public String declaredName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ValueType> ofDeclaredName(String name) {
        return Arrays.stream(values()).filter(type -> type.declaredName().equals(name)).findFirst();
    }
}
