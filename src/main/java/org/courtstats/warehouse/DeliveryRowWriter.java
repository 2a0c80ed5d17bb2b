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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Bulk-loads a delivery's normalised rows into core.case_row (binary COPY: see {@link CopyBinary}),
 * and the problems found in its rows into staging.row_issue (COPY text), on the connection of the current
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
    private static final String CASE_ROW_COLUMNS = "delivery_id, sheet_name, row_number, " + CASE_COLUMNS + ", extra";
    private static final String COPY_CASES = "copy core.case_row (" + CASE_ROW_COLUMNS + ") from stdin with (format binary)";
    /** The types of the columns COPY_CASES names, in its order. */
    private static final String COLUMN_TYPES = "select format_type(a.atttypid, null) from unnest(string_to_array(?, ', '))"
            + " with ordinality as c(name, position) join pg_attribute a on a.attrelid = 'core.case_row'::regclass"
            + " and a.attname = c.name order by c.position";
    /** Summarises the pages of core.case_row that its BRIN index has not summarised yet. */
    static final String SUMMARIZE_NEW_PAGES = "select brin_summarize_new_values('core.case_row_delivery_brin')";
    private static final String COPY_ISSUES = "copy staging.row_issue (delivery_id, sheet_name, row_number, field,"
            + " header, raw_value, reason_code, severity, message, case_no, raw_row) from stdin";

    private final DataSource dataSource;
    private final DeliveryRepository deliveries;
    /**
     * Each loading thread reuses its buffers from chunk to chunk: a new megabyte for every chunk
     * (zeroed, then copied when it grew) cost a tenth of the load threads' time.
     */
    private final ThreadLocal<CopyBinary> caseRows = ThreadLocal.withInitial(() -> new CopyBinary(1 << 18));
    private final ThreadLocal<CopyText> issueText = ThreadLocal.withInitial(() -> new CopyText(1 << 12));

    /** Read from the warehouse when first needed: binary COPY must send each value as its column's type. */
    private volatile CopyBinary.ColumnType[] columnTypes;

    DeliveryRowWriter(DataSource dataSource, DeliveryRepository deliveries) {
        this.dataSource = dataSource;
        this.deliveries = deliveries;
    }

    private CopyBinary.ColumnType[] columnTypes() {
        CopyBinary.ColumnType[] types = columnTypes;
        if (types == null) {
            types = new JdbcTemplate(dataSource)
                    .queryForList(COLUMN_TYPES, String.class, CASE_ROW_COLUMNS).stream()
                    .map(CopyBinary.ColumnType::of).toArray(CopyBinary.ColumnType[]::new);
            if (types.length != CASE_ROW_COLUMNS.split(", ").length) {
                throw new IllegalStateException("core.case_row lacks some of the columns " + CASE_ROW_COLUMNS);
            }
            columnTypes = types;
        }
        return types;
    }

    /**
     * Starts writing one chunk of a delivery's rows on the connection of the current transaction.
     * Rows are sent to the server while the caller goes on normalising the next ones, so that
     * PostgreSQL parses and stores a chunk while it is being made instead of after. Finish it with
     * {@link StagedChunk#finish}; closing it unfinished cancels its COPY (the transaction then rolls
     * back with nothing of the chunk in it).
     */
    public StagedChunk begin(long deliveryId) {
        return new StagedChunk(deliveryId, columnTypes(), DataSourceUtils.getConnection(dataSource));
    }

    /**
     * Summarises, in the index that finds a delivery's rows (BRIN), the pages loaded since it was last
     * summarised, on the connection of the current transaction. Called when a delivery's last rows are
     * in, so that a month's summaries are made while its other deliveries load, not all at once when
     * it is published ({@link SlicePublisher#indexLoadedRows} then finds little or nothing left).
     */
    public void summarizeLoadedRows() {
        new JdbcTemplate(dataSource).queryForObject(SUMMARIZE_NEW_PAGES, Integer.class);
    }

    /** One chunk's rows on their way into core.case_row, and their problems into staging.row_issue. */
    public final class StagedChunk implements AutoCloseable {

        /** What is sent to the server at a time: large enough that each write costs little, small enough to overlap. */
        private static final int SEND_BYTES = 1 << 17;

        private final long deliveryId;
        private final CopyBinary.ColumnType[] types;
        private final Connection connection;
        private final CopyBinary cases = caseRows.get().clear();
        private final CopyText issues = issueText.get().clear();
        private CopyIn copy;
        private int loaded;
        private int skipped;

        private StagedChunk(long deliveryId, CopyBinary.ColumnType[] types, Connection connection) {
            this.deliveryId = deliveryId;
            this.types = types;
            this.connection = connection;
        }

        /** Adds a row: its case if it was loaded, its problems in any case. */
        public void add(NormalizedRow row) throws SQLException {
            switch (row.outcome()) {
                case LOADED -> {
                    appendCase(cases, types, deliveryId, row);
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
            if (loaded > 0) {
                cases.end();
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

    private static void appendCase(CopyBinary copy, CopyBinary.ColumnType[] types, long deliveryId, NormalizedRow row) {
        Object[] values = row.record().values();
        copy.row(types.length)
                .value(deliveryId, types[0]).value(row.source().sheet(), types[1]).value(row.source().rowNumber(), types[2]);
        for (int i = 0; i < values.length; i++) {
            copy.value(values[i], types[3 + i]);
        }
        copy.value(row.record().extraJson(), types[types.length - 1]);
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
