package org.courtstats.cli;

import org.courtstats.CourtstatsApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration;
import org.springframework.boot.batch.autoconfigure.BatchJobLauncherAutoConfiguration;
import org.springframework.boot.batch.autoconfigure.observation.BatchObservationAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The application as the commands that only read it start it ({@link Warehouse#startForReading}):
 * the same configuration, warehouse and schema migration as {@link CourtstatsApplication}, without
 * what only an import uses — the import job and its steps ({@code jobs}), the schedule, the
 * benchmark, Spring Batch and the task executors. Building those took about a second of every
 * {@code status}. Not a {@code @Configuration}, so that the full application's component scan does
 * not pick it up.
 */
@EnableAutoConfiguration(exclude = {BatchAutoConfiguration.class, BatchJdbcAutoConfiguration.class,
        BatchJobLauncherAutoConfiguration.class, BatchObservationAutoConfiguration.class,
        TaskExecutionAutoConfiguration.class, TaskSchedulingAutoConfiguration.class})
@ComponentScan(basePackageClasses = CourtstatsApplication.class, excludeFilters = {
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = CourtstatsApplication.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.courtstats\\.(jobs|schedule|benchmark)\\..*")})
final class ReadingApplication {

    private ReadingApplication() {
    }
}
