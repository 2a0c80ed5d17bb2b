package org.courtstats.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.InputSamplesWarehouse;
import org.courtstats.support.InputSamplesWarehouseTest;
import org.courtstats.warehouse.DeliveryRowWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * core.recompute_indicators keeps each published delivery's case groups (core.delivery_case_group)
 * and groups a delivery's cases only the first time its month is computed with it: the values from
 * kept groups are those of grouping every case afresh, a recompute regroups only the deliveries it
 * has not grouped yet, grouped under other 案由 rules, or whose appeals' 原审 court has delivered
 * again, and the groups of a delivery no longer published go.
 */
@InputSamplesWarehouseTest
class KeptCaseGroupsIT {

    private static final String EVERY_VALUE = """
            select 'court' as kind, time_window, court_code, indicator_code, '' as slice_kind, '' as slice_value,
                   numerator, denominator, value, rank, coverage_known, coverage_scope
            from mart.indicator_result where period = '2024-08-01'
            union all
            select 'slice', time_window, court_code, indicator_code, slice_kind, slice_value,
                   numerator, denominator, value, rank, coverage_known, coverage_scope
            from mart.indicator_slice_result where period = '2024-08-01'
            """;

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
    void everyPublishedDeliveryIsGroupedOnceAndItsGroupsHoldEachOfItsCases() {
        assertThat(jdbc.queryForList("""
                select p.court_code || ' ' || p.feed || ' ' || k.kept_for
                from core.published_slice p
                cross join (values ('court'), ('division')) as k (kept_for)
                where p.period = '2024-08-01'
                  and (select count(*) from core.case_row r where r.delivery_id = p.delivery_id)
                      is distinct from (select sum(g.case_count) from core.delivery_case_group g
                                        where g.delivery_id = p.delivery_id and g.kept_for = k.kept_for)
                """, String.class)).as("slices whose kept groups of a kind do not count each of its cases").isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from core.published_slice p
                join core.grouped_delivery d on d.delivery_id = p.delivery_id and d.grouped_by = core.case_grouping_fingerprint()
                where p.period = '2024-08-01'
                """, Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from core.published_slice where period = '2024-08-01'",
                        Integer.class));
    }

    @Test
    void valuesFromKeptGroupsAreThoseOfGroupingEveryCaseAfresh() {
        List<Map<String, Object>> fromKeptGroups = jdbc.queryForList(EVERY_VALUE + " order by 1, 2, 3, 4, 5, 6");
        assertThat(fromKeptGroups).hasSizeGreaterThan(1000);
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.execute("truncate core.delivery_case_group, core.grouped_delivery, core.named_case");
            jdbc.queryForObject("select core.recompute_indicators('2024-08-01')", Integer.class);
            assertThat(jdbc.queryForList(EVERY_VALUE + " order by 1, 2, 3, 4, 5, 6")).isEqualTo(fromKeptGroups);
        });
    }

    @Test
    void aRecomputeGroupsOnlyTheDeliveriesWithoutKeptGroups() {
        List<Map<String, Object>> before = jdbc.queryForList(EVERY_VALUE + " order by 1, 2, 3, 4, 5, 6");
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            Long regrouped = jdbc.queryForObject("select delivery_id from core.published_slice"
                    + " where period = '2024-08-01' and court_code = '豫1302' and feed = 'trial'", Long.class);
            jdbc.update("update core.grouped_delivery set grouped_at = '2000-01-01' where period = '2024-08-01'");
            // How a delivery is grouped again (its rows edited by hand): its groups, left in place,
            // are replaced, not counted twice.
            jdbc.update("delete from core.grouped_delivery where delivery_id = ?", regrouped);

            jdbc.queryForObject("select core.recompute_indicators('2024-08-01')", Integer.class);

            assertThat(jdbc.queryForList("select delivery_id from core.grouped_delivery where period = '2024-08-01'"
                    + " and grouped_at > '2000-01-01'", Long.class)).containsExactly(regrouped);
            assertThat(jdbc.queryForList(EVERY_VALUE + " order by 1, 2, 3, 4, 5, 6")).isEqualTo(before);
        });
    }

    @Test
    void anotherTrialDeliveryOfACourtRegroupsTheAppealsThatNameItsCases() {
        List<Map<String, Object>> before = jdbc.queryForList(EVERY_VALUE + " order by 1, 2, 3, 4, 5, 6");
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            String wanchengTrial = "select delivery_id from core.published_slice where period = '2024-08-01'"
                    + " and court_code = '豫1302' and feed = 'trial'";
            Long appeals = jdbc.queryForObject("select delivery_id from core.published_slice"
                    + " where period = '2024-08-01' and court_code = '豫13' and feed = 'trial'", Long.class);
            assertThat(jdbc.queryForObject("select (named_trial_slices ->> '豫1302')::bigint from core.grouped_delivery"
                    + " where delivery_id = ?", Long.class, appeals)).as("宛城's cases are 原审 cases of 豫13's appeals")
                    .isEqualTo(jdbc.queryForObject(wanchengTrial, Long.class));
            // 宛城 delivers the same cases again.
            Long resent = jdbc.queryForObject("""
                    insert into staging.delivery (job_instance_id, period, file_name, source_path, sha256, size_bytes,
                                                  status, court_code, feed)
                    values (0, '2024-08-01', 'resent.csv', 'test', lpad('e', 64, 'e'), 0, 'published', '豫1302', 'trial')
                    returning delivery_id
                    """, Long.class);
            jdbc.update("insert into core.case_row (delivery_id, sheet_name, row_number, " + DeliveryRowWriter.CASE_COLUMNS
                    + ") select ?, sheet_name, row_number, " + DeliveryRowWriter.CASE_COLUMNS
                    + " from core.case_row where delivery_id = (" + wanchengTrial + ")", resent);
            jdbc.update("update core.published_slice set delivery_id = ? where period = '2024-08-01'"
                    + " and court_code = '豫1302' and feed = 'trial'", resent);
            jdbc.update("update core.grouped_delivery set grouped_at = '2000-01-01' where period = '2024-08-01'");

            jdbc.queryForObject("select core.recompute_indicators('2024-08-01')", Integer.class);

            assertThat(jdbc.queryForList("select delivery_id from core.grouped_delivery where period = '2024-08-01'"
                    + " and grouped_at > '2000-01-01'", Long.class))
                    .as("宛城's new delivery and the appeals that name its cases, and no other").containsOnly(resent, appeals);
            assertThat(jdbc.queryForObject("select (named_trial_slices ->> '豫1302')::bigint from core.grouped_delivery"
                    + " where delivery_id = ?", Long.class, appeals)).isEqualTo(resent);
            assertThat(jdbc.queryForList(EVERY_VALUE + " order by 1, 2, 3, 4, 5, 6")).isEqualTo(before);
        });
    }

    @Test
    void otherCauseRulesRegroupTheMonthAndAnUnpublishedDeliveryLosesItsGroups() {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            String before = jdbc.queryForObject("select core.case_grouping_fingerprint()", String.class);
            jdbc.update("insert into core.cause_group (group_name, display_order) values ('测试分组', 99)");
            jdbc.update("insert into core.cause_group_rule (group_name, match, pattern) values ('测试分组', 'contains', '合同')");
            Long withdrawn = jdbc.queryForObject("delete from core.published_slice where period = '2024-08-01'"
                    + " and court_code = '豫1303' and feed = 'trial' returning delivery_id", Long.class);

            jdbc.queryForObject("select core.recompute_indicators('2024-08-01')", Integer.class);

            assertThat(jdbc.queryForObject("select core.case_grouping_fingerprint()", String.class)).isNotEqualTo(before);
            assertThat(jdbc.queryForList("select distinct grouped_by from core.grouped_delivery where period = '2024-08-01'",
                    String.class)).containsExactly(jdbc.queryForObject("select core.case_grouping_fingerprint()", String.class));
            assertThat(jdbc.queryForObject("select count(*) from core.delivery_case_group where delivery_id = ?",
                    Integer.class, withdrawn)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from core.grouped_delivery where delivery_id = ?",
                    Integer.class, withdrawn)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from mart.indicator_slice_result where period = '2024-08-01'"
                    + " and court_code = '豫1303' and slice_kind = 'division'", Integer.class))
                    .as("the divisions of a court without trial cases now have no values left over").isZero();
            // The new group counts a court's closed 合同 cases, as counted by hand (trial_closed leaves out 诉前调解).
            assertThat(jdbc.queryForObject("""
                    select numerator from mart.indicator_slice_result
                    where period = '2024-08-01' and time_window = 'ytd' and court_code = '豫1302'
                      and indicator_code = 'trial_closed' and slice_kind = 'cause_group' and slice_value = '测试分组'
                    """, Long.class)).isEqualTo(jdbc.queryForObject("""
                    select count(*) from core.case_record
                    where period = '2024-08-01' and court_code = '豫1302' and feed = 'trial'
                      and strpos(core.normalized_text(cause), '合同') > 0 and closed_on between '2024-01-01' and '2024-08-31'
                      and case_type_code not in ('诉前调确', '诉前调书')
                    """, Long.class));
        });
    }
}
