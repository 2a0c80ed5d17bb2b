package org.courtstats.jobs;

import org.courtstats.normalize.NormalizedRow;
import org.courtstats.warehouse.DeliveryRowWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk of one delivery's normalised rows (and row problems) to the warehouse, in the chunk's transaction. */
class DeliveryRowItemWriter implements ItemWriter<NormalizedRow> {

    private final long deliveryId;
    private final DeliveryRowWriter rows;
    private final DeliveryUnderLoad current;

    DeliveryRowItemWriter(long deliveryId, DeliveryRowWriter rows, DeliveryUnderLoad current) {
        this.deliveryId = deliveryId;
        this.rows = rows;
        this.current = current;
    }

    @Override
    public void write(Chunk<? extends NormalizedRow> chunk) throws Exception {
        for (NormalizedRow row : chunk.getItems()) {
            current.sent(row.caseNo());
        }
        rows.write(deliveryId, chunk.getItems(), current.duplicatesPossible());
    }
}
