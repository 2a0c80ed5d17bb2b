package org.courtstats.jobs;

import org.courtstats.ingest.SourceRow;
import org.courtstats.normalize.NormalizedRow;
import org.courtstats.normalize.RowNormalizer;
import org.courtstats.vocabulary.ReferenceData;
import org.courtstats.warehouse.DeliveryRepository;
import org.courtstats.warehouse.DeliveryRowWriter;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Loads one delivery into core.case_row, one chunk of rows per call, each call in a transaction of
 * its own: read a row, normalise it, send it on to the chunk's COPY, and so on to the chunk's end,
 * so that PostgreSQL stores the chunk while the next rows are being read. The rows read are saved
 * with every committed chunk (Spring Batch updates this stream's context in the chunk's transaction),
 * so a restart skips exactly the rows whose chunk was committed.
 *
 * <p>A tasklet rather than Spring Batch's item-by-item chunk step: the per-item machinery around each
 * row (listeners, scoped proxies, lists of items) cost a quarter of the loading threads' time, and the
 * chunk step writes a chunk only after all its rows are processed, which left the server idle while
 * the JVM worked and the JVM idle while the server stored the chunk.
 */
class LoadDeliveryTasklet implements Tasklet, ItemStream {

    /** Execution context key: the rows read and committed, which a restart skips. */
    static final String ROWS_READ = "rows.read";

    private final long deliveryId;
    private final int chunkSize;
    private final DeliveryRepository deliveries;
    private final ReferenceData reference;
    private final DeliveryRowWriter writer;
    private final StageTimes stageTimes;
    private final LoadProgressListener progress;

    private DeliveryRows rows;
    private int rowsRead;
    /** Case numbers seen so far (loaded or rejected: both count as occurrences, feeds.md). */
    private final CaseNumberSet caseNumbers = new CaseNumberSet();
    /** Whether some case number may occur twice among the rows sent so far. */
    private boolean duplicatesPossible;

    LoadDeliveryTasklet(long deliveryId, int chunkSize, DeliveryRepository deliveries, ReferenceData reference,
                        DeliveryRowWriter writer, StageTimes stageTimes, LoadProgressListener progress) {
        this.deliveryId = deliveryId;
        this.chunkSize = chunkSize;
        this.deliveries = deliveries;
        this.reference = reference;
        this.writer = writer;
        this.stageTimes = stageTimes;
        this.progress = progress;
    }

    @Override
    public void open(ExecutionContext context) {
        rowsRead = context.getInt(ROWS_READ, 0);
        // The rows a failed load committed are not in caseNumbers: publishing must check for repeats.
        duplicatesPossible = rowsRead > 0;
        rows = DeliveryRows.open(deliveryId, deliveries, reference, rowsRead);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RowNormalizer normalizer = rows.normalizer();
        if (normalizer == null || !rows.hasNext()) {
            return RepeatStatus.FINISHED;
        }
        int read = 0;
        long readNanos = 0;
        long normalizeNanos = 0;
        long started = System.nanoTime();
        try (DeliveryRowWriter.StagedChunk chunk = writer.begin(deliveryId)) {
            while (read < chunkSize) {
                long before = System.nanoTime();
                SourceRow row = rows.next();
                long afterRead = System.nanoTime();
                readNanos += afterRead - before;
                if (row == null) {
                    break;
                }
                read++;
                contribution.incrementReadCount();
                NormalizedRow normalized = normalizer.normalize(row);
                normalizeNanos += System.nanoTime() - afterRead;
                if (normalized.caseNo() != null && !caseNumbers.add(normalized.caseNo())) {
                    duplicatesPossible = true;
                }
                chunk.add(normalized);
            }
            chunk.finish(duplicatesPossible);
        }
        if (!rows.hasNext()) {
            writer.summarizeLoadedRows();
        }
        rows.recordBreakOff();
        stageTimes.add(StageTimes.Stage.READ, readNanos);
        stageTimes.add(StageTimes.Stage.NORMALIZE, normalizeNanos);
        stageTimes.add(StageTimes.Stage.STAGE, System.nanoTime() - started - readNanos - normalizeNanos);
        rowsRead += read;
        progress.chunkLoaded(chunkContext.getStepContext().getStepExecution(), read);
        return rows.hasNext() ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(ROWS_READ, rowsRead);
    }

    @Override
    public void close() {
        if (rows != null) {
            rows.close();
        }
    }
}
