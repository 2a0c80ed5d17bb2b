package org.courtstats.jobs;

import java.nio.file.Path;
import java.time.YearMonth;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What identifies an import run: the month, the inbox, and a fingerprint of the files found (names
 * and checksums). The same files after a crash give the same parameters, so the run restarts where it
 * stopped; any changed file gives a new run. No incrementer: it would drop these parameters.
 */
record ImportParameters(YearMonth period, Path inbox, String fingerprint) {

    static final String PERIOD = "period";
    static final String INBOX = "inbox";
    static final String FINGERPRINT = "deliveries";
    /** Job execution context key: ids of earlier deliveries whose bytes were found again. */
    static final String UNCHANGED_DELIVERIES = "unchangedDeliveries";

    static ImportParameters of(JobParameters parameters) {
        return new ImportParameters(YearMonth.parse(parameters.getString(PERIOD)),
                Path.of(parameters.getString(INBOX)), parameters.getString(FINGERPRINT));
    }

    JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(PERIOD, period.toString())
                .addString(INBOX, inbox.toAbsolutePath().normalize().toString())
                .addString(FINGERPRINT, fingerprint)
                .toJobParameters();
    }

    Path monthFolder() {
        return inbox.resolve(period.toString());
    }
}
