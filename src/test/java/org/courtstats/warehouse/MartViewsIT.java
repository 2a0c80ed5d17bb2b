package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.courtstats.indicators.ProvincialStandards;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.InputSamplesWarehouse;
import org.courtstats.support.InputSamplesWarehouseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The BI views of R__mart_dimensions_shapes_and_quality.sql read tables, not mart.indicator_value; on the input-samples
 * warehouse they give its numbers exactly.
 */
@InputSamplesWarehouseTest
class MartViewsIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @BeforeAll
    static void loadTheSamples(@Autowired MonthlyImport imports, @Autowired ProvincialStandards standards,
                               @Autowired JdbcTemplate jdbc) {
        InputSamplesWarehouse.load(imports, standards, jdbc);
    }

    @Test
    void theWideViewHasAColumnPerIndicatorHoldingItsValue() {
        List<String> indicators = jdbc.queryForList("select indicator_code from core.indicator order by 1", String.class);
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
                + " where table_schema = 'mart' and table_name = 'indicator_wide'", String.class);

        assertThat(columns).as("an indicator added to the catalogue needs its column in mart.indicator_wide")
                .containsAll(indicators);
        assertThat(jdbc.queryForObject("select count(*) from mart.indicator_wide", Integer.class))
                .as("a row per period, window and court").isEqualTo(2 * 2 * 16);
        for (String indicator : indicators) {
            assertThat(jdbc.queryForObject("""
                    select count(*) from mart.indicator_value v
                    join mart.indicator_wide w using (period, time_window, court_code)
                    where v.indicator_code = ? and (w.%s is distinct from v.value or w.court_name <> v.court_name)
                    """.formatted(indicator), Integer.class, indicator)).as(indicator).isZero();
        }
        assertThat(jdbc.queryForObject("select exec_recovery_rate from mart.indicator_wide"
                + " where period = '2024-08' and time_window = 'month' and court_code = '全市'", BigDecimal.class))
                .isEqualByComparingTo("44.70");
    }

    @Test
    void theTrendHasTheValuesAndTheYearOnYearChangesOfIndicatorValue() {
        assertThat(jdbc.queryForObject("select count(*) from mart.indicator_trend", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from mart.indicator_value", Integer.class));
        assertThat(jdbc.queryForObject("""
                select count(*) from mart.indicator_value v
                join mart.indicator_trend t using (period, time_window, court_code, indicator_code)
                where t.value is distinct from v.value or t.yoy_change is distinct from v.yoy_change
                   or t.court_name <> v.court_name or t.indicator_name <> v.indicator_name
                """, Integer.class)).isZero();
        assertThat(jdbc.queryForMap("""
                select last_year_period, last_year_value, yoy_change, previous_period, previous_value from mart.indicator_trend
                where period = '2024-08' and time_window = 'month' and court_code = '豫1302' and indicator_code = 'clearance_rate'
                """)).containsEntry("last_year_period", "2023-08").containsEntry("last_year_value", new BigDecimal("99.69"))
                .containsEntry("yoy_change", new BigDecimal("-0.10"))
                .containsEntry("previous_period", "2024-07").containsEntry("previous_value", null);
    }

    @Test
    void theTrendComparesWithTheMonthBeforeExceptTheYearToDateOfJanuary() {
        Map<String, Object> trend = transaction.execute(status -> {
            status.setRollbackOnly();
            jdbc.update("""
                    insert into mart.indicator_result (period, time_window, court_code, indicator_code, value) values
                        ('2024-07-01', 'month', '豫1302', 'clearance_rate', 90.123),
                        ('2024-07-01', 'month', '豫1302', 'trial_received', 1000),
                        ('2023-12-01', 'ytd', '豫1302', 'clearance_rate', 97),
                        ('2023-12-01', 'month', '豫1302', 'clearance_rate', 98),
                        ('2024-01-01', 'ytd', '豫1302', 'clearance_rate', 99),
                        ('2024-01-01', 'month', '豫1302', 'clearance_rate', 99)
                    """);
            return jdbc.queryForMap("""
                    select max(mom_change) filter (where period = '2024-08' and indicator_code = 'clearance_rate') as rate_change,
                           max(previous_value) filter (where period = '2024-08' and indicator_code = 'clearance_rate') as rate_before,
                           max(mom_change) filter (where period = '2024-08' and indicator_code = 'trial_received') as count_change,
                           max(previous_period) filter (where period = '2024-01' and time_window = 'ytd') as january_ytd_previous,
                           max(mom_change) filter (where period = '2024-01' and time_window = 'month') as january_month_change
                    from mart.indicator_trend
                    where court_code = '豫1302' and (period = '2024-08' and time_window = 'month' or period = '2024-01')
                    """);
        });
        BigDecimal august = jdbc.queryForObject("select value_exact from mart.indicator_value where period = '2024-08'"
                + " and time_window = 'month' and court_code = '豫1302' and indicator_code = 'clearance_rate'", BigDecimal.class);

        assertThat(trend).containsEntry("rate_before", new BigDecimal("90.12"))
                .as("a rate's change is in percentage points, from exact values")
                .containsEntry("rate_change", august.subtract(new BigDecimal("90.123")).setScale(2, RoundingMode.HALF_UP))
                .as("a count's change is a percent: 967 received against 1000").containsEntry("count_change", new BigDecimal("-3.30"))
                .as("the year to date starts again in January").containsEntry("january_ytd_previous", null)
                .containsEntry("january_month_change", new BigDecimal("1.00"));
    }

    @Test
    void theDimensionsListTheCourtsAndTheCatalogue() {
        assertThat(jdbc.queryForObject("select count(*) from mart.court where court_level = 'basic'", Integer.class))
                .isEqualTo(14);
        assertThat(jdbc.queryForMap("select group_name, unit_name, direction_name, numerator, denominator"
                + " from mart.indicator_catalogue where indicator_code = 'acceptance_rate'"))
                .containsEntry("group_name", "审判").containsEntry("unit_name", "%").containsEntry("direction_name", "越高越好")
                .containsEntry("numerator", "一审结案 − 上诉案件新收（按原审法院）").containsEntry("denominator", "一审结案");
        assertThat(jdbc.queryForObject("select count(*) from mart.indicator_catalogue", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from core.indicator", Integer.class));
    }
}
