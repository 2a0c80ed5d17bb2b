package org.courtstats.jobs;

import java.time.YearMonth;
import java.util.List;
import org.courtstats.indicators.IndicatorChange;
import org.courtstats.warehouse.Delivery;

/**
 * What an import did, delivery by delivery, for the command line and tests.
 *
 * @param deliveries the deliveries this run registered, then the earlier ones whose bytes it found
 *                   unchanged ({@link Line#unchanged()})
 * @param failure    why the run failed (for operators), or null when it completed
 * @param changes    for a single-court rerun, that court's indicators before and after; empty otherwise
 */
public record ImportReport(YearMonth period, List<Line> deliveries, long jobExecutionId, String failure,
                           List<IndicatorChange> changes) {

    ImportReport(YearMonth period, List<Line> deliveries, long jobExecutionId, String failure) {
        this(period, deliveries, jobExecutionId, failure, List.of());
    }

    ImportReport withChanges(List<IndicatorChange> indicatorChanges) {
        return new ImportReport(period, deliveries, jobExecutionId, failure, List.copyOf(indicatorChanges));
    }

    /** A delivery and whether this run found it unchanged (already decided earlier, not reloaded). */
    public record Line(Delivery delivery, boolean unchanged) {
    }

    public boolean failed() {
        return failure != null;
    }

    public boolean anyRefused() {
        return deliveries.stream().anyMatch(line -> Delivery.REFUSED.equals(line.delivery().status()));
    }
}
