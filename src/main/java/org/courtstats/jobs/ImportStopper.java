package org.courtstats.jobs;

import java.time.YearMonth;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Asks Spring Batch to stop a month's running import (or single-court rerun), so that a process told to shut down leaves
 * cleanly: the load stops after its current chunk, the run ends STOPPED without publishing (a run
 * already publishing finishes: that step is one transaction), and the next import of the same files
 * resumes it.
 */
@Component
public class ImportStopper {

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;

    ImportStopper(JobRepository jobRepository, JobOperator jobOperator) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
    }

    /**
     * Call it while this process imports the month: it holds the month's lock, so the month's running
     * import is its own.
     *
     * @return whether a running import of the month was asked to stop
     */
    public boolean stop(YearMonth period) {
        boolean asked = false;
        for (String job : List.of(ImportJobConfiguration.JOB_NAME, ImportJobConfiguration.RERUN_JOB_NAME)) {
            for (JobExecution execution : jobRepository.findRunningJobExecutions(job)) {
                if (period.toString().equals(execution.getJobParameters().getString(ImportParameters.PERIOD))) {
                    try {
                        asked |= jobOperator.stop(execution);
                    } catch (JobExecutionNotRunningException e) {
                        // It ended in the meantime: nothing left to stop.
                    }
                }
            }
        }
        return asked;
    }
}
