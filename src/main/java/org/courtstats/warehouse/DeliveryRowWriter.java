package org.courtstats.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.courtstats.normalize.NormalizedRow;
import org.courtstats.normalize.RowIssue;
import org.courtstats.vocabulary.CaseField;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Bulk-loads a delivery's normalised rows into core.case_row, and the problems found in its rows
 * into staging.row_issue, with COPY on the connection of the current
 * transaction: when the chunk's transaction rolls back, so does its COPY, and a restart reloads
 * exactly the rows that were not committed.
 */
@Component
public class DeliveryRowWriter {

    /**
     * The case columns of core.case_row after its lineage (delivery, sheet, row), in CaseField order;
     * then extra, the fields a feed declares beyond them.
     */
    public static final String CASE_COLUMNS = Arrays.stream(CaseField.values()).map(CaseField::column)
            .collect(Collectors.joining(", "));
    private static final String COPY_CASES = "copy core.case_row (delivery_id, sheet_name, row_number, "
            + CASE_COLUMNS + ", extra) from stdin";
    private static final String COPY_ISSUES = "copy staging.row_issue (delivery_id, sheet_name, row_number, field,"
            + " header, raw_value, reason_code, severity, message, case_no, raw_row) from stdin";

    private final DataSource dataSource;
    private final DeliveryRepository deliveries;
    /**
     * Each loading thread reuses its buffers from chunk to chunk: a new megabyte for every chunk
     * (zeroed, then copied when it grew) cost a tenth of the load threads' time.
     */
    private final ThreadLocal<CopyText> caseText = ThreadLocal.withInitial(() -> new CopyText(1 << 20));
    private final ThreadLocal<CopyText> issueText = ThreadLocal.withInitial(() -> new CopyText(1 << 12));

    DeliveryRowWriter(DataSource dataSource, DeliveryRepository deliveries) {
        this.dataSource = dataSource;
        this.deliveries = deliveries;
    }

    /**
     * Starts writing one chunk of a delivery's rows on the connection of the current transaction.
     * Rows are sent to the server while the caller goes on normalising the next ones, so that
     * PostgreSQL parses and stores a chunk while it is being made instead of after. Finish it with
     * {@link StagedChunk#finish}; closing it unfinished cancels its COPY (the transaction then rolls
     * back with nothing of the chunk in it).
     */
    public StagedChunk begin(long deliveryId) {
        return new StagedChunk(deliveryId, DataSourceUtils.getConnection(dataSource));
    }

    /** One chunk's rows on their way into core.case_row, and their problems into staging.row_issue. */
    public final class StagedChunk implements AutoCloseable {

        /** What is sent to the server at a time: large enough that each write costs little, small enough to overlap. */
        private static final int SEND_BYTES = 1 << 17;

        private final long deliveryId;
        private final Connection connection;
        private final CopyText cases = caseText.get().clear();
        private final CopyText issues = issueText.get().clear();
        private CopyIn copy;
        private int loaded;
        private int skipped;

        private StagedChunk(long deliveryId, Connection connection) {
            this.deliveryId = deliveryId;
            this.connection = connection;
        }

        /** Adds a row: its case if it was loaded, its problems in any case. */
        public void add(NormalizedRow row) throws SQLException {
            switch (row.outcome()) {
                case LOADED -> {
                    appendCase(cases, deliveryId, row);
                    loaded++;
                }
                case SKIPPED_NOT_DATA, SKIPPED_OUT_OF_WINDOW -> skipped++;
                case REJECTED -> { }
            }
            for (RowIssue issue : row.issues()) {
                appendIssue(issues, deliveryId, row, issue);
            }
            if (cases.size() >= SEND_BYTES) {
                send();
            }
        }

        /**
         * Ends the chunk's COPY, writes its row problems and counts its rows, in the chunk's transaction.
         *
         * @param duplicatesPossible whether a case number may have come twice in the delivery so far
         *                           (recorded for publishing, which then checks the rows)
         */
        public void finish(boolean duplicatesPossible) throws SQLException {
            if (!cases.isEmpty()) {
                send();
            }
            if (copy != null) {
                copy.endCopy();
                copy = null;
            }
            if (!issues.isEmpty()) {
                try {
                    pg().getCopyAPI().copyIn(COPY_ISSUES, issues.stream());
                } catch (java.io.IOException e) {
                    throw new SQLException("COPY of row problems failed: " + e.getMessage(), e);
                }
            }
            deliveries.addChunk(deliveryId, loaded, skipped, duplicatesPossible);
        }

        private void send() throws SQLException {
            if (copy == null) {
                copy = pg().getCopyAPI().copyIn(COPY_CASES);
            }
            cases.sendTo(copy);
            cases.clear();
        }

        private PGConnection pg() throws SQLException {
            return connection.unwrap(PGConnection.class);
        }

        @Override
        public void close() throws SQLException {
            try {
                if (copy != null && copy.isActive()) {
                    copy.cancelCopy();
                }
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }

    private static void appendCase(CopyText copy, long deliveryId, NormalizedRow row) {
        copy.value(deliveryId).value(row.source().sheet()).value(row.source().rowNumber());
        for (Object value : row.record().values()) {
            copy.value(value);
        }
        copy.value(row.record().extraJson());
        copy.endLine();
    }

    private static void appendIssue(CopyText copy, long deliveryId, NormalizedRow row, RowIssue issue) {
        copy.value(deliveryId).value(row.source().sheet()).value(row.source().rowNumber())
                .value(issue.fieldCode())
                .value(issue.header()).value(issue.rawValue()).value(issue.reason().name())
                .value(issue.isError() ? "error" : "warning").value(issue.message())
                .value(row.caseNo()).value(row.rawRow())
                .endLine();
    }
}
