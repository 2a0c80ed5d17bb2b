package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.courtstats.jobs.RestartPolicy.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;

/** What an import does with the last run of the same files, decided without a job repository. */
class RestartPolicyTest {

    @Test
    void noEarlierRunStartsOne() {
        assertThat(RestartPolicy.decide(null)).isEqualTo(Action.START);
    }

    @Test
    void aCompletedRunMeansTheFilesWereAlreadyImported() {
        assertThat(RestartPolicy.decide(ended(BatchStatus.COMPLETED))).isEqualTo(Action.ALREADY_IMPORTED);
    }

    @ParameterizedTest
    @EnumSource(value = BatchStatus.class, names = {"UNKNOWN", "ABANDONED"})
    void aRunSpringBatchCannotRestartIsReplacedByANewOne(BatchStatus status) {
        assertThat(RestartPolicy.decide(ended(status))).isEqualTo(Action.START_AS_REPLACEMENT);
    }

    @ParameterizedTest
    @EnumSource(value = BatchStatus.class, names = {"FAILED", "STOPPED"})
    void aFailedOrStoppedRunIsRestarted(BatchStatus status) {
        assertThat(RestartPolicy.decide(ended(status))).isEqualTo(Action.RESTART);
    }

    /** Under the month's lock a run that looks running was left so by a process that ended (kill -9). */
    @ParameterizedTest
    @EnumSource(value = BatchStatus.class, names = {"STARTING", "STARTED", "STOPPING"})
    void aRunLeftRunningIsRecoveredThenRestarted(BatchStatus status) {
        JobExecution killed = execution(status);
        killed.setStartTime(LocalDateTime.of(2024, 9, 3, 2, 0));

        assertThat(RestartPolicy.decide(killed)).isEqualTo(Action.RECOVER_THEN_RESTART);
    }

    private static JobExecution ended(BatchStatus status) {
        JobExecution execution = execution(status);
        execution.setStartTime(LocalDateTime.of(2024, 9, 3, 2, 0));
        execution.setEndTime(LocalDateTime.of(2024, 9, 3, 2, 5));
        return execution;
    }

    private static JobExecution execution(BatchStatus status) {
        JobExecution execution = new JobExecution(7L, new JobInstance(3L, "monthlyImport"), new JobParameters());
        execution.setStatus(status);
        return execution;
    }
}
