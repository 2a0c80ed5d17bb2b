package org.courtstats.warehouse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courtstats.ingest.ColumnBinding;
import org.courtstats.inspection.Inspection;
import org.courtstats.vocabulary.RefusalCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads and records deliveries (staging.delivery). */
@Repository
public class DeliveryRepository {

    private static final String COLUMNS = "delivery_id, job_instance_id, period, file_name, archive_path, sha256, status,"
            + " file_format, feed, court_code, rows_read, rows_loaded, rows_rejected, rows_skipped, rows_warned,"
            + " refusal_code, refusal_reason, registered_at";
    private static final RowMapper<Delivery> MAPPER = DeliveryRepository::map;

    /**
     * The checksum recorded for a file that could not be read: no file's SHA-256 is all zeros, so no
     * later delivery is ever taken for the same bytes.
     */
    public static final String UNREAD_BYTES = "0".repeat(64);

    private final JdbcTemplate jdbc;

    DeliveryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Registers a file for a run; registering the same file again in the same run (a restart) returns
     * the existing delivery.
     *
     * @param archive the archived copy, or null for a file that could not be read
     */
    public long register(long jobInstanceId, YearMonth period, String fileName, Path source, String sha256,
                         long sizeBytes, Path archive) {
        jdbc.update("insert into staging.delivery (job_instance_id, period, file_name, source_path, sha256, size_bytes,"
                        + " archive_path) values (?, ?, ?, ?, ?, ?, ?) on conflict (job_instance_id, sha256, file_name) do nothing",
                jobInstanceId, Date.valueOf(period.atDay(1)), fileName, source.toString(), sha256, sizeBytes,
                archive == null ? null : archive.toString());
        return jdbc.queryForObject("select delivery_id from staging.delivery"
                + " where job_instance_id = ? and sha256 = ? and file_name = ?", Long.class, jobInstanceId, sha256, fileName);
    }

    /**
     * The delivery of the month with exactly these bytes whose fate loading them again would repeat:
     * the one published or held for review (or held and then rejected by the statistician), or one
     * refused for what the file contains. A refusal for too many rejected
     * rows is repeated only under the same limit; one for a duplicate file of the same run never is.
     */
    public Optional<Delivery> sameBytesAlreadyDecided(YearMonth period, String sha256, BigDecimal maxRejectedShare) {
        return jdbc.query("select " + COLUMNS + " from staging.delivery where period = ? and sha256 = ?"
                        + " and (status in ('published', 'held', 'rejected') or (status = 'refused' and refusal_code <> 'DUPLICATE_DELIVERY'"
                        + " and (refusal_code <> 'TOO_MANY_REJECTED' or rejected_share_limit = ?)))"
                        + " order by delivery_id desc limit 1",
                MAPPER, Date.valueOf(period.atDay(1)), sha256, maxRejectedShare).stream().findFirst();
    }

    /** What is published for the month, as a short fingerprint: a run's outcome depends on it. */
    public String publishedState(YearMonth period) {
        return jdbc.queryForObject("select coalesce(md5(string_agg(delivery_id::text, ',' order by delivery_id)), 'none')"
                + " from core.published_slice where period = ?", String.class,
                Date.valueOf(period.atDay(1)));
    }

    /**
     * Marks the deliveries of earlier runs of the month that never finished as abandoned and drops
     * their loaded rows: a run with other files has taken their place.
     *
     * @return the job instances whose runs were abandoned
     */
    public List<Long> abandonUnfinishedRuns(YearMonth period) {
        List<Long> instances = jdbc.queryForList("select distinct job_instance_id from staging.delivery"
                + " where period = ? and status = 'registered'", Long.class, Date.valueOf(period.atDay(1)));
        for (Long instance : instances) {
            jdbc.update("delete from core.case_row where delivery_id in (select delivery_id from staging.delivery"
                    + " where job_instance_id = ? and status = 'registered')", instance);
            jdbc.update("update staging.delivery set status = 'abandoned' where job_instance_id = ? and status = 'registered'",
                    instance);
        }
        return instances;
    }

    public List<Delivery> ofJobInstance(long jobInstanceId) {
        return jdbc.query("select " + COLUMNS + " from staging.delivery where job_instance_id = ?"
                        + " order by court_code nulls last, feed, file_name, delivery_id",
                MAPPER, jobInstanceId);
    }

