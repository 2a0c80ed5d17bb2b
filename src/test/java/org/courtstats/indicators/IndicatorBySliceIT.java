package org.courtstats.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courtstats.jobs.ImportReport;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * mart.indicator_by_slice by case domain, on a hand-made month whose values are worked out below:
 * each scope narrowed to the domain (调撤率's civil first instance becomes 行初 in 行政), ranks among
 * the basic courts within the domain, 同比 against the same domain a year earlier, and the counts of
 * all domains adding up to the court's.
 */
@WarehouseTest
class IndicatorBySliceIT {

    static final List<String> HEADER = List.of("案号", "立案日期", "结案日期", "结案方式");
    static final List<String> INTERMEDIATE_HEADER = List.of("案号", "立案日期", "结案日期", "结案方式", "原审案号");

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    /**
     * 2023-08, 宛城: 行初1 withdrawn, 行初2 judged: 行政调撤率 50.00.
     * 2024-08, 宛城: 行初1 judged (and appealed: 豫13's 行终1), 行初2 withdrawn, 行初3 mediated, 民初1 judged,
     * 刑初1 pending; 卧龙: 行初1 withdrawn, 民初1 mediated; the other courts one pending 民初 each.
     */
    @BeforeEach
    void importTwoMonths() throws Exception {
        Warehouses.reset(jdbc);
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("2023-08", "宛城区法院_审判案件_2023年8月.csv", List.of(HEADER,
                List.of("（2023）豫1302行初1号", "2023-08-01", "2023-08-10", "撤诉"),
                List.of("（2023）豫1302行初2号", "2023-08-02", "2023-08-11", "判决")));
        inbox.csv("2024-08", "宛城区法院_审判案件_2024年8月.csv", List.of(HEADER,
                List.of("（2024）豫1302行初1号", "2024-08-01", "2024-08-10", "判决"),
                List.of("（2024）豫1302行初2号", "2024-08-02", "2024-08-11", "撤诉"),
                List.of("（2024）豫1302行初3号", "2024-08-03", "2024-08-12", "调解"),
                List.of("（2024）豫1302民初1号", "2024-08-04", "2024-08-13", "判决"),
                List.of("（2024）豫1302刑初1号", "2024-08-05", "", "")));
        inbox.csv("2024-08", "卧龙区法院_审判案件_2024年8月.csv", List.of(HEADER,
                List.of("（2024）豫1303行初1号", "2024-08-01", "2024-08-10", "撤诉"),
                List.of("（2024）豫1303民初1号", "2024-08-02", "2024-08-11", "调解")));
        inbox.csv("2024-08", "南阳中院_审判案件_2024年8月.csv", List.of(INTERMEDIATE_HEADER,
                List.of("（2024）豫13行终1号", "2024-08-20", "", "", "（2024）豫1302行初1号")));
        inbox.pendingOnlyDeliveriesOfTheOtherCourts("2024-08", "trial", Set.of("豫1302", "豫1303", "豫13"));
        for (YearMonth month : List.of(YearMonth.of(2023, 8), YearMonth.of(2024, 8))) {
            ImportReport report = monthlyImport.run(month, inbox.root());
            assertThat(report.failed()).as(report.failure()).isFalse();
        }
    }

    @Test
    void aDomainsRatioIsTheIndicatorOverTheDomainsCases() {
        // 宛城 行政: 行初 closed 3, withdrawn or mediated 2 → 66.67; mediated 1 → 33.33; 卧龙 行政 1 of 1 → 100.
        assertThat(slice("豫1302", "mediation_withdrawal_rate", "行政"))
                .containsEntry("numerator", new BigDecimal("2")).containsEntry("denominator", new BigDecimal("3"))
                .containsEntry("value", new BigDecimal("66.67")).containsEntry("rank", 2).containsEntry("ranked_courts", 2)
                .containsEntry("yoy_change", new BigDecimal("16.67"));
        assertThat(slice("豫1302", "mediation_rate", "行政")).containsEntry("value", new BigDecimal("33.33"));
        assertThat(slice("豫1303", "mediation_withdrawal_rate", "行政")).containsEntry("value", new BigDecimal("100.00"))
                .containsEntry("rank", 1);
        // 民事 is 民初 as for the court: 宛城 0 of 1, 卧龙 1 of 1.
        assertThat(slice("豫1302", "mediation_withdrawal_rate", "民事")).containsEntry("value", new BigDecimal("0.00"))
                .containsEntry("rank", 2);
        // 全市 is the ratio of sums over the domain: (2 + 1) / (3 + 1).
        assertThat(slice("全市", "mediation_withdrawal_rate", "行政")).containsEntry("value", new BigDecimal("75.00"));
        // 行政 一审服判息诉率: 宛城 closed 3 行初, one appealed (豫13's 行终1, attributed through 原审案号) → 66.67;
        // 全市 over the basic courts: (4 − 1) / 4.
        assertThat(slice("豫1302", "acceptance_rate", "行政")).containsEntry("value", new BigDecimal("66.67"));
        assertThat(slice("全市", "acceptance_rate", "行政")).containsEntry("value", new BigDecimal("75.00"));
        assertThat(slice("豫1302", "acceptance_rate", "民事")).containsEntry("value", new BigDecimal("100.00"));
    }

    @Test
    void theCountsOfAllDomainsAddUpToTheCourtsCount() {
        assertThat(jdbc.queryForList("select slice_value || ' ' || value from mart.indicator_by_slice where period = '2024-08'"
                + " and time_window = 'month' and court_code = '豫1302' and indicator_code = 'trial_received'"
                + " and slice_kind = 'domain' order by slice_value", String.class))
                .containsExactlyInAnyOrder("行政 3", "民事 1", "刑事 1");
        assertThat(jdbc.queryForObject("""
                select count(*) from mart.indicator_value v
                where v.period = '2024-08' and v.unit = 'count' and v.indicator_group = 'trial'
                  and v.value is distinct from (select sum(s.value) from mart.indicator_by_slice s
                                                where s.slice_kind = 'domain' and s.period = v.period
                                                  and s.time_window = v.time_window and s.court_code = v.court_code
                                                  and s.indicator_code = v.indicator_code)
                  and not (v.value = 0 and not exists (select 1 from mart.indicator_by_slice s
                                                       where s.slice_kind = 'domain' and s.period = v.period
                                                         and s.indicator_code = v.indicator_code))
                """, Integer.class)).as("trial counts of every court, window and 全市").isZero();
        assertThat(jdbc.queryForObject("select count(*) from mart.indicator_value where period = '2024-08'", Integer.class))
                .as("the court's values are as they were").isEqualTo(org.courtstats.support.InputSamplesWarehouse.VALUES_OF_A_MONTH);
    }

    @Test
    void aDomainWithoutCasesInAnIndicatorsScopeHasNoRows() {
        assertThat(jdbc.queryForObject("select count(*) from mart.indicator_by_slice where period = '2024-08'"
                + " and indicator_code = 'exec_recovery_rate'", Integer.class)).as("no execution case at all").isZero();
        assertThat(jdbc.queryForObject("select count(*) from mart.indicator_by_slice where period = '2024-08'"
                + " and indicator_code = 'premediation_success_rate'", Integer.class)).as("not sliced by the catalogue").isZero();
    }

    private Map<String, Object> slice(String court, String indicator, String domain) {
        return jdbc.queryForMap("select numerator, denominator, value, rank, ranked_courts, yoy_change from mart.indicator_by_slice"
                + " where period = '2024-08' and time_window = 'month' and court_code = ? and indicator_code = ?"
                + " and slice_kind = 'domain' and slice_value = ?", court, indicator, domain);
    }
}
