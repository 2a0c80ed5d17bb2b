package org.courtstats.jobs;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Shows how far the load of a month's deliveries has got (rows read, share of the expected rows,
 * rows per second, time left) while it runs. Registered on the partitioned step
 * ({@code loadDeliveries}), whose start and end open and close a run's progress, and on its
 * partitions' step ({@code loadDelivery}), whose chunks count the rows, from as many threads as
 * deliveries load at once.
 */
@Component
class LoadProgressListener implements StepExecutionListener {

    /** A run's progress and when it is next due to be shown. */
    private record Run(LoadProgress progress, AtomicLong nextReport) {
    }

    private final RowsToLoad rowsToLoad;
    private final ProgressOutput output;
    private final Clock clock;
    /** By job execution: runs are independent, should two ever load at once in one process. */
    private final Map<Long, Run> runs = new ConcurrentHashMap<>();

    LoadProgressListener(RowsToLoad rowsToLoad, ProgressOutput output) {
        this.rowsToLoad = rowsToLoad;
        this.output = output;
        this.clock = Clock.systemUTC();
    }

    @Override
    public void beforeStep(StepExecution step) {
        if (isPartition(step)) {
            return;
        }
        YearMonth period = YearMonth.parse(step.getJobParameters().getString(ImportParameters.PERIOD));
        LoadProgress progress = new LoadProgress(period, rowsToLoad.of(step), clock);
        runs.put(step.getJobExecutionId(), new Run(progress, new AtomicLong(clock.millis() + output.interval().toMillis())));
    }

    /** Counts the rows of a chunk one of the partitions ({@code loadDelivery}) committed. */
    void chunkLoaded(StepExecution partition, int rows) {
        Run run = runs.get(partition.getJobExecutionId());
        if (run == null) {
            return;
        }
        run.progress().read(deliveryId(partition), rows);
        long now = clock.millis();
        long due = run.nextReport().get();
        // One thread shows it; the others carry on loading.
        if (now >= due && run.nextReport().compareAndSet(due, now + output.interval().toMillis())) {
            output.show(run.progress().snapshot());
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (isPartition(step)) {
            Run run = runs.get(step.getJobExecutionId());
            if (run != null) {
                run.progress().loaded(deliveryId(step));
            }
        } else {
            Run run = runs.remove(step.getJobExecutionId());
            if (run != null) {
                output.finished(run.progress().snapshot());
            }
        }
        return null;
    }

    private static boolean isPartition(StepExecution step) {
        return DeliveryPartitioner.loadedBy(step).isPresent();
    }

    private static long deliveryId(StepExecution partition) {
        return DeliveryPartitioner.loadedBy(partition).orElseThrow();
    }
}
