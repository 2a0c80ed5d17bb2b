package org.courtstats.jobs;

import java.time.YearMonth;
import java.util.List;
import org.courtstats.indicators.IndicatorChange;
import org.courtstats.warehouse.Delivery;

/**
 * What an import did, delivery by delivery, for the command line and tests.
 *
 * @param deliveries     the deliveries this run registered, then the earlier ones whose bytes it found
 *                       unchanged ({@link Line#unchanged()})
 * @param jobExecutionId the run's job execution; 0 when no job ran (every file was held back)
 * @param failure        why the run failed (for operators), or null when it completed
 * @param changes        for a single-court rerun, that court's indicators before and after; empty otherwise
 * @param notices        the files of the folder that were not loaded, and why
 */
public record ImportReport(YearMonth period, List<Line> deliveries, long jobExecutionId, String failure,
                           List<IndicatorChange> changes, List<FileNotice> notices) {

    ImportReport(YearMonth period, List<Line> deliveries, long jobExecutionId, String failure) {
        this(period, deliveries, jobExecutionId, failure, List.of(), List.of());
    }

    ImportReport withChanges(List<IndicatorChange> indicatorChanges) {
        return new ImportReport(period, deliveries, jobExecutionId, failure, List.copyOf(indicatorChanges), notices);
    }

    ImportReport withNotices(List<FileNotice> fileNotices) {
        return new ImportReport(period, deliveries, jobExecutionId, failure, changes, List.copyOf(fileNotices));
    }

    /** A delivery and whether this run found it unchanged (already decided earlier, not reloaded). */
    public record Line(Delivery delivery, boolean unchanged) {
    }

    public boolean failed() {
        return failure != null;
    }

    /** Whether some delivery was refused, or held and then rejected by the statistician. */
    public boolean anyRefused() {
        return deliveries.stream().anyMatch(line -> Delivery.REFUSED.equals(line.delivery().status())
                || Delivery.REJECTED.equals(line.delivery().status()));
    }

    /**
     * Whether some delivery waits for the statistician's review (held, the slice published before
     * still in force): the command's exit status 4 says so, before any refusal's 3.
     */
    public boolean anyHeld() {
        return deliveries.stream().anyMatch(line -> line.delivery().isHeld());
    }

    /**
     * Whether some delivery of the run was not published: refused, or left for the next run. The
     * command's exit status 3 says so; the other deliveries are published all the same.
     */
    public boolean anyNotPublished() {
        return anyRefused() || anyHeldBack() || anyHeld();
    }

    /** Whether a file was left for the next run (still being written): the month is not complete yet. */
    public boolean anyHeldBack() {
        return notices.stream().anyMatch(FileNotice::heldBack);
    }
}
