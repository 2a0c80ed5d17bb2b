package org.courtstats.jobs;

import java.time.YearMonth;
import java.util.List;

/** Import reports as an import returns them, for tests of what consumes them outside this package. */
public final class ImportReports {

    private ImportReports() {
    }

    /** @param failure why the run failed, or null when it completed */
    public static ImportReport of(YearMonth period, List<ImportReport.Line> deliveries, String failure) {
        return new ImportReport(period, deliveries, 1, failure);
    }
}
