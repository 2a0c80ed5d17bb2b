package org.courtstats.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Published figures, recomputed by the warehouse's own indicator SQL from published cases written
 * straight into core.case_row and published by pointer (the unit under test is the computation, not the loading).
 */
@WarehouseTest
class PublishedChecksIT {

    @Autowired
    IndicatorCalculator calculator;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyWarehouse() {
        Warehouses.reset(jdbc);
    }

    /**
     * CEPEJ: Croatian commercial courts, 2020 — received 24,924, resolved 31,306, pending at the end
     * 24,423 → clearance rate 125.61%, disposition time 284.75 days (285 rounded). CEPEJ counts a year
     * as 365 days, so the year is laid in a 365-day calendar year (2021) and read as the year to date
     * of December.
     */
    @Test
    void croatianCommercialCourtsClearanceRateAndDispositionTime() {
        // Pending at the start = 24,423 + 31,306 − 24,924 = 30,805 old cases, all resolved in the year;
        // 501 new cases resolved; 24,423 new cases pending at the end.
        cases("豫1302", "2021-12-01", 30_805, "民初", "2020-06-01", "2021-06-01", "判决", null, null);
        cases("豫1302", "2021-12-01", 501, "民初", "2021-02-01", "2021-03-01", "判决", null, null);
        cases("豫1302", "2021-12-01", 24_423, "民初", "2021-03-01", null, null, null, null);

        calculator.recompute(YearMonth.of(2021, 12));

        assertThat(value("2021-12", "trial_received", "ytd", "豫1302")).isEqualByComparingTo("24924");
        assertThat(value("2021-12", "trial_closed", "ytd", "豫1302")).isEqualByComparingTo("31306");
        assertThat(value("2021-12", "trial_pending", "ytd", "豫1302")).isEqualByComparingTo("24423");
        assertThat(value("2021-12", "clearance_rate", "ytd", "豫1302")).isEqualByComparingTo("125.61");
        assertThat(value("2021-12", "disposition_time", "ytd", "豫1302")).isEqualByComparingTo("284.75");
    }

    /** metrics.md: percentages with 2 decimals, half-up. */
    @Test
    void roundsPercentagesHalfUpToTwoDecimals() {
        // 906 closed with a known time limit, 901 within it → 99.45 (法定审限内结案率).
        cases("豫1302", "2024-08-01", 901, "民初", "2024-08-01", "2024-08-10", "判决", "2024-08-20", null);
        cases("豫1302", "2024-08-01", 5, "民初", "2024-08-01", "2024-08-30", "判决", "2024-08-20", null);
        // 79 closed, 77 within → 97.47.
        cases("豫1303", "2024-08-01", 77, "民初", "2024-08-01", "2024-08-10", "判决", "2024-08-20", null);
        cases("豫1303", "2024-08-01", 2, "民初", "2024-08-01", "2024-08-30", "判决", "2024-08-20", null);
        // 24 民初 closed, 11 by 调解 or 撤诉 → 45.83 (调撤率).
        cases("豫1321", "2024-08-01", 6, "民初", "2024-08-01", "2024-08-10", "调解", null, null);
        cases("豫1321", "2024-08-01", 5, "民初", "2024-08-01", "2024-08-10", "撤诉", null, null);
        cases("豫1321", "2024-08-01", 13, "民初", "2024-08-01", "2024-08-10", "判决", null, null);
        // 24 first-instance closed, 2 appealed → 22 of 24 accepting → 91.67 (一审服判息诉率).
        cases("豫1322", "2024-08-01", 24, "民初", "2024-08-01", "2024-08-10", "判决", null, null);
        cases("豫13", "2024-08-01", 2, "民终", "2024-08-20", null, null, null, "豫1322");

        calculator.recompute(YearMonth.of(2024, 8));

        assertThat(value("2024-08", "within_limit_rate", "month", "豫1302")).isEqualByComparingTo("99.45");
        assertThat(value("2024-08", "within_limit_rate", "month", "豫1303")).isEqualByComparingTo("97.47");
        assertThat(value("2024-08", "mediation_withdrawal_rate", "month", "豫1321")).isEqualByComparingTo("45.83");
        assertThat(value("2024-08", "acceptance_rate", "month", "豫1322")).isEqualByComparingTo("91.67");
        assertThat(value("2024-08", "appeal_rate", "month", "豫1322")).isEqualByComparingTo("8.33");
    }

