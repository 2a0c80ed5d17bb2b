package org.courtstats.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.courtstats.ingest.RowEstimate;
import org.courtstats.warehouse.Delivery;
import org.courtstats.warehouse.DeliveryRepository;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * What a run's load has to read, for its progress report: the deliveries the partitioner will load,
 * each with an estimate of its rows. When the run is a restart, Spring Batch's record of the earlier
 * attempts says what each delivery already read: a delivery loaded completely counts with exactly
 * that (it is not loaded again), one interrupted part way with what it committed.
 */
@Component
class RowsToLoad {

    private final DeliveryRepository deliveries;
    private final JobRepository jobRepository;

    RowsToLoad(DeliveryRepository deliveries, JobRepository jobRepository) {
        this.deliveries = deliveries;
        this.jobRepository = jobRepository;
    }

    /** @param loadStep the execution of the partitioned load step, before its partitions start */
    List<LoadProgress.Expected> of(StepExecution loadStep) {
        JobExecution run = loadStep.getJobExecution();
        Map<Long, StepExecution> earlier = earlierPartitions(run);
        List<LoadProgress.Expected> expected = new ArrayList<>();
        for (Delivery delivery : deliveries.ofJobInstance(run.getJobInstanceId())) {
            if (!delivery.isRegistered()) {
                continue;
            }
            StepExecution before = earlier.get(delivery.id());
            long alreadyRead = before == null ? 0 : before.getExecutionContext().getInt(LoadDeliveryTasklet.ROWS_READ, 0);
            long rows = before != null && before.getStatus() == BatchStatus.COMPLETED
                    ? alreadyRead : RowEstimate.of(Path.of(delivery.archivePath()));
            expected.add(new LoadProgress.Expected(delivery.id(), rows, alreadyRead));
        }
        return expected;
    }

    /** The latest partition execution of each delivery in the run's earlier attempts. */
    private Map<Long, StepExecution> earlierPartitions(JobExecution run) {
        Map<Long, StepExecution> latest = new HashMap<>();
        for (JobExecution attempt : jobRepository.getJobExecutions(run.getJobInstance())) {
            if (attempt.getId() == run.getId()) {
                continue;
            }
            for (StepExecution step : attempt.getStepExecutions()) {
                DeliveryPartitioner.loadedBy(step).ifPresent(delivery ->
                        latest.merge(delivery, step, (a, b) -> a.getId() > b.getId() ? a : b));
            }
        }
        return latest;
    }
}
