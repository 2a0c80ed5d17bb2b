package org.courtstats.jobs;

import java.nio.file.Path;
import org.courtstats.ingest.FileFormat;
import org.courtstats.ingest.ReadAheadCursor;
import org.courtstats.ingest.RowCursor;
import org.courtstats.ingest.SourceRow;
import org.courtstats.ingest.Spreadsheet;
import org.courtstats.ingest.Spreadsheets;
import org.courtstats.ingest.UnreadableFileException;
import org.courtstats.inspection.DeliveryInspector;
import org.courtstats.inspection.DeliveryRefusedException;
import org.courtstats.inspection.Inspection;
import org.courtstats.normalize.CaseNumberParser;
import org.courtstats.normalize.RowNormalizer;
import org.courtstats.vocabulary.ReferenceData;
import org.courtstats.vocabulary.RefusalCode;
import org.courtstats.warehouse.Delivery;
import org.courtstats.warehouse.DeliveryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data rows of one delivery (below its header), streamed from its archived copy, and the
 * normaliser its header calls for.
 *
 * <p>Opening inspects the delivery; a delivery refused there is marked so and has no rows. A file
 * that turns out to be unreadable part way ends its rows there and is refused whole when the month is
 * published.
 */
final class DeliveryRows implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRows.class);

    private final long deliveryId;
    private final DeliveryRepository deliveries;
    private Delivery delivery;
    private RowNormalizer normalizer;
    private Spreadsheet spreadsheet;
    private RowCursor cursor;
    private SourceRow pending;
    private boolean finished;
    /** Why the file could not be read to its end, until recorded. */
    private String brokeOff;

    private DeliveryRows(long deliveryId, DeliveryRepository deliveries) {
        this.deliveryId = deliveryId;
        this.deliveries = deliveries;
    }

    /**
     * Inspects the delivery and positions its rows after the first {@code alreadyRead} data rows (those
     * a failed load committed).
     */
    static DeliveryRows open(long deliveryId, DeliveryRepository deliveries, ReferenceData reference, int alreadyRead) {
        DeliveryRows rows = new DeliveryRows(deliveryId, deliveries);
        rows.inspect(reference);
        for (int i = 0; i < alreadyRead && rows.pending != null; i++) {
            rows.pending = rows.cursor.next();
        }
        return rows;
    }

    private void inspect(ReferenceData reference) {
        delivery = deliveries.get(deliveryId);
        if (!delivery.isRegistered()) {
            finished = true;
            return;
        }
        Path file = Path.of(delivery.archivePath());
        CaseNumberParser caseNumbers = new CaseNumberParser(reference.typeCodes());
        Inspection inspection;
        try {
            inspection = new DeliveryInspector(reference, caseNumbers).inspect(file, delivery.fileName(), delivery.period());
        } catch (DeliveryRefusedException refusal) {
            log.info("{}: refused ({})", delivery.fileName(), refusal.code());
            deliveries.markRefused(deliveryId, refusal.code(), refusal.getMessage(), refusal.courtCode(),
                    refusal.feed() == null ? null : refusal.feed().code());
            finished = true;
            return;
        }
        deliveries.markInspected(deliveryId, inspection);
        boolean workbook = inspection.format() == FileFormat.XLSX || inspection.format() == FileFormat.XLS;
        normalizer = new RowNormalizer(
                new RowNormalizer.Delivery(delivery.fileName(), workbook, delivery.period(), inspection.courtCode(),
                        inspection.header().feed()),
                inspection.header().bindings(), inspection.header().headersAsWritten(), caseNumbers, reference);
        spreadsheet = Spreadsheets.open(file);
        // Parsed on a thread of its own, beside the normalising and COPY of the rows before.
        cursor = new ReadAheadCursor(spreadsheet.rows(inspection.sheet()), "read-" + deliveryId);
        int lastHeaderRow = inspection.header().lastHeaderRow();
        do {
            pending = cursor.next();
        } while (pending != null && pending.rowNumber() <= lastHeaderRow);
    }

    /** The normaliser of this delivery's rows; null when it has none (refused, or not to be loaded). */
    RowNormalizer normalizer() {
        return normalizer;
    }

    /** @return the next data row, or null after the last (or at once, for a delivery without rows) */
    SourceRow next() {
        if (finished || pending == null) {
            return null;
        }
        SourceRow row = pending;
        try {
            pending = cursor.next();
        } catch (UnreadableFileException e) {
            // Refused when the month is published: the rows read so far are still to be written.
            log.info("{}: unreadable after row {}: to be refused", delivery.fileName(), row.rowNumber());
            brokeOff = e.getMessage();
            finished = true;
        }
        return row;
    }

    /**
     * Records, in the current transaction, that the file broke off part way (to be refused when the
     * month is published), if it did since the last call. Not done by {@link #next}: its caller may be
     * in the middle of a COPY on the transaction's connection, which takes no other statement.
     */
    void recordBreakOff() {
        if (brokeOff != null) {
            deliveries.refuseWhenPublishing(deliveryId, RefusalCode.UNREADABLE_FILE, brokeOff);
            brokeOff = null;
        }
    }

    /** Whether {@link #next} has rows left. */
    boolean hasNext() {
        return !finished && pending != null;
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
        }
        if (spreadsheet != null) {
            spreadsheet.close();
        }
    }
}
