package org.courtstats.jobs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.courtstats.ingest.Messages;
import org.courtstats.vocabulary.RefusalCode;
import org.courtstats.warehouse.Delivery;
import org.courtstats.warehouse.DeliveryArchive;
import org.courtstats.warehouse.DeliveryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1: registers each file the run was launched on ({@link RunDiscovery}: the month's inbox
 * folder, or one court's files for a rerun) as a delivery and archives its bytes; the load reads the
 * archived copy, which holds the bytes found (bytes archived already are not copied again). A file
 * whose exact bytes are the month's published delivery (or were refused for what they contain) is
 * not loaded again: it is reported as unchanged. A second copy of the same bytes in the run is
 * registered once. A file that changes while it is copied, or since it was found, is left for the
 * next run; one that cannot be read is refused alone. What was left out is kept in the job's
 * context for the report.
 */
class RegisterDeliveriesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RegisterDeliveriesTasklet.class);

    private final DeliveryRepository deliveries;
    private final DeliveryArchive archive;
    private final RunDiscovery discovery;

    RegisterDeliveriesTasklet(DeliveryRepository deliveries, DeliveryArchive archive, RunDiscovery discovery) {
        this.deliveries = deliveries;
        this.archive = archive;
        this.discovery = discovery;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        ImportParameters parameters = ImportParameters.of(step.getJobParameters());
        long jobInstanceId = step.getJobExecution().getJobInstanceId();
        List<Long> unchanged = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        RunDiscovery.Discovered discovered = discovery.handedOverFor(parameters);
        List<FileNotice> notices = new ArrayList<>(discovered.notices());
        for (RunDiscovery.Found source : discovered.files()) {
            Path file = source.path();
            if (source.unreadable() != null) {
                refuseUnreadable(jobInstanceId, parameters, source, source.unreadable());
                continue;
            }
            DeliveryArchive.Kept kept;
            try {
                kept = archive.keep(file, source.sha256());
            } catch (DeliveryArchive.SourceChangedException changing) {
                log.warn("{}: changed while it was read, left for the next run ({})", source.name(), changing.getMessage());
                notices.add(FileNotice.heldBack(source.name(), "读取过程中文件大小或修改时间发生了变化，可能仍在上传，"
                        + "本次未导入，留待下次运行；文件传完后重新运行即可导入"));
                continue;
            } catch (DeliveryArchive.UnreadableSourceException unreadable) {
                refuseUnreadable(jobInstanceId, parameters, source, (IOException) unreadable.getCause());
                continue;
            }
            if (!seen.add(kept.sha256())) {
                log.info("{}: same bytes as another file of this run; loaded once", source.name());
                continue;
            }
            // A repaired archive file means every earlier decision on these bytes was taken on others.
            Optional<Delivery> earlier = parameters.isForced() || kept.repaired() ? Optional.empty()
                    : deliveries.sameBytesAlreadyDecided(parameters.period(), kept.sha256(), parameters.maxRejectedShare());
            if (earlier.isPresent()) {
                unchanged.add(earlier.get().id());
                log.info("{}: unchanged since delivery {} ({})", source.name(), earlier.get().id(), earlier.get().status());
                continue;
            }
            long id = deliveries.register(jobInstanceId, parameters.period(), source.name(), file.toAbsolutePath(),
                    kept.sha256(), kept.size(), kept.path());
            log.info("{}: registered as delivery {}", source.name(), id);
        }
        notices.forEach(notice -> log.info("{}: not loaded: {}", notice.fileName(), notice.reason()));
        step.getJobExecution().getExecutionContext().putString(ImportParameters.UNCHANGED_DELIVERIES,
                unchanged.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
        step.getJobExecution().getExecutionContext().putString(ImportParameters.FILE_NOTICES, FileNotice.encode(notices));
        return RepeatStatus.FINISHED;
    }

    /**
     * A file the account running courtstats may not read is refused alone, so that the rest of the
     * month is published. Its bytes are unknown: it is recorded under no checksum, which no file has,
     * so it is read again next time.
     */
    private void refuseUnreadable(long jobInstanceId, ImportParameters parameters, RunDiscovery.Found source,
                                  IOException unreadable) {
        Path file = source.path();
        log.warn("{}: cannot be read, refused: {}", source.name(), unreadable.toString());
        long id = deliveries.register(jobInstanceId, parameters.period(), source.name(), file.toAbsolutePath(),
                DeliveryRepository.UNREAD_BYTES, sizeOrZero(file), null);
        String why = unreadable instanceof AccessDeniedException ? "没有读取权限" : "读取出错：" + unreadable.getMessage();
        deliveries.markRefused(id, RefusalCode.UNREADABLE_FILE, Messages.file(source.name()) + "无法读取（" + why
                + "），本次未导入，本院该月已发布的数据不变。请让运行 courtstats 的账户能够读取该文件"
                + "（例如 chmod o+r 或更改文件属主），然后重新导入。");
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
