package org.courtstats.jobs;

import org.courtstats.normalize.RowNormalizer;

/**
 * The state the reader, processor and writer of one delivery's load share (one instance per step
 * execution): the normaliser built from its header once the reader inspected it, and the case
 * numbers seen so far, which tell whether one may have been sent twice.
 */
class DeliveryUnderLoad {

    private RowNormalizer normalizer;
    private final CaseNumberSet caseNumbers = new CaseNumberSet();
    private boolean resumed;
    private boolean repeatSeen;

    void inspected(RowNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    RowNormalizer normalizer() {
        if (normalizer == null) {
            throw new IllegalStateException("The delivery's reader has not inspected it yet");
        }
        return normalizer;
    }

    /** The load continues a failed one: the rows it loaded before are not in {@link #caseNumbers}. */
    void resumed() {
        resumed = true;
    }

    /** Notes a row's case number (loaded or rejected: both count as occurrences, feeds.md). */
    void sent(String caseNumber) {
        if (caseNumber != null && !caseNumbers.add(caseNumber)) {
            repeatSeen = true;
        }
    }

    /** Whether some case number may occur twice among the rows sent so far. */
    boolean duplicatesPossible() {
        return resumed || repeatSeen;
    }
}
