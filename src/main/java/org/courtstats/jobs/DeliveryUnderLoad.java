package org.courtstats.jobs;

import org.courtstats.normalize.RowNormalizer;

/**
 * The state the reader, processor and writer of one delivery's load share (one instance per step
 * execution): which delivery, and the normaliser built from its header once the reader inspected it.
 */
class DeliveryUnderLoad {

    private RowNormalizer normalizer;

    void inspected(RowNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    RowNormalizer normalizer() {
        if (normalizer == null) {
            throw new IllegalStateException("The delivery's reader has not inspected it yet");
        }
        return normalizer;
    }
}
