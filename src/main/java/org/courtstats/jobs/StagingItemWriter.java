package org.courtstats.jobs;

import org.courtstats.normalize.NormalizedRow;
import org.courtstats.warehouse.StagingWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk of one delivery's normalised rows to staging, in the chunk's transaction. */
class StagingItemWriter implements ItemWriter<NormalizedRow> {

    private final long deliveryId;
    private final StagingWriter staging;

    StagingItemWriter(long deliveryId, StagingWriter staging) {
        this.deliveryId = deliveryId;
        this.staging = staging;
    }

    @Override
    public void write(Chunk<? extends NormalizedRow> chunk) throws Exception {
        staging.write(deliveryId, chunk.getItems());
    }
}
