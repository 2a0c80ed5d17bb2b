package org.courtstats.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.courtstats.jobs.ImportReport;
import org.courtstats.jobs.ImportReports;
import org.courtstats.support.LogCapture;
import org.courtstats.support.MutableClock;
import org.courtstats.warehouse.Delivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.scheduling.support.CronExpression;

/**
 * The schedule's timing and its resilience, on a clock moved by hand: a waiter that "waits" by
 * setting the clock to the time asked for, so a year of runs takes no time.
 */
class MonthlyScheduleTest {

    static final ZoneId SHANGHAI = ZoneId.of(MonthlySchedule.DEFAULT_ZONE);
    static final CronExpression DEFAULT = CronExpression.parse(MonthlySchedule.DEFAULT_CRON);

    @TempDir
    Path inbox;

    final MutableClock clock = new MutableClock(Instant.parse("2024-12-20T00:00:00Z"), SHANGHAI);
    final List<YearMonth> imported = new ArrayList<>();
    LogCapture log;

    @BeforeEach
    void captureTheLog() {
        log = new LogCapture(MonthlySchedule.class);
    }

    @AfterEach
    void releaseTheLog() {
        log.close();
    }

    @Test
    void runsAtTwoOnTheThirdShanghaiTime() {
        MonthlySchedule schedule = schedule((period, dir) -> report(period, Delivery.PUBLISHED));

        assertThat(schedule.nextRuns(3)).extracting(ZonedDateTime::toOffsetDateTime).containsExactly(
                OffsetDateTime.parse("2025-01-03T02:00+08:00"),
                OffsetDateTime.parse("2025-02-03T02:00+08:00"),
                OffsetDateTime.parse("2025-03-03T02:00+08:00"));
        assertThat(schedule.nextRuns(1).get(0).toInstant()).as("18:00 UTC the day before")
                .isEqualTo(Instant.parse("2025-01-02T18:00:00Z"));
    }

    @Test
    void aMinuteBeforeTheTimeTheRunIsTheSameDay() {
        clock.set(ZonedDateTime.of(2025, 1, 3, 1, 59, 0, 0, SHANGHAI).toInstant());

        assertThat(schedule((period, dir) -> null).nextRuns(1).get(0))
                .isEqualTo(ZonedDateTime.of(2025, 1, 3, 2, 0, 0, 0, SHANGHAI));
    }

    @Test
    void importsThePreviousMonthAcrossTheYearBoundary() {
        assertThat(MonthlySchedule.periodOf(ZonedDateTime.of(2025, 1, 3, 2, 0, 0, 0, SHANGHAI)))
                .isEqualTo(YearMonth.of(2024, 12));
        assertThat(MonthlySchedule.periodOf(ZonedDateTime.of(2024, 3, 3, 2, 0, 0, 0, SHANGHAI)))
                .isEqualTo(YearMonth.of(2024, 2));
    }

    @Test
    void aFailedRunIsLoggedAndTheScheduleTriesAgainNextTime() throws Exception {
        Files.createDirectories(inbox.resolve("2024-12"));
        Files.createDirectories(inbox.resolve("2025-01"));
        MonthlySchedule schedule = new MonthlySchedule(DEFAULT, SHANGHAI, inbox, (period, dir) -> {
            imported.add(period);
            if (period.equals(YearMonth.of(2024, 12))) {
                throw new IllegalStateException("无法启动或连接数据库 jdbc:postgresql://db:5432/courtstats：Connection refused");
            }
            return report(period, Delivery.PUBLISHED);
        }, clock, waitingUpTo(2));

        schedule.run();

        assertThat(imported).containsExactly(YearMonth.of(2024, 12), YearMonth.of(2025, 1));
        assertThat(log.messages()).containsSubsequence(
                "INFO Next run at 2025-01-03T02:00+08:00[Asia/Shanghai]: import of 2024-12",
                "ERROR Scheduled import of 2024-12 failed: 无法启动或连接数据库 jdbc:postgresql://db:5432/courtstats：Connection refused",
                "INFO Scheduled import of 2024-12 ended: exit status 1 (failed: what was published before is unchanged; the next run retries)",
                "INFO Next run at 2025-02-03T02:00+08:00[Asia/Shanghai]: import of 2025-01",
                "INFO 2025-01: 宛城区法院_审判案件.csv published: 10 rows read, 9 loaded, 1 rejected, 0 skipped",
                "INFO 2025-01: 1 deliveries: 1 published, 0 refused, 0 held for review, 0 unchanged",
                "INFO Scheduled import of 2025-01 ended: exit status 0 (every delivery published or unchanged)",
                "INFO Schedule stopped");
    }

