package org.courtstats.jobs;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;
import org.courtstats.warehouse.DeliveryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Carries out {@link RestartPolicy} on the job repository: starts, restarts, recovers and abandons
 * runs of an import. Called under the month's lock.
 */
@Component
class ImportRuns {

    private static final Logger log = LoggerFactory.getLogger(ImportRuns.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final DeliveryRepository deliveries;

    ImportRuns(JobOperator jobOperator, JobRepository jobRepository, DeliveryRepository deliveries) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.deliveries = deliveries;
    }

    /**
     * The execution of the run on these parameters: the one it started or restarted, or, when
     * {@link Launch#alreadyImported()}, the completed one that imported these files before.
     *
     * @throws ImportException when the job could not be started
     */
    Launch launch(YearMonth period, Job job, JobParameters parameters) {
        JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
        try {
            return switch (RestartPolicy.decide(last)) {
                case START -> {
                    abandonUnfinishedRuns(period);
                    yield new Launch(jobOperator.start(job, parameters), false);
                }
                case ALREADY_IMPORTED -> {
                    log.info("{}: these files were already imported by job execution {}", period, last.getId());
                    yield new Launch(last, true);
                }
                case START_AS_REPLACEMENT -> {
                    log.warn("{}: job execution {} ended {} and cannot be restarted; starting the same files as a new run",
                            period, last.getId(), last.getStatus());
                    abandonUnfinishedRuns(period);
                    yield new Launch(jobOperator.start(job, new JobParametersBuilder(parameters)
                            .addString(ImportParameters.REPLACES_EXECUTION, String.valueOf(last.getId()))
                            .toJobParameters()), false);
                }
                case RECOVER_THEN_RESTART -> {
                    log.warn("{}: job execution {} was left {} by a process that ended; recovering it",
                            period, last.getId(), last.getStatus());
                    yield new Launch(restart(period, jobOperator.recover(last)), false);
                }
                case RESTART -> new Launch(restart(period, last), false);
            };
        } catch (Exception e) {
            throw new ImportException("导入" + period + "未能启动：" + e.getMessage(), e);
        }
    }

    /** The execution an import ran (or found), and whether it only found these files imported before. */
    record Launch(JobExecution execution, boolean alreadyImported) {
    }

    private JobExecution restart(YearMonth period, JobExecution last) throws Exception {
        log.info("{}: restarting job execution {} ({})", period, last.getId(), last.getStatus());
        return jobOperator.restart(last);
    }

    /**
     * Earlier runs of the month that failed and whose files have changed since will never be
     * restarted: abandon them (Spring Batch then refuses to restart them) and their deliveries.
     * Also a run killed after its publishing committed, before Spring Batch recorded its end: none of
     * its deliveries is left registered, and what it published changed the month's published state,
     * so the same command gets new parameters and a new run; without this the killed run would show
     * as running for ever. Every job of this application runs under its month's lock, which we hold,
     * so a run of the month that looks running was left so by a process that ended.
     */
    private void abandonUnfinishedRuns(YearMonth period) {
        Set<Long> instances = new LinkedHashSet<>(deliveries.abandonUnfinishedRuns(period));
        for (String jobName : jobRepository.getJobNames()) {
            jobRepository.findRunningJobExecutions(jobName).stream()
                    .filter(running -> period.toString().equals(running.getJobParameters().getString(ImportParameters.PERIOD)))
                    .forEach(running -> instances.add(running.getJobInstanceId()));
        }
        for (Long instanceId : instances) {
            JobExecution unfinished = jobRepository.getLastJobExecution(jobRepository.getJobInstance(instanceId));
            if (unfinished == null || unfinished.getStatus() == BatchStatus.COMPLETED) {
                continue;
            }
            try {
                if (unfinished.isRunning()) {
                    unfinished = jobOperator.recover(unfinished);
                }
                jobOperator.abandon(unfinished);
                log.info("{}: abandoned job execution {}, left unfinished; this run takes its place", period, unfinished.getId());
            } catch (Exception e) {
                log.warn("{}: could not abandon job execution {}: {}", period, unfinished.getId(), e.getMessage());
            }
        }
    }
}
