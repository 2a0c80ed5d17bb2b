package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.courtstats.indicators.ProvinceFigures;
import org.courtstats.indicators.ProvincialStandards;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.BiLogin;
import org.courtstats.support.InputSamplesWarehouse;
import org.courtstats.support.InputSamplesWarehouseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A login made a member of courtstats_bi, as the README says, reads the mart's views (which read the
 * staging and core tables with their owner's rights) and nothing else, and can change nothing.
 */
@InputSamplesWarehouseTest
class BiReaderRoleIT {

    static BiLogin bi;

    @Autowired
    JdbcTemplate owner;

    @BeforeAll
    static void loadTheSamplesAndLogIn(@Autowired MonthlyImport imports, @Autowired ProvincialStandards standards,
                                       @Autowired ProvinceFigures province, @Autowired JdbcTemplate owner) {
        InputSamplesWarehouse.load(imports, standards, owner);
        InputSamplesWarehouse.loadTheProvinceExample(province, owner);
        bi = BiLogin.create(owner, "bi_reader");
    }

    @AfterAll
    static void logOut() {
        bi.close();
    }

    @Test
    void readsEveryViewOfTheMart() {
        // mart.judge_indicator names people and is read by its own role (JudgeIndicatorIT).
        List<String> views = owner.queryForList("select viewname from pg_views where schemaname = 'mart'"
                + " and viewname <> 'judge_indicator' order by 1", String.class);

        assertThat(views).contains("indicator_value", "indicator_wide", "indicator_trend", "data_quality");
        for (String view : views) {
            // The drill-down is asked for one value at a time: all of it at once lists every case of
            // every value (minutes), which is no question a BI user asks.
            String query = "select count(*) from mart." + view + (view.equals("indicator_case")
                    ? " where period = '2024-08' and time_window = 'month' and court_code = '豫1302'"
                      + " and indicator_code = 'reversal_rate'" : "");
            Integer rows = bi.jdbc().queryForObject(query, Integer.class);
            assertThat(rows).as(view).isEqualTo(owner.queryForObject(query, Integer.class));
            // The review finds nothing to say about the sample months (InputSamplesIT).
            if (!view.equals("review_finding")) {
                assertThat(rows).as(view).isPositive();
            }
        }
        assertThat(bi.jdbc().queryForObject("select count(*) from mart.indicator_value where period = '2024-08'",
                Integer.class)).isEqualTo(InputSamplesWarehouse.VALUES_OF_A_MONTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging.delivery", "core.case_row", "core.published_slice", "staging.row_issue", "core.case_record",
            "core.court", "core.indicator", "core.indicator_standard", "mart.indicator_result",
            "batch.batch_job_execution"})
    void cannotReadTheTablesBehindTheViews(String table) {
        assertThatThrownBy(() -> bi.jdbc().queryForObject("select count(*) from " + table, Integer.class))
                .rootCause().hasMessageContaining("permission denied");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "insert into mart.court (court_code) values ('豫9999')",
            "update mart.indicator_value set value = 0",
            "delete from mart.rejected_row",
            "delete from mart.indicator_result",
            "truncate mart.indicator_result",
            "insert into core.indicator_standard (indicator_code, valid_from, lower_bound) values ('clearance_rate', '2024-01-01', 1)",
            "update staging.delivery set status = 'refused'",
            "create table mart.notes (note text)",
            "create table public.notes (note text)",
            "create view mart.my_view as select 1 as one",
            "create schema scratch",
            "select core.recompute_indicators('2024-08-01')"})
    void cannotWriteAnywhere(String statement) {
        assertThatThrownBy(() -> bi.jdbc().execute(statement))
                .rootCause().hasMessageMatching("(?s).*(permission denied|cannot (insert into|update|delete from) view).*");
    }

    @Test
    void holdsNoPrivilegeButReadingTheMartsViews() {
        String login = bi.jdbc().queryForObject("select current_user", String.class);

        assertThat(owner.queryForList("""
                select n.nspname || '.' || c.relname
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname in ('public', 'batch', 'staging', 'core', 'mart')
                  and c.relkind in ('r', 'p', 'v', 'm', 'S')
                  and has_table_privilege(?, c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
                """, String.class, login)).isEmpty();
        assertThat(owner.queryForObject("select count(*) from mart.data_quality where period = '2024-08'",
                Integer.class)).as("nothing was changed").isEqualTo(15 * owner.queryForObject("select count(*) from core.feed",
                Integer.class));
    }
}
