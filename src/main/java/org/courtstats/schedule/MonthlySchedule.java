package org.courtstats.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.courtstats.jobs.ImportReport;
import org.courtstats.warehouse.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * Imports the previous month from the inbox on a cron schedule (by default 02:00 on the 3rd, China
 * Standard Time), for as long as it runs: wait for the next time, import, log what came of it, wait
 * again. A run that fails (the warehouse down, a bug, anything thrown) is logged and the schedule
 * carries on: the next time is the retry, and an import that was interrupted resumes where it
 * stopped (Spring Batch restart).
 *
 * <p>Time comes from a {@link Clock} and waiting from a {@link Waiter}, so that tests move time by
 * hand instead of waiting for it.
 */
public final class MonthlySchedule {

    /** 02:00 on the 3rd: courts deliver in the first two days of the month. */
    public static final String DEFAULT_CRON = "0 0 2 3 * *";
    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    private static final Logger log = LoggerFactory.getLogger(MonthlySchedule.class);

    /** Imports a month's inbox folder, as {@code import} does ({@code MonthlyImport.run}). */
    @FunctionalInterface
    public interface MonthImport {
        ImportReport run(YearMonth period, Path inbox);
    }

    /** Waits for the time of the next run. */
    @FunctionalInterface
    public interface Waiter {
        /** @return false when the schedule was asked to stop before {@code time} came */
        boolean awaitUntil(Instant time) throws InterruptedException;
    }

    /** What a run came to, with the exit status {@code import} gives for the same outcome. */
    public enum Outcome {
        PUBLISHED(0, "every delivery published or unchanged"),
        REFUSED(3, "some delivery refused or left for the next run, the others published: not a failure of the run"),
        HELD(4, "some delivery held for review (review --period, then publish or publish --reject), the others published"),
        NO_FOLDER(1, "no folder for the month in the inbox: nothing imported"),
        FAILED(1, "failed: what was published before is unchanged; the next run retries");

        private final int exitStatus;
        private final String meaning;

        Outcome(int exitStatus, String meaning) {
            this.exitStatus = exitStatus;
            this.meaning = meaning;
        }

        public int exitStatus() {
            return exitStatus;
        }

        public String meaning() {
            return meaning;
        }
    }

    private final CronExpression cron;
    private final ZoneId zone;
    private final Path inbox;
    private final MonthImport monthImport;
    private final Clock clock;
    private final Waiter waiter;

    public MonthlySchedule(CronExpression cron, ZoneId zone, Path inbox, MonthImport monthImport, Clock clock,
                           Waiter waiter) {
        this.cron = cron;
        this.zone = zone;
        this.inbox = inbox;
        this.monthImport = monthImport;
        this.clock = clock;
        this.waiter = waiter;
    }

    /** The month a run imports: the one before the month it runs in (in the schedule's zone). */
    public static YearMonth periodOf(ZonedDateTime runTime) {
        return YearMonth.from(runTime).minusMonths(1);
    }

    /** The next {@code count} run times from now; fewer when the expression stops firing. */
    public List<ZonedDateTime> nextRuns(int count) {
        List<ZonedDateTime> runs = new ArrayList<>();
        for (ZonedDateTime time = cron.next(now()); time != null && runs.size() < count; time = cron.next(time)) {
            runs.add(time);
        }
        return runs;
    }

    /** Runs at every time of the schedule until the waiter says to stop. */
    public void run() throws InterruptedException {
        log.info("Schedule started: cron '{}' in {}, inbox {}", cron, zone, inbox);
        for (ZonedDateTime due = cron.next(now()); due != null; due = cron.next(now())) {
            log.info("Next run at {}: import of {}", due, periodOf(due));
            if (!waiter.awaitUntil(due.toInstant())) {
                break;
            }
            runOnce(due);
        }
        log.info("Schedule stopped");
    }

    /** The run due at {@code due}: imports the month before, logs how it went, never throws. */
    public Outcome runOnce(ZonedDateTime due) {
        YearMonth period = periodOf(due);
        Path folder = inbox.resolve(period.toString());
        log.info("Scheduled import of {} (due {}) started from {}", period, due, folder);
        Outcome outcome;
        if (!Files.isDirectory(folder)) {
            log.warn("Scheduled import of {}: there is no folder {}; nothing imported", period, folder);
            outcome = Outcome.NO_FOLDER;
        } else {
            try {
                ImportReport report = monthImport.run(period, inbox);
                if (report.failed()) {
                    // Its deliveries are half-way (registered, not decided): the failure says it all.
                    log.error("Scheduled import of {} failed: {}", period, report.failure());
                    outcome = Outcome.FAILED;
                } else {
                    logDeliveries(report);
                    outcome = report.anyHeld() ? Outcome.HELD : report.anyNotPublished() ? Outcome.REFUSED : Outcome.PUBLISHED;
                }
            } catch (RuntimeException e) {
                log.error("Scheduled import of {} failed: {}", period,
                        e.getMessage() != null ? e.getMessage() : e.getClass().getName(), e);
                outcome = Outcome.FAILED;
            }
        }
        log.info("Scheduled import of {} ended: exit status {} ({})", period, outcome.exitStatus(), outcome.meaning());
        return outcome;
    }

    private static void logDeliveries(ImportReport report) {
        int published = 0;
        int refused = 0;
        int unchanged = 0;
        int held = 0;
        for (ImportReport.Line line : report.deliveries()) {
            Delivery d = line.delivery();
            if (d.isHeld()) {
                held++;
                log.warn("{}: {} held for review{}: loaded, not published; see `review --period {}`, then `publish`"
                        + " or `publish --reject`", report.period(), d.fileName(), line.unchanged() ? " (still)" : "",
                        report.period());
                continue;
            }
            if (line.unchanged()) {
                unchanged++;
            } else if (Delivery.PUBLISHED.equals(d.status())) {
                published++;
            } else if (Delivery.REFUSED.equals(d.status())) {
                refused++;
                log.warn("{}: {} refused ({}): {} rows read, {} rejected", report.period(), d.fileName(),
                        d.refusalCode(), d.rowsRead(), d.rowsRejected());
                continue;
            }
            log.info("{}: {} {}{}: {} rows read, {} loaded, {} rejected, {} skipped", report.period(), d.fileName(),
                    d.status(), line.unchanged() ? " (unchanged)" : "", d.rowsRead(), d.rowsLoaded(),
                    d.rowsRejected(), d.rowsSkipped());
        }
        log.info("{}: {} deliveries: {} published, {} refused, {} held for review, {} unchanged", report.period(),
                report.deliveries().size(), published, refused, held, unchanged);
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(zone);
    }
}
