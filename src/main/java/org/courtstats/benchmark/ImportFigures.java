package org.courtstats.benchmark;

import java.time.Duration;
import java.util.Map;
import org.courtstats.jobs.StageTimes;

/**
 * What one timed import did.
 *
 * @param rowsRead      data rows read from the files (loaded + rejected + skipped)
 * @param rowsLoaded    rows published
 * @param allPublished  whether every delivery was published (none refused)
 * @param wallNanos     from asking for the import to its report: register, load, publish, indicators
 * @param stepNanos     wall time of each job step, by step name
 * @param stages        time by stage, summed over the loading threads
 * @param peakHeapBytes the most heap in use at once during the import
 * @param rowsByCourt   rows read per court (法院代字), fewest first
 * @param jvmCpuNanos   CPU used by this JVM during the import (all its threads)
 * @param loadCpuNanos  CPU used by the threads that loaded the deliveries
 * @param serverCpuNanos CPU used by PostgreSQL during the import, or negative when unknown
 */
record ImportFigures(String label, int threads, long rowsRead, long rowsLoaded, boolean allPublished, long wallNanos,
                     Map<String, Long> stepNanos, Map<StageTimes.Stage, Duration> stages, long peakHeapBytes,
                     Map<String, Long> rowsByCourt, long jvmCpuNanos, long loadCpuNanos,
                     long serverCpuNanos) {

    Rate endToEnd() {
        return new Rate(rowsRead, wallNanos);
    }

    long step(String name) {
        return stepNanos.getOrDefault(name, 0L);
    }
}
