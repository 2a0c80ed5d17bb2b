package org.courtstats.jobs;

import java.nio.file.Path;
import org.courtstats.ingest.FileFormat;
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
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the data rows of one delivery (below its header), from its archived copy.
 *
 * <p>On open it inspects the delivery; a delivery refused there is marked so and yields no rows. Its
 * position (rows read) is saved with every committed chunk, so a restart skips exactly the rows
 * whose chunk was committed. A file that turns out to be unreadable part way ends its rows there and
 * is refused whole when the month is published.
 */
class DeliveryRowReader implements ItemStreamReader<SourceRow> {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRowReader.class);
    /** Execution context key: the rows read and committed, which a restart skips. */
    static final String ROWS_READ = "rows.read";

    private final long deliveryId;
    private final DeliveryUnderLoad current;
    private final DeliveryRepository deliveries;
    private final ReferenceData reference;

    private Delivery delivery;
    private Spreadsheet spreadsheet;
    private RowCursor cursor;
    private SourceRow pending;
    private int rowsRead;
    private boolean finished;

    DeliveryRowReader(long deliveryId, DeliveryUnderLoad current, DeliveryRepository deliveries,
                      ReferenceData reference) {
        this.deliveryId = deliveryId;
        this.current = current;
        this.deliveries = deliveries;
        this.reference = reference;
    }

    @Override
    public void open(ExecutionContext context) {
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
        current.inspected(new RowNormalizer(
                new RowNormalizer.Delivery(delivery.fileName(), workbook, delivery.period(), inspection.courtCode(),
                        inspection.header().feed()),
                inspection.header().bindings(), inspection.header().headersAsWritten(), caseNumbers, reference));
        spreadsheet = Spreadsheets.open(file);
        cursor = spreadsheet.rows(inspection.sheet());
        int lastHeaderRow = inspection.header().lastHeaderRow();
        do {
            pending = cursor.next();
        } while (pending != null && pending.rowNumber() <= lastHeaderRow);
        int alreadyLoaded = context.getInt(ROWS_READ, 0);
        if (alreadyLoaded > 0) {
            current.resumed();
        }
        for (int i = 0; i < alreadyLoaded && pending != null; i++) {
            pending = cursor.next();
        }
        rowsRead = alreadyLoaded;
    }

    @Override
    public SourceRow read() {
        if (finished || pending == null) {
            return null;
        }
        SourceRow row = pending;
        try {
            pending = cursor.next();
        } catch (UnreadableFileException e) {
            // Refused when the month is published: the rows of this chunk are still to be written.
            log.info("{}: unreadable after row {}: to be refused", delivery.fileName(), row.rowNumber());
            deliveries.refuseWhenPublishing(deliveryId, RefusalCode.UNREADABLE_FILE, e.getMessage());
            finished = true;
        }
        rowsRead++;
        return row;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(ROWS_READ, rowsRead);
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
