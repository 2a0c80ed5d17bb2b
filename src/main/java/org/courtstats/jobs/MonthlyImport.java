package org.courtstats.jobs;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.courtstats.indicators.CourtIndicators;
import org.courtstats.indicators.IndicatorChange;
import org.courtstats.warehouse.DeliveryArchive;
import org.courtstats.warehouse.DeliveryRepository;
import org.courtstats.warehouse.PeriodLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs an import — of a month's inbox folder, or of one court's deliveries (a rerun): starts the job,
 * or restarts the run that a crash interrupted (same files, same parameters: Spring Batch resumes from
 * its last committed chunk), or reports that these exact files were already imported. Holds the
 * month's lock so that two imports of one month never interleave.
 */
@Component
public class MonthlyImport {

    private static final Logger log = LoggerFactory.getLogger(MonthlyImport.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job monthlyImportJob;
    private final Job courtRerunJob;
    private final DeliveryRepository deliveries;
    private final DeliverySources sources;
    private final CourtIndicators indicators;
    private final DataSource dataSource;
    private final BigDecimal maxRejectedShare;
    private final StageTimes stageTimes;

    MonthlyImport(JobOperator jobOperator, JobRepository jobRepository, Job monthlyImportJob, Job courtRerunJob,
                  DeliveryRepository deliveries, DeliverySources sources, CourtIndicators indicators,
                  DataSource dataSource, @Value("${courtstats.import.max-rejected-share}") BigDecimal maxRejectedShare,
                  StageTimes stageTimes) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.monthlyImportJob = monthlyImportJob;
        this.courtRerunJob = courtRerunJob;
        this.deliveries = deliveries;
        this.sources = sources;
        this.indicators = indicators;
        this.dataSource = dataSource;
        this.maxRejectedShare = maxRejectedShare;
        this.stageTimes = stageTimes;
    }

    /**
     * Imports every delivery of the month's inbox folder.
     *
     * @throws ImportException when the month's folder is missing or empty, or another import of the
     *                         month is running
     */
    public ImportReport run(YearMonth period, Path inbox) {
        return run(ImportRequest.month(period, inbox));
    }

    /**
     * Imports what the request names: the month, or one court's deliveries of the month (from the
     * inbox or the archive). A rerun reports how that court's indicators changed.
     *
     * @throws ImportException when there is nothing to load, or another import of the month is running
     */
    public ImportReport run(ImportRequest request) {
        YearMonth period = request.period();
        Path inbox = request.inbox() == null ? Path.of("inbox") : request.inbox().toAbsolutePath().normalize();
        if (!request.fromArchive() && !Files.isDirectory(inbox.resolve(period.toString()))) {
            throw new ImportException("收件目录“" + inbox.resolve(period.toString()) + "”不存在。请把" + period
                    + "的报送文件放在收件目录下名为" + period + "的文件夹中（或用 --inbox 指定收件目录）。");
        }
        if (!request.fromArchive()) {
            InboxFileNames.check(inbox.resolve(period.toString()));
        }
        try (PeriodLock lock = PeriodLock.tryAcquire(dataSource, period)) {
            if (lock == null) {
                throw new ImportException("另一个导入或重算正在处理" + period + "，请等它结束后再运行。");
            }
            ImportParameters draft = new ImportParameters(period, inbox, request.courtCode(), request.fromArchive(), "",
                    deliveries.publishedState(period), maxRejectedShare,
                    request.force() ? Instant.now().toString() : "");
            DeliverySources.Selection selection = sources.select(draft);
            List<DeliverySources.SourceFile> files = selection.files();
            if (files.isEmpty() && selection.notices().stream().anyMatch(FileNotice::heldBack)) {
                log.info("{}: every file is still being written; nothing loaded", period);
                return new ImportReport(period, List.of(), 0, null).withNotices(selection.notices());
            }
            if (files.isEmpty()) {
                throw new ImportException(nothingToLoad(request, inbox));
            }
            ImportParameters parameters = new ImportParameters(period, inbox, request.courtCode(), request.fromArchive(),
                    fingerprint(files), draft.publishedState(), maxRejectedShare, draft.forced());
            List<IndicatorChange.Value> before = request.isRerun() ? indicators.of(period, request.courtCode()) : List.of();
            stageTimes.reset();
            ImportReport report = runLocked(period, request.isRerun() ? courtRerunJob : monthlyImportJob,
                    parameters.toJobParameters());
            log.info("{}: time by stage, summed over loading threads: {}", period, stageTimes.describe());
            if (!request.isRerun() || report.failed()) {
                return report;
            }
            return report.withChanges(IndicatorChange.between(before, indicators.of(period, request.courtCode())));
        } catch (SQLException e) {
            throw new ImportException("无法连接数据仓库：" + e.getMessage(), e);
        }
    }