    @Test
    void aRunThatEndsFailedLogsWhyAndNotItsHalfDoneDeliveries() throws Exception {
        Files.createDirectories(inbox.resolve("2024-12"));
        ImportReport published = report(YearMonth.of(2024, 12), Delivery.PUBLISHED);
        MonthlySchedule schedule = schedule((period, dir) -> ImportReports.of(period, published.deliveries(),
                "FAILED: 宛城区法院_审判案件.csv: No space left on device"));

        MonthlySchedule.Outcome outcome = schedule.runOnce(ZonedDateTime.of(2025, 1, 3, 2, 0, 0, 0, SHANGHAI));

        assertThat(outcome).isEqualTo(MonthlySchedule.Outcome.FAILED);
        assertThat(log.messages()).contains(
                "ERROR Scheduled import of 2024-12 failed: FAILED: 宛城区法院_审判案件.csv: No space left on device")
                .noneMatch(line -> line.contains("rows read"));
    }

    @Test
    void aMissingMonthFolderIsAWarningAndNothingIsImported() throws Exception {
        MonthlySchedule schedule = schedule((period, dir) -> {
            imported.add(period);
            return report(period, Delivery.PUBLISHED);
        });

        MonthlySchedule.Outcome outcome = schedule.runOnce(ZonedDateTime.of(2025, 1, 3, 2, 0, 0, 0, SHANGHAI));

        assertThat(outcome).isEqualTo(MonthlySchedule.Outcome.NO_FOLDER);
        assertThat(imported).isEmpty();
        assertThat(log.messages()).contains("WARN Scheduled import of 2024-12: there is no folder "
                + inbox.resolve("2024-12") + "; nothing imported");
    }

    @Test
    void aRefusedDeliveryIsExitStatusThreeNotAFailure() throws Exception {
        Files.createDirectories(inbox.resolve("2024-12"));
        MonthlySchedule schedule = schedule((period, dir) -> report(period, Delivery.REFUSED));

        MonthlySchedule.Outcome outcome = schedule.runOnce(ZonedDateTime.of(2025, 1, 3, 2, 0, 0, 0, SHANGHAI));

        assertThat(outcome).isEqualTo(MonthlySchedule.Outcome.REFUSED);
        assertThat(log.messages()).contains(
                "WARN 2024-12: 宛城区法院_审判案件.csv refused (TOO_MANY_REJECTED): 10 rows read, 1 rejected",
                "INFO Scheduled import of 2024-12 ended: exit status 3 (some delivery refused or left for the next run,"
                        + " the others published: not a failure of the run)");
    }

    @Test
    void aDeliveryHeldForReviewIsExitStatusFourAndAWarning() throws Exception {
        Files.createDirectories(inbox.resolve("2024-12"));
        MonthlySchedule schedule = schedule((period, dir) -> report(period, Delivery.HELD));

        MonthlySchedule.Outcome outcome = schedule.runOnce(ZonedDateTime.of(2025, 1, 3, 2, 0, 0, 0, SHANGHAI));

        assertThat(outcome).isEqualTo(MonthlySchedule.Outcome.HELD);
        assertThat(log.messages()).contains(
                "WARN 2024-12: 宛城区法院_审判案件.csv held for review: loaded, not published; see `review --period 2024-12`,"
                        + " then `publish` or `publish --reject`",
                "INFO 2024-12: 1 deliveries: 0 published, 0 refused, 1 held for review, 0 unchanged",
                "INFO Scheduled import of 2024-12 ended: exit status 4 (some delivery held for review (review --period,"
                        + " then publish or publish --reject), the others published)");
    }

    @Test
    void theStopSignalEndsAWaitAtOnce() throws Exception {
        StopSignal stop = new StopSignal(clock);
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return stop.awaitUntil(Instant.parse("2025-01-02T18:00:00Z"));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        stop.stop();

        assertThat(waiting.get(10, TimeUnit.SECONDS)).as("stopped, not due").isFalse();
        assertThat(new StopSignal(clock).awaitUntil(clock.instant())).as("due now").isTrue();
    }

    MonthlySchedule schedule(MonthlySchedule.MonthImport monthImport) {
        return new MonthlySchedule(DEFAULT, SHANGHAI, inbox, monthImport, clock, waitingUpTo(0));
    }

    MonthlySchedule.Waiter waitingUpTo(int runs) {
        return waitingUpTo(runs, clock);
    }

    /** A waiter that lets {@code runs} times come (setting the clock to each), then says stop. */
    static MonthlySchedule.Waiter waitingUpTo(int runs, MutableClock clock) {
        int[] waits = {0};
        return time -> {
            if (waits[0]++ == runs) {
                return false;
            }
            clock.set(time);
            return true;
        };
    }

    static ImportReport report(YearMonth period, String status) {
        boolean refused = Delivery.REFUSED.equals(status);
        Delivery delivery = new Delivery(1, 1, period, "宛城区法院_审判案件.csv", "archive/x.csv", "ab", status, "CSV",
                "trial", "豫1302", 10, refused ? 0 : 9, 1, 0, 0, refused ? "TOO_MANY_REJECTED" : null, null, null);
        return ImportReports.of(period, List.of(new ImportReport.Line(delivery, false)), null);
    }
}
