package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.courtstats.indicators.ProvincialStandards;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.BiLogin;
import org.courtstats.support.InputSamplesWarehouse;
import org.courtstats.support.InputSamplesWarehouseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * mart.indicator_wide has a column for every indicator of the catalogue, made from core.indicator:
 * an indicator added or removed by a catalogue change gains or loses its column with the recompute
 * that follows, with no migration, and BI logins still read it.
 */
@InputSamplesWarehouseTest
class IndicatorWideFollowsCatalogueIT {

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
    void anIndicatorAddedToTheCatalogueGetsItsColumnAtTheNextRecompute() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.update("""
                    insert into core.indicator (indicator_code, indicator_name, indicator_group, display_order, unit,
                                                denominator_basis, ranked, decimals, definition)
                    values ('civil_first_closed_count', '民事一审结案', 'trial', 195, 'count', 'none', false, 0, '民初结案数')
                    """);
            jdbc.update("insert into core.indicator_term (indicator_code, part, measure_code)"
                    + " values ('civil_first_closed_count', 'numerator', 'civil_first_closed')");
            jdbc.update("delete from core.indicator where indicator_code = 'exec_objection_upheld'");

            jdbc.queryForObject("select core.recompute_indicators('2024-08-01')", Integer.class);

            List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
                    + " where table_schema = 'mart' and table_name = 'indicator_wide' order by ordinal_position", String.class);
            assertThat(columns).contains("civil_first_closed_count").doesNotContain("exec_objection_upheld");
            assertThat(columns.indexOf("civil_first_closed_count"))
                    .as("after the trial indicators, before execution's").isEqualTo(columns.indexOf("suits_per_10k") + 1);

            BigDecimal byHand = jdbc.queryForObject("""
                    select count(*) from core.case_record
                    where period = '2024-08-01' and court_code = '豫1302' and feed = 'trial' and case_type_code = '民初'
                      and closed_on between '2024-08-01' and '2024-08-31'
                    """, BigDecimal.class);
            assertThat(byHand).isPositive();
            assertThat(jdbc.queryForObject("select civil_first_closed_count from mart.indicator_wide"
                    + " where period = '2024-08' and time_window = 'month' and court_code = '豫1302'", BigDecimal.class))
                    .isEqualByComparingTo(byHand);
            assertThat(jdbc.queryForObject("select col_description('mart.indicator_wide'::regclass, a.attnum)"
                    + " from pg_attribute a where a.attrelid = 'mart.indicator_wide'::regclass"
                    + " and a.attname = 'civil_first_closed_count'", String.class))
                    .as("an indicator without an English name is named by its code").isEqualTo("民事一审结案（件） / civil_first_closed_count (count)");
            assertThat(jdbc.queryForObject("select core.define_indicator_wide()", Boolean.class))
                    .as("the view is replaced only when its columns differ from the catalogue").isFalse();
        });
        assertThat(jdbc.queryForList("select column_name from information_schema.columns"
                + " where table_schema = 'mart' and table_name = 'indicator_wide'", String.class))
                .contains("exec_objection_upheld").doesNotContain("civil_first_closed_count");
    }

    @Test
    void theColumnsKeepTheNamesBiQueriesUseAndEveryOneIsDescribedInBothLanguages() {
        List<String> undescribed = jdbc.queryForList("""
                select a.attname from pg_attribute a
                where a.attrelid = 'mart.indicator_wide'::regclass and a.attnum > 0 and not a.attisdropped
                  and coalesce(col_description(a.attrelid, a.attnum), '') !~ '[一-龥].* / [A-Za-z]'
                """, String.class);
        assertThat(undescribed).isEmpty();
        assertThat(jdbc.queryForObject("select col_description('mart.indicator_wide'::regclass, a.attnum)"
                + " from pg_attribute a where a.attrelid = 'mart.indicator_wide'::regclass and a.attname = 'exec_recovery_rate'",
                String.class)).isEqualTo("执行到位率（%） / Recovery rate (%)");

        try (BiLogin bi = BiLogin.create(jdbc, "wide_reader")) {
            assertThat(bi.jdbc().queryForObject("select exec_recovery_rate from mart.indicator_wide"
                    + " where period = '2024-08' and time_window = 'month' and court_code = '全市'", BigDecimal.class))
                    .isEqualByComparingTo("44.70");
        } finally {
            jdbc.execute("drop role if exists wide_reader");
        }
    }
}
