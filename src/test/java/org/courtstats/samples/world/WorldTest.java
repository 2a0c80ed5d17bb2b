package org.courtstats.samples.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulated world behaves like the city's courts, so every indicator has something to measure. */
class WorldTest {

    private static final long SEED = 7;

    @Test
    void basicCourtsCloseRealisticVolumesAndCarryAFewMonthsOfBacklog() {
        World world = new World(SEED, 1.0);
        YearMonth august = YearMonth.of(2024, 8);
        LocalDate monthStart = august.atDay(1);
        int cityRetrials = 0;
        for (Court court : Courts.BASIC) {
            int closedInAugust = 0;
            int filedInAugust = 0;
            int pending = 0;
            int rows = 0;
            int retrials = 0;
            for (SimCase c : new Snapshot(world, court, Feed.TRIAL, august, false)) {
                rows++;
                retrials += c.no().type().equals("民再") || c.no().type().equals("民申") ? 1 : 0;
                if (c.closedBy(august.atEndOfMonth())) {
                    closedInAugust += c.closedOn().isBefore(monthStart) ? 0 : 1;
                } else {
                    pending++;
                }
                filedInAugust += c.filedOn().isBefore(monthStart) ? 0 : 1;
            }
            assertThat(closedInAugust).as(court.shortName()).isBetween(400, 1600);
            assertThat((double) pending / filedInAugust).as(court.shortName() + " backlog in months").isBetween(1.2, 3.5);
            assertThat(retrials).as(court.shortName() + " retrials and retrial applications of " + rows + " cases")
                    .isLessThan(rows / 200);
            cityRetrials += retrials;
        }
        assertThat(cityRetrials).as("a few in every basic court").isGreaterThan(3 * Courts.BASIC.size());
    }

    @Test
    void everyAppealReviewsAJudgmentOrDismissalOfABasicCourtGivenFifteenToSixtyDaysBefore() {
        World world = new World(SEED, 0.05);
        AppealSweep sweep = world.appealSweep();
        int reviewed = 0;
        for (YearMonth month = World.START; !month.isAfter(YearMonth.of(2022, 6)); month = month.plusMonths(1)) {
            for (TrialCase appeal : sweep.lodgedIn(month)) {
                assertThat(appeal.no().court()).isEqualTo("豫13");
                assertThat(appeal.no().type()).isIn("民终", "刑终", "行终");
                CaseNo original = appeal.original().caseNo();
                if (original == null || !original.court().startsWith("豫13")) {
                    continue;
                }
                TrialCase judged = find(world, original);
                assertThat(judged.disposition()).as(original.canonical()).isIn("判决", "驳回起诉");
                long lag = ChronoUnit.DAYS.between(judged.closedOn(), appeal.filedOn());
                assertThat(lag).as(original.canonical()).isBetween(15L, 70L);
                assertThat(appeal.no().type()).isEqualTo(original.type().replace("初", "终"));
                reviewed++;
            }
        }
        assertThat(reviewed).isGreaterThan(100);
    }

    @Test
    void appealNumbersRunFromOneEachYearInLodgingOrder() {
        World world = new World(SEED, 0.05);
        AppealSweep sweep = world.appealSweep();
        Map<String, Integer> last = new HashMap<>();
        LocalDate previous = LocalDate.MIN;
        for (YearMonth month = World.START; !month.isAfter(YearMonth.of(2022, 3)); month = month.plusMonths(1)) {
            for (TrialCase appeal : sweep.lodgedIn(month)) {
                String key = appeal.no().year() + appeal.no().type();
                assertThat(appeal.no().number()).isEqualTo(last.getOrDefault(key, 0) + 1);
                last.put(key, appeal.no().number());
                assertThat(appeal.filedOn()).isAfterOrEqualTo(previous);
                previous = appeal.filedOn();
            }
        }
    }

    @Test
    void theSameCaseIsBuiltTheSameWayWhicheverSnapshotAsksForIt() {
        World one = new World(SEED, 0.05);
        World other = new World(SEED, 0.05);
        Court court = Courts.byCode("豫1381");
        assertThat(other.batch(court, "执", YearMonth.of(2023, 5)))
                .isEqualTo(one.batch(court, "执", YearMonth.of(2023, 5)));
    }

    private static TrialCase find(World world, CaseNo no) {
        Court court = Courts.byCode(no.court());
        for (int m = 1; m <= 12; m++) {
            for (SimCase c : world.batch(court, no.type(), YearMonth.of(no.year(), m))) {
                if (c.no().equals(no)) {
                    return (TrialCase) c;
                }
            }
        }
        throw new AssertionError("no case " + no.canonical());
    }
}
