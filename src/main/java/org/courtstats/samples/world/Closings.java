package org.courtstats.samples.world;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;

/**
 * The day a case closes. Courts push to close cases before the year ends (年底结案), so a case that
 * would close around the turn of the year often closes in the second half of December instead: the
 * backlog on 1 January is low and grows again through the year, which is why the year-to-date 结收比
 * of an August report sits just under 100%.
 */
final class Closings {

    private static final double YEAR_END_PUSH = 0.4;

    private Closings() {
    }

    static LocalDate closingDay(LocalDate filed, long days, Rng rng) {
        LocalDate natural = Workdays.onOrAfter(filed.plusDays(days));
        int year = natural.getMonth() == Month.DECEMBER ? natural.getYear() : natural.getYear() - 1;
        LocalDate pushFrom = LocalDate.of(year, 12, 10);
        LocalDate pushTo = LocalDate.of(year + 1, 2, 10);
        LocalDate lastFiling = LocalDate.of(year, 11, 30);
        if (natural.isBefore(pushFrom) || natural.isAfter(pushTo) || filed.isAfter(lastFiling)
                || !rng.chance(YEAR_END_PUSH)) {
            return natural;
        }
        List<LocalDate> lateDecember = Workdays.of(YearMonth.of(year, 12)).stream()
                .filter(d -> d.getDayOfMonth() >= 15).toList();
        return rng.pick(lateDecember);
    }
}
