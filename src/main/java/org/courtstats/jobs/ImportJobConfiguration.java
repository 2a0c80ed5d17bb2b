package org.courtstats.jobs;

import org.courtstats.indicators.IndicatorCalculator;
import org.courtstats.review.DeliveryReview;
import org.courtstats.warehouse.DeliveryArchive;
import org.courtstats.warehouse.DeliveryRepository;
import org.courtstats.warehouse.DeliveryRowWriter;
import org.courtstats.warehouse.ReferenceDataRepository;
import org.courtstats.warehouse.SlicePublisher;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The monthly import (and the single-court rerun, on fewer files), in step order: register the month's files, load each delivery (in parallel,
 * one partition per file) into core.case_row, where its rows wait unpublished, then publish the deliveries and recompute the month's
 * indicators in one transaction. Every step runs on the real transaction manager, so a failed chunk's
 * COPY rolls back with it and a restart resumes from the last committed chunk.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobConfiguration {

    static final String JOB_NAME = "monthlyImport";
    static final String RERUN_JOB_NAME = "courtRerun";

    @Bean
    Step registerDeliveries(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            DeliveryRepository deliveries, DeliveryArchive archive, RunDiscovery discovery) {
        return new StepBuilder("registerDeliveries", jobRepository)
                .tasklet(new RegisterDeliveriesTasklet(deliveries, archive, discovery), transactionManager)
                .build();
    }

    @Bean
    @StepScope
    DeliveryPartitioner deliveryPartitioner(DeliveryRepository deliveries,
                                            @Value("#{stepExecution.jobExecution.jobInstanceId}") long jobInstanceId) {
        return new DeliveryPartitioner(deliveries, jobInstanceId);
    }

    @Bean
    @StepScope
    LoadDeliveryTasklet loadDeliveryTasklet(@Value("#{stepExecution.stepName}") String partition,
                                            DeliveryRepository deliveries, ReferenceDataRepository reference,
                                            DeliveryRowWriter rows, StageTimes stageTimes,
                                            LoadProgressListener loadProgress,
                                            @Value("${courtstats.import.chunk-rows}") int chunkRows) {
        return new LoadDeliveryTasklet(DeliveryPartitioner.deliveryOf(partition), chunkRows, deliveries,
                reference.load(), rows, stageTimes, loadProgress);
    }

    @Bean
    Step loadDelivery(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      LoadDeliveryTasklet loadDeliveryTasklet, LoadProgressListener loadProgress,
                      StageTimes stageTimes) {
        return new StepBuilder("loadDelivery", jobRepository)
                .tasklet(loadDeliveryTasklet, transactionManager)
                .stream(loadDeliveryTasklet)
                .listener((StepExecutionListener) loadProgress)
                .listener((StepExecutionListener) stageTimes)
                .build();
    }

    @Bean
    Step loadDeliveries(JobRepository jobRepository, Step loadDelivery, DeliveryPartitioner deliveryPartitioner,
                        @Value("${courtstats.import.parallel-deliveries}") int parallelDeliveries,
                        LoadProgressListener loadProgress) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("load-");
        executor.setConcurrencyLimit(parallelDeliveries > 0 ? parallelDeliveries : Runtime.getRuntime().availableProcessors());
        return new StepBuilder("loadDeliveries", jobRepository)
                .partitioner("loadDelivery", deliveryPartitioner)
                .step(loadDelivery)
                .taskExecutor(executor)
                .listener(loadProgress)
                .build();
    }

    @Bean
    Step publishMonth(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      DeliveryRepository deliveries, SlicePublisher publisher, IndicatorCalculator indicators,
                      DeliveryReview review, StageTimes stageTimes) {
        return new StepBuilder("publishMonth", jobRepository)
                .tasklet(new PublishMonthTasklet(deliveries, publisher, indicators, review, stageTimes), transactionManager)
                .build();
    }

    @Bean
    Job monthlyImportJob(JobRepository jobRepository, Step registerDeliveries, Step loadDeliveries, Step publishMonth) {
        return registerLoadPublish(JOB_NAME, jobRepository, registerDeliveries, loadDeliveries, publishMonth);
    }

    /**
     * The single-court rerun: the same steps on one court's deliveries (its cost grows with that
     * court's data); publishing still recomputes the whole city, since rankings move for everyone.
     */
    @Bean
    Job courtRerunJob(JobRepository jobRepository, Step registerDeliveries, Step loadDeliveries, Step publishMonth) {
        return registerLoadPublish(RERUN_JOB_NAME, jobRepository, registerDeliveries, loadDeliveries, publishMonth);
    }

    /** Both jobs are the same three steps; only the files the first one registers differ. */
    private static Job registerLoadPublish(String name, JobRepository jobRepository, Step registerDeliveries,
                                           Step loadDeliveries, Step publishMonth) {
        return new JobBuilder(name, jobRepository)
                .start(registerDeliveries)
                .next(loadDeliveries)
                .next(publishMonth)
                .build();
    }
}
