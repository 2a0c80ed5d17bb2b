package org.courtstats.jobs;

import org.courtstats.normalize.NormalizedRow;
import org.courtstats.warehouse.DeliveryRowWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk of one delivery's normalised rows (and row problems) to the warehouse, in the chunk's transaction. */
class DeliveryRowItemWriter implements ItemWriter<NormalizedRow> {

    private final long deliveryId;
    private final DeliveryRowWriter staging;

    DeliveryRowItemWriter(long deliveryId, DeliveryRowWriter staging) {
        this.deliveryId = deliveryId;
        this.staging = staging;
    }

    @Override
    public void write(Chunk<? extends NormalizedRow> chunk) throws Exception {
        staging.write(deliveryId, chunk.getItems());
    }
}
