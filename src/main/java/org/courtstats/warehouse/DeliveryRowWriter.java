package org.courtstats.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.courtstats.normalize.NormalizedRow;
import org.courtstats.normalize.RowIssue;
import org.courtstats.vocabulary.CaseField;
import org.postgresql.PGConnection;
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
     * @param duplicatesPossible whether a case number may have come twice in the delivery so far
     *                           (recorded for publishing, which then checks the rows)
     */
    public void write(long deliveryId, List<? extends NormalizedRow> rows, boolean duplicatesPossible)
            throws SQLException {
        CopyText cases = caseText.get().clear();
        CopyText issues = issueText.get().clear();
        int loaded = 0;
        int skipped = 0;
        for (NormalizedRow row : rows) {
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
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            if (!cases.isEmpty()) {
                pg.getCopyAPI().copyIn(COPY_CASES, cases.stream());
            }
            if (!issues.isEmpty()) {
                pg.getCopyAPI().copyIn(COPY_ISSUES, issues.stream());
            }
        } catch (java.io.IOException e) {
            throw new SQLException("COPY of loaded rows failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        deliveries.addChunk(deliveryId, loaded, skipped, duplicatesPossible);
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