    /**
     * core.published_slice is the one record of what is published: a delivery whose history says
     * published but to which no slice points counts as no delivery (its court's figures stay empty,
     * not zero).
     */
    @Test
    void aCourtIsCompleteOnlyWithAPublishedSlice() {
        cases("豫1302", "2024-08-01", 3, "民初", "2024-08-01", "2024-08-10", "判决", null, null);
        jdbc.update("insert into staging.delivery (job_instance_id, period, file_name, source_path, sha256, size_bytes,"
                + " status, court_code, feed) values (0, '2024-08-01', 'fixture', 'fixture',"
                + " md5(random()::text) || md5(random()::text), 0, 'published', '豫1303', 'trial')");

        calculator.recompute(YearMonth.of(2024, 8));

        assertThat(value("2024-08", "trial_received", "month", "豫1302")).isEqualByComparingTo("3");
        assertThat(value("2024-08", "trial_received", "month", "豫1303")).isNull();
    }

    /** Writes {@code count} identical published cases (numbered 1…count within the court and type). */
    private void cases(String court, String period, int count, String type, String filedOn, String closedOn,
                       String disposition, String deadlineOn, String originalCourt) {
        long delivery = publishedDelivery(court, period);
        jdbc.update("""
                insert into core.case_row (delivery_id, sheet_name, row_number, case_no,
                    case_no_raw, case_year, case_court_code, case_type_code, case_serial, filed_on, closed_on,
                    disposition, deadline_on, original_case_no, original_court_code, original_type_code)
                select ?, 'fixture', n,
                       '（' || extract(year from ?::date) || '）' || ? || ? || (n + ?) || '号', 'fixture',
                       extract(year from ?::date), ?, ?, n + ?, ?::date, ?::date, ?, ?::date,
                       case when ?::text is null then null else '（2024）' || ? || '民初' || n || '号' end, ?, 
                       case when ?::text is null then null else '民初' end
                from generate_series(1, ?) as n
                """, delivery, filedOn, court, type, offset(court, type), filedOn, court, type,
                offset(court, type), filedOn, closedOn, disposition, deadlineOn, originalCourt, originalCourt,
                originalCourt, originalCourt, count);
    }

    /** The court's published trial delivery for the month, registered and published on first use. */
    private long publishedDelivery(String court, String period) {
        return jdbc.query("select delivery_id from core.published_slice where period = ?::date and court_code = ?"
                        + " and feed = 'trial'", (rs, n) -> rs.getLong(1), period, court).stream().findFirst()
                .orElseGet(() -> {
                    Long delivery = jdbc.queryForObject("insert into staging.delivery (job_instance_id, period,"
                            + " file_name, source_path, sha256, size_bytes, status, court_code, feed) values (0, ?::date,"
                            + " 'fixture', 'fixture', md5(random()::text) || md5(random()::text), 0, 'published', ?,"
                            + " 'trial') returning delivery_id", Long.class, period, court);
                    jdbc.update("insert into core.published_slice (period, court_code, feed, delivery_id)"
                            + " values (?::date, ?, 'trial', ?)", period, court, delivery);
                    return delivery;
                });
    }

    /** Case numbers continue where the previous batch of the same court and type ended. */
    private int offset(String court, String type) {
        Integer taken = jdbc.queryForObject("select coalesce(max(case_serial), 0) from core.case_record"
                + " where court_code = ? and case_type_code = ?", Integer.class, court, type);
        return taken == null ? 0 : taken;
    }

    private BigDecimal value(String period, String indicator, String window, String court) {
        return jdbc.queryForObject("select value from mart.indicator_value where period = ? and indicator_code = ?"
                + " and time_window = ? and court_code = ?", BigDecimal.class, period, indicator, window, court);
    }
}
