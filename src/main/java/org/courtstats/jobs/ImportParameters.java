package org.courtstats.jobs;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What identifies an import run: the month, the inbox, a fingerprint of the files found (names and
 * checksums), what was published for the month when it started, and the refusal limit. The same
 * files after a crash give the same parameters, so the run restarts where it stopped; a changed file,
 * a month published differently since (an earlier version sent again must replace the current one),
 * or another limit give a new run. No incrementer: it would drop these parameters.
 */
record ImportParameters(YearMonth period, Path inbox, String courtCode, boolean fromArchive, String fingerprint,
                        String publishedState, BigDecimal maxRejectedShare, String forced) {

    static final String PERIOD = "period";
    static final String INBOX = "inbox";
    static final String FINGERPRINT = "deliveries";
    static final String PUBLISHED_STATE = "published";
    static final String MAX_REJECTED_SHARE = "maxRejectedShare";
    static final String COURT = "court";
    static final String SOURCE = "source";
    /**
     * The execution a run replaces when that one ended in a state Spring Batch will not restart
     * (UNKNOWN after a shutdown mid-step, ABANDONED): the same files then make a new run.
     */
    static final String REPLACES_EXECUTION = "replacesExecution";
    /** When a run was forced: a forced run is a new run, and it loads unchanged files again. */
    static final String FORCED = "forced";
    /** Job execution context key: ids of earlier deliveries whose bytes were found again. */
    static final String UNCHANGED_DELIVERIES = "unchangedDeliveries";
    /** Job execution context key: the files of the folder not loaded, and why ({@link FileNotice#encode}). */
    static final String FILE_NOTICES = "fileNotices";

    static ImportParameters of(JobParameters parameters) {
        String court = parameters.getString(COURT);
        return new ImportParameters(YearMonth.parse(parameters.getString(PERIOD)),
                Path.of(parameters.getString(INBOX)), court == null || court.isEmpty() ? null : court,
                "archive".equals(parameters.getString(SOURCE)), parameters.getString(FINGERPRINT),
                parameters.getString(PUBLISHED_STATE), new BigDecimal(parameters.getString(MAX_REJECTED_SHARE)),
                parameters.getString(FORCED));
    }

    JobParameters toJobParameters() {
        return new JobParametersBuilder()
                .addString(PERIOD, period.toString())
                .addString(INBOX, inbox.toAbsolutePath().normalize().toString())
                .addString(COURT, courtCode == null ? "" : courtCode)
                .addString(SOURCE, fromArchive ? "archive" : "inbox")
                .addString(FORCED, forced == null ? "" : forced)
                .addString(FINGERPRINT, fingerprint)
                .addString(PUBLISHED_STATE, publishedState)
                .addString(MAX_REJECTED_SHARE, maxRejectedShare.stripTrailingZeros().toPlainString())
                .toJobParameters();
    }

    boolean isForced() {
        return forced != null && !forced.isEmpty();
    }

    Path monthFolder() {
        return inbox.resolve(period.toString());
    }
}