    /**
     * A court's latest delivery of each feed for the month (published, held, refused, rejected or
     * superseded: the bytes that were last judged), as kept in the archive.
     */
    public List<Delivery> latestOfCourt(YearMonth period, String courtCode) {
        return jdbc.query("select distinct on (feed) " + COLUMNS + " from staging.delivery"
                        + " where period = ? and court_code = ? and feed is not null and archive_path is not null"
                        + " and status in ('published', 'held', 'refused', 'rejected', 'superseded') order by feed, delivery_id desc",
                MAPPER, Date.valueOf(period.atDay(1)), courtCode);
    }

    /** The month's deliveries held for review, of one court (and one feed, unless null). */
    public List<Delivery> held(YearMonth period, String courtCode, String feed) {
        return jdbc.query("select " + COLUMNS + " from staging.delivery where period = ? and court_code = ?"
                        + " and (?::text is null or feed = ?) and status = 'held' order by feed, delivery_id",
                MAPPER, Date.valueOf(period.atDay(1)), courtCode, feed, feed);
    }

    public Delivery get(long deliveryId) {
        return jdbc.queryForObject("select " + COLUMNS + " from staging.delivery where delivery_id = ?", MAPPER, deliveryId);
    }

    public void markInspected(long deliveryId, Inspection inspection) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (ColumnBinding binding : inspection.header().bindings()) {
            headers.put(binding.spec().field().column(), binding.header());
        }
        jdbc.update("update staging.delivery set file_format = ?, sheet_name = ?, header_row = ?, feed = ?, court_code = ?,"
                        + " column_headers = ?::jsonb, unknown_columns = ?, ignored_sheets = ? where delivery_id = ?",
                inspection.format().label(), inspection.sheet().name(), inspection.header().headerRow(),
                inspection.header().feed().code(), inspection.courtCode(), toJson(headers),
                inspection.header().unknownColumns().toArray(String[]::new),
                inspection.ignoredSheets().toArray(String[]::new), deliveryId);
    }

    public void markRefused(long deliveryId, RefusalCode code, String reason) {
        markRefused(deliveryId, code, reason, null, null);
    }

    /** Refuses a delivery before loading it, recording the court and feed when they could be told. */
    public void markRefused(long deliveryId, RefusalCode code, String reason, String courtCode, String feed) {
        jdbc.update("update staging.delivery set status = 'refused', refusal_code = ?, refusal_reason = ?, loaded_at = now(),"
                        + " court_code = coalesce(court_code, ?), feed = coalesce(feed, ?)"
                        + " where delivery_id = ? and status = 'registered'",
                code.name(), reason, courtCode, feed, deliveryId);
    }

    /**
     * Records a refusal found while loading (the file breaks off part way); the delivery stays
     * registered until publishing refuses it, after its last chunk is written. Runs in the chunk's
     * transaction, so it holds exactly when that chunk does.
     */
    public void refuseWhenPublishing(long deliveryId, RefusalCode code, String reason) {
        jdbc.update("update staging.delivery set refusal_code = ?, refusal_reason = ? where delivery_id = ?",
                code.name(), reason, deliveryId);
    }

    /** Counts totals, notes and out-of-window rows; called inside the chunk's transaction. */
    /** Counts a chunk's rows, in the chunk's transaction: a restart counts only what it loads again. */
    public void addChunk(long deliveryId, int loaded, int skipped, boolean duplicatesPossible) {
        jdbc.update("update staging.delivery set rows_loaded = rows_loaded + ?, rows_skipped = rows_skipped + ?,"
                + " duplicates_possible = ? where delivery_id = ?", loaded, skipped, duplicatesPossible, deliveryId);
    }

    private static String toJson(Map<String, String> map) {
        StringBuilder json = new StringBuilder("{");
        map.forEach((key, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(key).append("\":\"").append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        });
        return json.append('}').toString();
    }

    private static Delivery map(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getLong("delivery_id"), rs.getLong("job_instance_id"),
                YearMonth.from(rs.getDate("period").toLocalDate()), rs.getString("file_name"),
                rs.getString("archive_path"), rs.getString("sha256"), rs.getString("status"),
                rs.getString("file_format"), rs.getString("feed"), rs.getString("court_code"),
                rs.getInt("rows_read"), rs.getInt("rows_loaded"), rs.getInt("rows_rejected"),
                rs.getInt("rows_skipped"), rs.getInt("rows_warned"), rs.getString("refusal_code"),
                rs.getString("refusal_reason"), rs.getObject("registered_at", OffsetDateTime.class));
    }
}
