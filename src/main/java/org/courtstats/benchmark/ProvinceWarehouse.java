package org.courtstats.benchmark;

import java.sql.Date;
import java.util.List;
import org.courtstats.warehouse.DeliveryRowWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grows the benchmark warehouse's month to a province's size for timing the indicator computation:
 * synthetic basic courts (法院代字 P001 …) each get a published trial delivery whose rows are copies
 * of a real court's, until the month holds the asked number of rows across the asked number of
 * courts. The copies keep their case numbers' own courts, so appeals are still attributed the way
 * the real rows are; only the delivering court differs. Only for a throw-away warehouse.
 */
final class ProvinceWarehouse {

    private final JdbcTemplate jdbc;
    private final Date period;

    ProvinceWarehouse(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.period = Date.valueOf(DeliverySets.PERIOD.atDay(1));
    }

    /** @return the rows the month holds afterwards */
    long grow(long targetRows, int targetCourts) {
        List<Long> sources = jdbc.queryForList("select delivery_id from core.published_slice where period = ?"
                + " and feed = 'trial' order by court_code", Long.class, period);
        long present = rows();
        int synthetic = targetCourts - sources.size();
        if (synthetic <= 0 || present >= targetRows) {
            return present;
        }
        long perCourt = (targetRows - present + synthetic - 1) / synthetic;
        // The copies are read from a table of their own: read from core.case_row, every statement
        // would also scan the pages the previous ones added (BRIN does not summarise them yet).
        jdbc.execute("drop table if exists benchmark_source");
        jdbc.execute("create unlogged table benchmark_source as select * from core.case_row where delivery_id in ("
                + sources.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ")");
        jdbc.execute("create index on benchmark_source (delivery_id)");
        jdbc.execute("analyze benchmark_source");
        for (int i = 1; i <= synthetic; i++) {
            String code = String.format("P%03d", i);
            jdbc.update("insert into core.court (court_code, court_name, short_name, aliases, court_level, admin_code,"
                    + " population) values (?, ?, ?, '{}', 'basic', '000000', 500000)", code, "基准测试法院" + code, code);
            Long delivery = jdbc.queryForObject("insert into staging.delivery (job_instance_id, period, file_name,"
                    + " source_path, sha256, size_bytes, status, court_code, feed) values (0, ?, ?, 'benchmark',"
                    + " lpad(?, 64, '0'), 0, 'published', ?, 'trial') returning delivery_id", Long.class,
                    period, code + ".csv", code, code);
            long source = sources.get(i % sources.size());
            jdbc.update("insert into core.case_row select ?, sheet_name, row_number, " + DeliveryRowWriter.CASE_COLUMNS
                    + " from generate_series(1, 1 + ? / greatest(1, (select count(*) from benchmark_source"
                    + " where delivery_id = ?))) as copies cross join benchmark_source where delivery_id = ? limit ?",
                    delivery, perCourt, source, source, perCourt);
            jdbc.update("insert into core.published_slice (period, court_code, feed, delivery_id) values (?, ?, 'trial', ?)",
                    period, code, delivery);
        }
        jdbc.execute("drop table benchmark_source");
        jdbc.queryForObject("select brin_summarize_new_values('core.case_row_delivery_brin')", Integer.class);
        jdbc.execute("analyze core.case_row");
        return rows();
    }

    long rows() {
        return jdbc.queryForObject("select count(*) from core.case_record where period = ?", Long.class, period);
    }

    int courts() {
        return jdbc.queryForObject("select count(distinct court_code) from core.published_slice where period = ?",
                Integer.class, period);
    }

    /** One sequential pass over the month's published rows, reading the columns the indicators use. */
    long scanNanos() {
        long started = System.nanoTime();
        jdbc.queryForList("select count(*), max(filed_on), max(closed_on), max(deadline_on), count(overdue),"
                + " max(disposition), max(case_type_code), max(original_court_code), sum(hearings)"
                + " from core.case_record where period = ?", period);
        return System.nanoTime() - started;
    }

    /** Lists the cases behind one court's value of the month (mart.indicator_case), as explain does. */
    long drillDownNanos(String courtCode, String indicatorCode) {
        long started = System.nanoTime();
        jdbc.queryForList("select * from mart.indicator_case where period = ? and time_window = 'month'"
                + " and court_code = ? and indicator_code = ?", DeliverySets.PERIOD.toString(), courtCode, indicatorCode);
        return System.nanoTime() - started;
    }

    long recomputeNanos() {
        long started = System.nanoTime();
        jdbc.queryForObject("select core.recompute_indicators(?)", Integer.class, period);
        return System.nanoTime() - started;
    }

    /**
     * The same recompute with every delivery's cases grouped afresh (the kept groups emptied, in a
     * transaction rolled back after): what a month costs the first time it is computed, or after
     * the 案由 groups change.
     */
    long recomputeAfreshNanos(TransactionTemplate transaction) {
        Long nanos = transaction.execute(status -> {
            status.setRollbackOnly();
            jdbc.execute("truncate core.delivery_case_group, core.grouped_delivery, core.named_case");
            return recomputeNanos();
        });
        return nanos == null ? 0 : nanos;
    }

    /**
     * The same recompute with no indicator sliced (every catalogue row's slice_kinds emptied, in a
     * transaction rolled back after): what the slices add is the difference.
     */
    long recomputeWithoutSlicesNanos(TransactionTemplate transaction) {
        Long nanos = transaction.execute(status -> {
            status.setRollbackOnly();
            jdbc.update("update core.indicator set slice_kinds = '{}'");
            return recomputeNanos();
        });
        return nanos == null ? 0 : nanos;
    }
}
