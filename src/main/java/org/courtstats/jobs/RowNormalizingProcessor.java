package org.courtstats.jobs;

import org.courtstats.ingest.SourceRow;
import org.courtstats.normalize.NormalizedRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Normalises a delivery's rows with the normaliser its reader built from the header. */
class RowNormalizingProcessor implements ItemProcessor<SourceRow, NormalizedRow> {

    private final DeliveryUnderLoad current;

    RowNormalizingProcessor(DeliveryUnderLoad current) {
        this.current = current;
    }

    @Override
    public NormalizedRow process(SourceRow row) {
        return current.normalizer().normalize(row);
    }
}
