package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.courtstats.indicators.IndicatorCalculator;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.courtstats.warehouse.Delivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The execution and pre-litigation mediation feeds end to end, with indicators computed by hand, 同比
 * against the year before, and a change of definition made in the catalogue alone.
 */
@WarehouseTest
class ExecutionAndMediationIT {

    static final List<String> EXECUTION = List.of("执行案号", "立案日期", "结案日期", "结案方式", "申请执行标的额（万元）",
            "实际执行到位金额（万元）", "被执行人类型", "执行依据");
    static final List<String> MEDIATION = List.of("诉前调解案号", "登记日期", "办结日期", "调解结果", "后续处理", "转立案案号");
    static final List<String> TRIAL = List.of("案号", "立案日期", "结案日期", "结案方式");

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    IndicatorCalculator calculator;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @BeforeEach
    void importTwoYears() throws Exception {
        Warehouses.reset(jdbc);
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        // A year earlier: one case, closed in August, half recovered.
        inbox.csv("2023-08", "宛城区法院_执行案件_2023年8月.csv", MonthlyImportIT.rows(EXECUTION,
                List.of("（2023）豫1302执1号", "2023-08-01", "2023-08-10", "执行完毕", "10", "5", "企业", "")));
        // 宛城, August 2024. Received in August: 执1, 执2, 执3 (执恢1 was filed in July). Closed in August:
        // 执1 (9 days), 执2 (18 days, 终本), 执恢1 (45 days): recovered 10 + 2 + 4 of 10 + 20 + 4 万元 = 47.06%.
        // 执4 closed in May counts for the year to date only.
        inbox.csv("2024-08", "宛城区法院_执行案件_2024年8月.csv", MonthlyImportIT.rows(EXECUTION,
                List.of("（2024）豫1302执1号", "2024-08-01", "2024-08-10", "执行完毕", "10", "10", "企业", "（2024）豫1302民初5号"),
                List.of("（2024）豫1302执2号", "2024-08-02", "2024-08-20", "终本", "20", "2", "自然人", "（2024）豫1302民诉前调3号"),
                List.of("（2024）豫1302执3号", "2024-08-03", "", "", "5", "", "党政机关", "（2024）豫1302诉前调确1号"),
                List.of("（2024）豫1302执恢1号", "2024-07-01", "2024-08-15", "执行完毕", "4", "4", "党政机关", "（2023）豫1302执9号"),
                List.of("（2024）豫1302执4号", "2024-03-01", "2024-05-01", "终结本次执行程序", "10", "1", "企业", "宛仲裁字〔2023〕12号")));
        // 卧龙: one case closed in August with nothing recovered.
        inbox.csv("2024-08", "卧龙区法院_执行案件.csv", MonthlyImportIT.rows(EXECUTION,
                List.of("（2024）豫1303执1号", "2024-08-01", "2024-08-05", "终本", "10", "0", "自然人", "")));
        // Registered in August: 调1, 调2, 调4; closed in August: 调1, 调2, 调3, of which 调1 and 调3 succeeded.
        inbox.csv("2024-08", "宛城区法院_诉前调解_2024年8月.csv", MonthlyImportIT.rows(MEDIATION,
                List.of("（2024）豫1302民诉前调1号", "2024-08-01", "2024-08-05", "调解成功", "司法确认", ""),
                List.of("（2024）豫1302民诉前调2号", "2024-08-02", "2024-08-12", "调解不成", "", "（2024）豫1302民初9号"),
                List.of("（2024）豫1302民诉前调3号", "2024-07-10", "2024-08-01", "调解成功", "自动履行", ""),
                List.of("（2024）豫1302民诉前调4号", "2024-08-20", "", "", "", "")));
        // 民初 received: 2 in August (民初5, 民初9), 3 in the year.
        inbox.csv("2024-08", "宛城区法院_审判案件_2024年8月.csv", MonthlyImportIT.rows(TRIAL,
                List.of("（2024）豫1302民初5号", "2024-08-03", "", ""),
                List.of("（2024）豫1302民初9号", "2024-08-13", "", ""),
                List.of("（2024）豫1302民初1号", "2024-02-01", "", "")));

        inbox.pendingOnlyDeliveriesOfTheOtherCourts("2024-08", "execution", java.util.Set.of("豫1302", "豫1303"));

        assertThat(monthlyImport.run(YearMonth.of(2023, 8), inbox.root()).anyRefused()).isFalse();
        ImportReport august = monthlyImport.run(YearMonth.of(2024, 8), inbox.root());
        assertThat(august.deliveries()).extracting(line -> line.delivery().status()).containsOnly(Delivery.PUBLISHED);
        assertThat(august.deliveries()).extracting(line -> line.delivery().feed())
                .containsOnly("execution", "mediation", "trial").hasSize(17);
    }