    private static String nothingToLoad(ImportRequest request, Path inbox) {
        Path folder = inbox.resolve(request.period().toString());
        if (request.fromArchive()) {
            return "档案中没有" + request.courtCode() + "在" + request.period() + "的报送文件，无法从档案重新导入。";
        }
        if (request.isRerun()) {
            return "收件目录“" + folder + "”中没有" + request.courtCode() + "的报送文件（按文件名或案号识别），未做任何改动。";
        }
        return "收件目录“" + folder + "”中没有" + request.period() + "的报送文件，未做任何改动。";
    }

    private ImportReport runLocked(YearMonth period, Job job, JobParameters parameters) {
        JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
        JobExecution execution;
        try {
            if (last == null) {
                abandonUnfinishedRuns(period);
                execution = jobOperator.start(job, parameters);
            } else if (last.getStatus() == BatchStatus.COMPLETED) {
                log.info("{}: these files were already imported by job execution {}", period, last.getId());
                return report(period, last, true);
            } else if (last.getStatus() == BatchStatus.UNKNOWN || last.getStatus() == BatchStatus.ABANDONED) {
                // Spring Batch cannot restart these (an UNKNOWN step may have half-written outside its
                // transaction; our steps never do, but Batch cannot know). Start the same files afresh
                // as a new run that names the one it replaces; that run's deliveries are abandoned, and
                // its execution keeps its status in the history.
                log.warn("{}: job execution {} ended {} and cannot be restarted; starting the same files as a new run",
                        period, last.getId(), last.getStatus());
                abandonUnfinishedRuns(period);
                execution = jobOperator.start(job, new JobParametersBuilder(parameters)
                        .addString(ImportParameters.REPLACES_EXECUTION, String.valueOf(last.getId()))
                        .toJobParameters());
            } else {
                if (last.isRunning()) {
                    // We hold the month's lock, so the process that ran it is gone (killed).
                    log.warn("{}: job execution {} was left {} by a process that ended; recovering it",
                            period, last.getId(), last.getStatus());
                    last = jobOperator.recover(last);
                }
                log.info("{}: restarting job execution {} ({})", period, last.getId(), last.getStatus());
                execution = jobOperator.restart(last);
            }
        } catch (Exception e) {
            throw new ImportException("导入" + period + "未能启动：" + e.getMessage(), e);
        }
        return report(period, execution, false);
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

    private ImportReport report(YearMonth period, JobExecution execution, boolean allUnchanged) {
        List<ImportReport.Line> lines = new ArrayList<>();
        deliveries.ofJobInstance(execution.getJobInstanceId()).forEach(delivery ->
                lines.add(new ImportReport.Line(delivery, allUnchanged)));
        String unchanged = execution.getExecutionContext().containsKey(ImportParameters.UNCHANGED_DELIVERIES)
                ? execution.getExecutionContext().getString(ImportParameters.UNCHANGED_DELIVERIES) : "";
        Arrays.stream(unchanged.split(",")).filter(id -> !id.isEmpty())
                .forEach(id -> lines.add(new ImportReport.Line(deliveries.get(Long.parseLong(id)), true)));
        String failure = execution.getStatus() == BatchStatus.COMPLETED ? null : failureOf(execution);
        List<FileNotice> notices = execution.getExecutionContext().containsKey(ImportParameters.FILE_NOTICES)
                ? FileNotice.decode(execution.getExecutionContext().getString(ImportParameters.FILE_NOTICES)) : List.of();
        return new ImportReport(period, List.copyOf(lines), execution.getId(), failure).withNotices(notices);
    }

    /**
     * What went wrong, for operators: the innermost cause of each failed step, with the file it was
     * loading (the job-level "partition handler returned an unsuccessful step" says nothing).
     */
    private String failureOf(JobExecution execution) {
        List<String> causes = new ArrayList<>();
        for (var step : execution.getStepExecutions()) {
            for (Throwable failure : step.getFailureExceptions()) {
                Throwable root = failure;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                String where = step.getExecutionContext().containsKey(DeliveryPartitioner.DELIVERY_ID)
                        ? deliveries.get(step.getExecutionContext().getLong(DeliveryPartitioner.DELIVERY_ID)).fileName() + ": "
                        : step.getStepName() + ": ";
                String message = String.valueOf(root.getMessage());
                causes.add(where + (message.contains("No space left on device") ? "磁盘已满（" + message + "）" : message));
            }
        }
        if (causes.isEmpty()) {
            execution.getAllFailureExceptions().forEach(failure -> causes.add(failure.getMessage()));
        }
        return execution.getStatus() + ": " + String.join("; ", causes);
    }

    /**
     * Names and checksums of the files: what identifies the run. A file that cannot be read counts by
     * its name alone (the run refuses it); the checksums the run records are those of its own copies.
     */
    private static String fingerprint(List<DeliverySources.SourceFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (DeliverySources.SourceFile file : files) {
                String bytes;
                try {
                    bytes = DeliveryArchive.sha256(file.path());
                } catch (UncheckedIOException unreadable) {
                    bytes = "unreadable";
                }
                digest.update((file.name() + "\0" + bytes + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
