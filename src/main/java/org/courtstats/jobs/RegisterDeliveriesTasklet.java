package org.courtstats.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.courtstats.warehouse.Delivery;
import org.courtstats.warehouse.DeliveryArchive;
import org.courtstats.warehouse.DeliveryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 1: registers each file of the run (the month's inbox folder, or one court's files for a rerun)
 * as a delivery and archives its bytes. A
 * file whose exact bytes are the month's published delivery (or were refused for what they contain)
 * is not loaded again: it is reported as unchanged. A second copy of the same bytes in the run is
 * registered once.
 */
class RegisterDeliveriesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RegisterDeliveriesTasklet.class);

    private final DeliveryRepository deliveries;
    private final DeliveryArchive archive;
    private final DeliverySources sources;

    RegisterDeliveriesTasklet(DeliveryRepository deliveries, DeliveryArchive archive, DeliverySources sources) {
        this.deliveries = deliveries;
        this.archive = archive;
        this.sources = sources;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        ImportParameters parameters = ImportParameters.of(step.getJobParameters());
        long jobInstanceId = step.getJobExecution().getJobInstanceId();
        List<Long> unchanged = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (DeliverySources.SourceFile source : sources.select(parameters)) {
            Path file = source.path();
            String sha256 = DeliveryArchive.sha256(file);
            if (!seen.add(sha256)) {
                log.info("{}: same bytes as another file of this run; loaded once", source.name());
                continue;
            }
            Optional<Delivery> earlier = parameters.isForced() ? Optional.empty()
                    : deliveries.sameBytesAlreadyDecided(parameters.period(), sha256, parameters.maxRejectedShare());
            if (earlier.isPresent()) {
                unchanged.add(earlier.get().id());
                log.info("{}: unchanged since delivery {} ({})", source.name(), earlier.get().id(), earlier.get().status());
                continue;
            }
            Path archived = archive.keep(file, sha256);
            long id = deliveries.register(jobInstanceId, parameters.period(), source.name(), file.toAbsolutePath(),
                    sha256, size(file), archived);
            log.info("{}: registered as delivery {}", source.name(), id);
        }
        step.getJobExecution().getExecutionContext().putString(ImportParameters.UNCHANGED_DELIVERIES,
                unchanged.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
        return RepeatStatus.FINISHED;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
