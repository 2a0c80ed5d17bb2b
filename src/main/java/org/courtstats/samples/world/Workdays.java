package org.courtstats.samples.world;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Court working days: cases are filed and closed on working days, so the public holidays (above all
 * the Spring Festival week) show in the monthly figures the way they do in real ones. Weekend
 * make-up working days (调休) are ignored.
 */
public final class Workdays {

    /** Multi-day holidays of 2021–2025 as first and last day; later years keep only the fixed ones. */
    private static final LocalDate[][] HOLIDAYS = {
            span("2021-02-11", "2021-02-17"), span("2021-04-03", "2021-04-05"),
            span("2021-05-01", "2021-05-05"), span("2021-06-12", "2021-06-14"),
            span("2021-09-19", "2021-09-21"),
            span("2022-01-31", "2022-02-06"), span("2022-04-03", "2022-04-05"),
            span("2022-04-30", "2022-05-04"), span("2022-06-03", "2022-06-05"),
            span("2022-09-10", "2022-09-12"),
            span("2023-01-21", "2023-01-27"), span("2023-04-05", "2023-04-05"),
            span("2023-04-29", "2023-05-03"), span("2023-06-22", "2023-06-24"),
            span("2023-09-29", "2023-10-06"),
            span("2024-02-10", "2024-02-17"), span("2024-04-04", "2024-04-06"),
            span("2024-05-01", "2024-05-05"), span("2024-06-10", "2024-06-10"),
            span("2024-09-15", "2024-09-17"),
            span("2025-01-28", "2025-02-04"), span("2025-04-04", "2025-04-06"),
            span("2025-05-01", "2025-05-05"), span("2025-05-31", "2025-06-02"),
    };

    private Workdays() {
    }

    private static LocalDate[] span(String first, String last) {
        return new LocalDate[] {LocalDate.parse(first), LocalDate.parse(last)};
    }

    static boolean isWorkday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        int month = day.getMonthValue();
        int dom = day.getDayOfMonth();
        if (month == 1 && dom == 1 || month == 5 && dom <= 3 || month == 10 && dom <= 7) {
            return false;
        }
        for (LocalDate[] holiday : HOLIDAYS) {
            if (!day.isBefore(holiday[0]) && !day.isAfter(holiday[1])) {
                return false;
            }
        }
        return true;
    }

    /** The day itself if it is a working day, otherwise the next working day. */
    public static LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkday(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    static List<LocalDate> of(YearMonth month) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (isWorkday(d)) {
                days.add(d);
            }
        }
        return days;
    }
}
