package org.courtstats.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the status command shows: a month's deliveries, the courts and feeds with nothing published
 * for it, and the last runs as Spring Batch recorded them. Reads the mart's views and Batch's
 * tables; writes nothing.
 */
@Repository
public class StatusReport {

    /** The declared feeds (core.feed) in the order courts and statisticians list them. */
    private static final String FEED_ORDER = "array(select feed_code::text from core.feed order by display_order)";

    private final JdbcTemplate jdbc;

    StatusReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One delivery file received for the month, in any state. */
    public record DeliveryLine(String courtCode, String courtShortName, String feed, String fileName, String status,
                               int rowsRead, int rowsLoaded, int rowsRejected, int rowsSkipped, int rowsWarned,
                               OffsetDateTime loadedAt, String refusalReason, long deliveryId) {
    }

    /**
     * A court and feed with no published delivery for the month; {@code received} is the state of
     * what the court did send (held for review, refused, or registered while an import runs), null when nothing came.
     */
    public record MissingSlice(String courtCode, String courtShortName, String feed, String received) {
    }

    /**
     * A job execution: one run of an import (a restart is another execution of the same run).
     *
     * @param refusedDeliveries the deliveries of the run that were refused: a run Spring Batch calls
     *                          COMPLETED ended with exit status 3 when there are some
     */
    public record Run(long executionId, String jobName, String period, LocalDateTime startTime,
                      LocalDateTime endTime, String status, String exitCode, String exitMessage, int refusedDeliveries) {

        /** The exit message's first line: Batch stores a stack trace below it. */
        public Optional<String> exitMessageFirstLine() {
            return exitMessage == null || exitMessage.isBlank() ? Optional.empty()
                    : Optional.of(exitMessage.strip().lines().findFirst().orElse("").strip());
        }
    }

    /** The latest month any delivery was received for. */
    public Optional<YearMonth> latestPeriod() {
        String latest = jdbc.queryForObject("select max(period) from mart.delivery_status", String.class);
        return Optional.ofNullable(latest).map(YearMonth::parse);
    }

    public List<DeliveryLine> deliveries(YearMonth period) {
        return jdbc.query("""
                select d.court_code, c.short_name, d.feed, d.file_name, d.status, d.rows_read, d.rows_loaded,
                       d.rows_rejected, d.rows_skipped, d.rows_warned, d.loaded_at, d.refusal_reason,
                       d.delivery_id
                from mart.delivery_status d
                left join core.court c on c.court_code = d.court_code
                where d.period = ?
                order by d.court_code nulls last, array_position(%s, d.feed) nulls last, d.delivery_id
                """.formatted(FEED_ORDER), StatusReport::deliveryLine, period.toString());
    }

    /** How many court × feed slices of the month are published: 0 for a month with no figures. */
    public int publishedSlices(YearMonth period) {
        Integer slices = jdbc.queryForObject("select count(*) from core.published_slice where period = to_date(?, 'YYYY-MM')",
                Integer.class, period.toString());
        return slices == null ? 0 : slices;
    }

    /** Every court of the city × every declared feed, minus the slices published for the month (core.published_slice). */
    public List<MissingSlice> missing(YearMonth period) {
        return jdbc.query("""
                select c.court_code, c.short_name, f.feed,
                       case when bool_or(d.status = 'registered') then 'registered'
                            when bool_or(d.status = 'held') then 'held'
                            when bool_or(d.status = 'refused') then 'refused' end as received
                from core.court c
                cross join unnest(%s) with ordinality as f(feed, position)
                left join mart.delivery_status d
                       on d.period = ? and d.court_code = c.court_code and d.feed = f.feed
                group by c.court_code, c.short_name, f.feed, f.position
                having not exists (select 1 from core.published_slice s
                                   where s.period = to_date(?, 'YYYY-MM') and s.court_code = c.court_code
                                     and s.feed = f.feed)
                order by c.court_code, f.position
                """.formatted(FEED_ORDER),
                (rs, i) -> new MissingSlice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                period.toString(), period.toString());
    }

    /** The last runs of every job, newest first; of one month's runs when a period is given. */
    public List<Run> lastRuns(Optional<YearMonth> period, int limit) {
        List<Object> arguments = new ArrayList<>();
        String where = "";
        if (period.isPresent()) {
            where = "where p.parameter_value = ?";
            arguments.add(period.get().toString());
        }
        arguments.add(limit);
        return jdbc.query("""
                select e.job_execution_id, i.job_name, p.parameter_value, e.start_time, e.end_time, e.status,
                       e.exit_code, e.exit_message,
                       (select count(*) from staging.delivery d
                        where d.job_instance_id = e.job_instance_id and d.status = 'refused') as refused
                from batch.batch_job_execution e
                join batch.batch_job_instance i on i.job_instance_id = e.job_instance_id
                left join batch.batch_job_execution_params p
                       on p.job_execution_id = e.job_execution_id and p.parameter_name = 'period'
                %s
                order by e.job_execution_id desc
                limit ?
                """.formatted(where),
                (rs, i) -> new Run(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getInt(9)),
                arguments.toArray());
    }

    private static DeliveryLine deliveryLine(ResultSet rs, int row) throws SQLException {
        return new DeliveryLine(rs.getString("court_code"), rs.getString("short_name"), rs.getString("feed"),
                rs.getString("file_name"), rs.getString("status"), rs.getInt("rows_read"), rs.getInt("rows_loaded"),
                rs.getInt("rows_rejected"), rs.getInt("rows_skipped"), rs.getInt("rows_warned"),
                rs.getObject("loaded_at", OffsetDateTime.class), rs.getString("refusal_reason"),
                rs.getLong("delivery_id"));
    }
}