    @Test
    void computesTheExecutionIndicatorsByHand() {
        assertThat(value("exec_received", "month", "豫1302")).isEqualByComparingTo("3");
        assertThat(value("exec_closed", "month", "豫1302")).isEqualByComparingTo("3");
        assertThat(value("exec_pending", "month", "豫1302")).isEqualByComparingTo("1");
        assertThat(value("exec_completion_rate", "month", "豫1302")).isEqualByComparingTo("50.00");
        assertThat(value("exec_terminated_rate", "month", "豫1302")).isEqualByComparingTo("50.00");
        assertThat(value("exec_recovery_rate", "month", "豫1302")).isEqualByComparingTo("47.06");
        assertThat(value("exec_recovery_rate_government", "month", "豫1302")).isEqualByComparingTo("100.00");
        assertThat(value("exec_recovery_rate_enterprise", "month", "豫1302")).isEqualByComparingTo("100.00");
        assertThat(value("avg_exec_days", "month", "豫1302")).isEqualByComparingTo("24.00");

        assertThat(value("exec_received", "ytd", "豫1302")).isEqualByComparingTo("5");
        assertThat(value("exec_completion_rate", "ytd", "豫1302")).isEqualByComparingTo("33.33");
        assertThat(value("exec_terminated_rate", "ytd", "豫1302")).isEqualByComparingTo("66.67");
        assertThat(value("exec_recovery_rate", "ytd", "豫1302")).isEqualByComparingTo("38.64");
        assertThat(value("exec_recovery_rate_enterprise", "ytd", "豫1302")).isEqualByComparingTo("55.00");
        assertThat(value("avg_exec_days", "ytd", "豫1302")).isEqualByComparingTo("33.25");

        // 全市: (16 + 0) / (34 + 10) 万元, not the average of 47.06 and 0.
        assertThat(value("exec_recovery_rate", "month", "全市")).isEqualByComparingTo("36.36");
        assertThat(value("exec_recovery_rate", "month", "豫1303")).isEqualByComparingTo("0.00");
        assertThat(jdbc.queryForObject("select rank from mart.indicator_value where period = '2024-08'"
                + " and time_window = 'month' and indicator_code = 'exec_recovery_rate' and court_code = '豫1302'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void computesTheMediationIndicatorsByHandLinkingExecutionsToMediations() {
        assertThat(value("premediation_count", "month", "豫1302")).isEqualByComparingTo("3");
        assertThat(value("premediation_success_rate", "month", "豫1302")).isEqualByComparingTo("66.67");
        // 3 mediations / (3 mediations + 2 民初) received in August; 4 / (4 + 3) in the year.
        assertThat(value("premediation_diversion_rate", "month", "豫1302")).isEqualByComparingTo("60.00");
        assertThat(value("premediation_diversion_rate", "ytd", "豫1302")).isEqualByComparingTo("57.14");
        // 执2 (basis 民诉前调) and 执3 (basis 诉前调确) of 2 successful mediations.
        assertThat(value("premediation_enforcement_rate", "month", "豫1302")).isEqualByComparingTo("100.00");
        assertThat(value("premediation_count", "ytd", "豫1302")).isEqualByComparingTo("4");
    }

    @Test
    void comparesWithTheSameMonthAYearEarlier() {
        // Rates in percentage points: 47.06 − 50.00; 50.00 − 100.00.
        assertThat(yoy("exec_recovery_rate", "豫1302")).isEqualByComparingTo("-2.94");
        assertThat(yoy("exec_completion_rate", "豫1302")).isEqualByComparingTo("-50.00");
        // Counts and days in percent: 3 received against 1; 24 days against 9.
        assertThat(yoy("exec_received", "豫1302")).isEqualByComparingTo("200.00");
        assertThat(yoy("avg_exec_days", "豫1302")).isEqualByComparingTo("166.67");
        // Nothing to compare with: no delivery a year earlier, or a count that was 0.
        assertThat(yoy("exec_recovery_rate", "豫1303")).isNull();
        assertThat(yoy("exec_pending", "豫1302")).isNull();
    }

    @Test
    void aDefinitionChangesInTheCatalogueAloneAndTakesEffectOnRecompute() {
        transaction.executeWithoutResult(status -> {
            // 终本率 over first executions received instead of closed: a catalogue edit, no Java.
            jdbc.update("update core.indicator_term set measure_code = 'first_exec_received'"
                    + " where indicator_code = 'exec_terminated_rate' and part = 'denominator'");
            calculator.recompute(YearMonth.of(2024, 8));

            // 1 terminated (执2) of 3 first executions received in August (执1, 执2, 执3).
            assertThat(value("exec_terminated_rate", "month", "豫1302")).isEqualByComparingTo("33.33");
            status.setRollbackOnly();
        });
        assertThat(value("exec_terminated_rate", "month", "豫1302")).isEqualByComparingTo("50.00");
    }

    @Test
    void afterADefinitionChangeTheMonthThatYoyReadsIsRecomputedToo() {
        transaction.executeWithoutResult(status -> {
            // An edit of a measure: 执行完毕率 made to count 终本 closings instead.
            jdbc.update("update core.measure set dispositions = array['终结本次执行程序']"
                    + " where measure_code = 'first_exec_closed_completed'");
            calculator.recompute(YearMonth.of(2024, 8));

            // 2024-08: 1 (执2) of 2 first executions closed. 2023-08, recomputed with it: 0 of 1, where
            // the old definition gave 100. 同比 compares like with like: +50, not 50 − 100.
            assertThat(value("exec_completion_rate", "month", "豫1302")).isEqualByComparingTo("50.00");
            assertThat(jdbc.queryForObject("select value from mart.indicator_value where period = '2023-08'"
                    + " and indicator_code = 'exec_completion_rate' and time_window = 'month' and court_code = '豫1302'",
                    BigDecimal.class)).isEqualByComparingTo("0.00");
            assertThat(yoy("exec_completion_rate", "豫1302")).isEqualByComparingTo("50.00");
            assertThat(jdbc.queryForObject("select count(distinct definition_hash) from mart.indicator_result"
                    + " where indicator_code = 'exec_completion_rate'", Integer.class)).isEqualTo(1);

            // A month a year earlier computed under another definition is never compared with.
            jdbc.update("update mart.indicator_result set definition_hash = 'earlier' where period = '2023-08-01'");
            assertThat(yoy("exec_completion_rate", "豫1302")).isNull();
            assertThat(jdbc.queryForObject("select yoy_change from mart.indicator_trend where period = '2024-08'"
                    + " and indicator_code = 'exec_completion_rate' and time_window = 'month' and court_code = '豫1302'",
                    BigDecimal.class)).isNull();
            status.setRollbackOnly();
        });
        assertThat(yoy("exec_completion_rate", "豫1302")).isEqualByComparingTo("-50.00");
    }

    @Test
    void countsUpheldExecutionObjections() {
        transaction.executeWithoutResult(status -> {
            jdbc.update("update core.case_row set case_type_code = '执异', disposition = '异议成立'"
                    + " where case_no in ('（2024）豫1302执1号', '（2024）豫1302执4号')");
            // Rows edited in place, as no import does: their delivery's kept groups are made again.
            jdbc.update("delete from core.grouped_delivery where delivery_id in (select delivery_id from core.case_row"
                    + " where case_no in ('（2024）豫1302执1号', '（2024）豫1302执4号'))");
            calculator.recompute(YearMonth.of(2024, 8));

            // 执1 closed in August, 执4 in May: one this month, two in the year.
            assertThat(value("exec_objection_upheld", "month", "豫1302")).isEqualByComparingTo("1");
            assertThat(value("exec_objection_upheld", "ytd", "豫1302")).isEqualByComparingTo("2");
            assertThat(value("exec_objection_upheld", "month", "豫1303")).isEqualByComparingTo("0");
            status.setRollbackOnly();
        });
    }

    BigDecimal value(String indicator, String window, String court) {
        return jdbc.queryForObject("select value from mart.indicator_value where period = '2024-08'"
                + " and indicator_code = ? and time_window = ? and court_code = ?", BigDecimal.class, indicator, window, court);
    }

    BigDecimal yoy(String indicator, String court) {
        return jdbc.queryForObject("select yoy_change from mart.indicator_value where period = '2024-08'"
                + " and indicator_code = ? and time_window = 'month' and court_code = ?", BigDecimal.class, indicator, court);
    }
}
