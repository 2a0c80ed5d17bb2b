package org.courtstats.jobs;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.courtstats.indicators.CourtIndicators;
import org.courtstats.indicators.IndicatorChange;
import org.courtstats.warehouse.DeliveryRepository;
import org.courtstats.warehouse.PeriodLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs an import — of a month's inbox folder, or of one court's deliveries (a rerun): checks that
 * there is something to import, holds the month's lock so that two imports of one month never
 * interleave, discovers the files ({@link RunDiscovery}: selected and hashed once, then handed to the
 * run) and the parameters that identify the run, and for a rerun compares the court's indicators
 * before and after. Whether the run starts, restarts what a crash interrupted
 * or finds the files already imported is {@link RestartPolicy}'s to decide and {@link ImportRuns}'s
 * to do; {@link RunReports} assembles the report.
 */
@Component
public class MonthlyImport {

    private static final Logger log = LoggerFactory.getLogger(MonthlyImport.class);

    private final Job monthlyImportJob;
    private final Job courtRerunJob;
    private final ImportRuns runs;
    private final RunReports reports;
    private final DeliveryRepository deliveries;
    private final RunDiscovery discovery;
    private final CourtIndicators indicators;
    private final DataSource dataSource;
    private final BigDecimal maxRejectedShare;
    private final StageTimes stageTimes;

    MonthlyImport(Job monthlyImportJob, Job courtRerunJob, ImportRuns runs, RunReports reports,
                  DeliveryRepository deliveries, RunDiscovery discovery, CourtIndicators indicators,
                  DataSource dataSource, @Value("${courtstats.import.max-rejected-share}") BigDecimal maxRejectedShare,
                  StageTimes stageTimes) {
        this.monthlyImportJob = monthlyImportJob;
        this.courtRerunJob = courtRerunJob;
        this.runs = runs;
        this.reports = reports;
        this.deliveries = deliveries;
        this.discovery = discovery;
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
            RunDiscovery.Discovered discovered = discovery.discover(draft);
            List<RunDiscovery.Found> files = discovered.files();
            if (files.isEmpty() && discovered.notices().stream().anyMatch(FileNotice::heldBack)) {
                log.info("{}: every file is still being written; nothing loaded", period);
                return new ImportReport(period, List.of(), 0, null).withNotices(discovered.notices());
            }
            if (files.isEmpty()) {
                throw new ImportException(nothingToLoad(request, inbox));
            }
            ImportParameters parameters = new ImportParameters(period, inbox, request.courtCode(), request.fromArchive(),
                    discovered.fingerprint(), draft.publishedState(), maxRejectedShare, draft.forced());
            List<IndicatorChange.Value> before = request.isRerun() ? indicators.of(period, request.courtCode()) : List.of();
            stageTimes.reset();
            ImportReport report = discovery.handingOver(period, discovered, () -> runLocked(period,
                    request.isRerun() ? courtRerunJob : monthlyImportJob, parameters.toJobParameters()));
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
        ImportRuns.Launch launch = runs.launch(period, job, parameters);
        return reports.of(period, launch.execution(), launch.alreadyImported());
    }
}
