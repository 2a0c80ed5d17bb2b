package org.courtstats.jobs;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * What an import does with its files given the last run of the same job with the same parameters
 * (the same files, the same published state): start, report that they were already imported,
 * restart the interrupted run, or start afresh where Spring Batch cannot restart. Decided alone,
 * without touching the job repository, so that the policy can be read and tested in one place; the
 * caller holds the month's lock, which is why a run that looks running is known to be left over.
 */
final class RestartPolicy {

    enum Action {
        /** No run had these parameters: start one (after abandoning the month's unfinished runs). */
        START,
        /** These exact files were imported by a completed run: report it, change nothing. */
        ALREADY_IMPORTED,
        /**
         * The run ended UNKNOWN or ABANDONED, which Spring Batch cannot restart (an UNKNOWN step may
         * have half-written outside its transaction; ours never do, but Batch cannot know): start the
         * same files as a new run that names the one it replaces.
         */
        START_AS_REPLACEMENT,
        /** The run looks running, but we hold the month's lock, so its process ended: recover, then restart. */
        RECOVER_THEN_RESTART,
        /** The run failed or was stopped: restart it from its last committed chunk. */
        RESTART
    }

    private RestartPolicy() {
    }

    /** @param last the last execution with the same job and parameters, or null when there is none */
    static Action decide(JobExecution last) {
        if (last == null) {
            return Action.START;
        }
        BatchStatus status = last.getStatus();
        if (status == BatchStatus.COMPLETED) {
            return Action.ALREADY_IMPORTED;
        }
        if (status == BatchStatus.UNKNOWN || status == BatchStatus.ABANDONED) {
            return Action.START_AS_REPLACEMENT;
        }
        return last.isRunning() ? Action.RECOVER_THEN_RESTART : Action.RESTART;
    }
}
