package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtstats.jobs.MonthlyImportIT.rows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.courtstats.vocabulary.RefusalCode;
import org.courtstats.warehouse.Delivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cases at the edges of the contract of 2026-12-01, end to end on a hand-made month: retrials
 * without 原审案号, second-instance cases without the column, values that need an optional field
 * (known values only, with their coverage), and the attributed ratios of the basic courts only.
 */
@WarehouseTest
class RetrialsAndKnownValuesIT {

    static final YearMonth AUGUST = YearMonth.of(2024, 8);
    static final List<String> BASIC_HEADER = List.of("案号", "立案日期", "结案日期", "结案方式");
    static final List<String> INTERMEDIATE_HEADER = List.of("案号", "立案日期", "结案日期", "结案方式", "原审案号", "开庭次数");

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;
    Inbox inbox;

    @BeforeEach
    void emptyWarehouse() {
        Warehouses.reset(jdbc);
        inbox = new Inbox(temp.resolve("inbox"));
    }

    /**
     * 宛城's export has no 原审案号 column, as basic courts' often do. In August it received 民初1, 民初2
     * and 民再1 (a retrial of its own judgment, ordered by 豫13) and closed 民初1 and 民再1.
     */
    void writeWancheng() throws Exception {
        inbox.csv("2024-08", "宛城区法院_审判案件_2024年8月.csv", rows(BASIC_HEADER,
                List.of("（2024）豫1302民初1号", "2024-08-01", "2024-08-20", "判决"),
                List.of("（2024）豫1302民初2号", "2024-08-02", "", ""),
                List.of("（2024）豫1302民再1号", "2024-08-03", "2024-08-30", "改判")));
    }

    /**
     * 豫13. 民终1 and 民终2 are appeals of 宛城's 民初1 closed in August (1 heard, 1 of unknown
     * hearings), 民终3 one of 卧龙 (heard twice); 民申1 is a retrial application of 宛城's judgment,
     * 民申2 one without 原审案号 (loaded, attributed to nobody) closed by 驳回再审申请 in its long
     * spelling. 民初1 is 豫13's own first instance.
     */
    void writeIntermediate() throws Exception {
        inbox.csv("2024-08", "南阳中院_审判案件_2024年8月.csv", rows(INTERMEDIATE_HEADER,
                List.of("（2024）豫13民终1号", "2024-08-05", "2024-08-25", "维持原判", "（2024）豫1302民初1号", "1"),
                List.of("（2024）豫13民终2号", "2024-08-06", "2024-08-26", "改判", "（2024）豫1302民初1号", ""),
                List.of("（2024）豫13民终3号", "2024-08-07", "2024-08-27", "发回重审", "（2024）豫1303民初1号", "2"),
                List.of("（2024）豫13民申1号", "2024-08-08", "", "", "（2024）豫1302民初1号", ""),
                List.of("（2024）豫13民申2号", "2024-08-09", "2024-08-29", "裁定驳回再审申请", "", ""),
                List.of("（2024）豫13民初1号", "2024-08-01", "2024-08-28", "判决", "", "1")));
    }

    /** 卧龙: received and closed 民初1 in August. */
    void writeWolong() throws Exception {
        inbox.csv("2024-08", "卧龙区法院_审判案件_2024年8月.csv", rows(BASIC_HEADER,
                List.of("（2024）豫1303民初1号", "2024-08-01", "2024-08-10", "判决")));
    }

    void writeMonth() throws Exception {
        writeWancheng();
        writeWolong();
        writeIntermediate();
        inbox.pendingOnlyDeliveriesOfTheOtherCourts("2024-08", "trial", Set.of("豫1302", "豫1303", "豫13"));
    }

    @Test
    void aRetrialWithoutOriginalCaseNumberIsLoadedCountedAndWarnedAbout() throws Exception {
        writeMonth();

        ImportReport report = monthlyImport.run(AUGUST, inbox.root());

        assertThat(report.deliveries()).extracting(line -> line.delivery().status()).containsOnly(Delivery.PUBLISHED);
        Delivery wancheng = MonthlyImportIT.delivery(report, "豫1302");
        assertThat(wancheng.rowsLoaded()).isEqualTo(3);
        assertThat(wancheng.rowsRejected()).isZero();
        assertThat(wancheng.rowsWarned()).isEqualTo(1);
        assertThat(jdbc.queryForList("select case_no || ' ' || reason_code from mart.row_warning where period = '2024-08'"
                + " order by case_no", String.class))
                .containsExactly("（2024）豫1302民再1号 NO_ORIGINAL_CASE_NO", "（2024）豫13民申2号 NO_ORIGINAL_CASE_NO");
        // The retrial counts where it is heard: 宛城 received 3 and closed 2.
        assertThat(value("trial_received", "豫1302")).isEqualByComparingTo("3");
        assertThat(value("trial_closed", "豫1302")).isEqualByComparingTo("2");
        // 民申1 is attributed to 宛城 (1 of its 1 first-instance case closed); 民申2 to nobody, not 全市 either:
        // 全市 = 1 / (1 + 1) first-instance cases closed by the basic courts.
        assertThat(value("retrial_application_rate", "豫1302")).isEqualByComparingTo("100.000");
        assertThat(value("retrial_application_rate", "豫1303")).isEqualByComparingTo("0.000");
        assertThat(value("retrial_application_rate", "全市")).isEqualByComparingTo("50.000");
        assertThat(jdbc.queryForObject("select disposition from core.case_record where case_no = '（2024）豫13民申2号'",
                String.class)).isEqualTo("驳回再审申请");
    }

    @Test
    void theAttributedRatiosBelongToTheBasicCourtsOnlyAndTheCitySumsThem() throws Exception {
        writeMonth();
        monthlyImport.run(AUGUST, inbox.root());

        assertThat(jdbc.queryForObject("select count(*) from mart.indicator_value where period = '2024-08'"
                + " and court_code = '豫13' and indicator_code in ('appeal_rate', 'acceptance_rate', 'reversal_rate',"
                + " 'remand_rate', 'retrial_application_rate')", Integer.class)).as("豫13 has no value").isZero();
        // Appeals received in August: 2 of 宛城 (of 1 first-instance case closed), 1 of 卧龙 (of 1).
        assertThat(value("appeal_rate", "豫1302")).isEqualByComparingTo("200.00");
        assertThat(value("acceptance_rate", "豫1303")).isEqualByComparingTo("0.00");
        // 全市 over the basic courts: 3 appeals of 2 first-instance cases closed, not of 3 with 豫13's 民初1.
        Map<String, Object> city = jdbc.queryForMap("select numerator, denominator, value, reporting_courts"
                + " from mart.indicator_value where period = '2024-08' and time_window = 'month'"
                + " and indicator_code = 'appeal_rate' and court_code = '全市'");
        assertThat((BigDecimal) city.get("numerator")).isEqualByComparingTo("3");
        assertThat((BigDecimal) city.get("denominator")).isEqualByComparingTo("2");
        assertThat(city.get("reporting_courts")).isEqualTo(14);
        assertThat(value("reversal_rate", "全市")).as("3 decimals").isEqualByComparingTo("50.000");
        assertThat(value("remand_rate", "豫1303")).isEqualByComparingTo("100.000");
    }

    @Test
    void aHearingRateCountsOnlyKnownHearingsAndSaysItsCoverage() throws Exception {
        writeMonth();
        monthlyImport.run(AUGUST, inbox.root());

        // Second-instance cases closed: 民终1 (1 hearing), 民终2 (unknown), 民终3 (2): 2 heard of 2 known.
        Map<String, Object> hearing = jdbc.queryForMap("select numerator, denominator, value, coverage, coverage_low"
                + " from mart.indicator_value where period = '2024-08' and time_window = 'month'"
                + " and indicator_code = 'appeal_hearing_rate' and court_code = '豫13'");
        assertThat((BigDecimal) hearing.get("numerator")).isEqualByComparingTo("2");
        assertThat((BigDecimal) hearing.get("denominator")).isEqualByComparingTo("2");
        assertThat((BigDecimal) hearing.get("value")).isEqualByComparingTo("100.00");
        assertThat((BigDecimal) hearing.get("coverage")).isEqualByComparingTo("66.67");
        assertThat(hearing.get("coverage_low")).isEqualTo(true);
        Map<String, Object> city = jdbc.queryForMap("select value, coverage, coverage_low from mart.indicator_value"
                + " where period = '2024-08' and time_window = 'month' and indicator_code = 'appeal_hearing_rate'"
                + " and court_code = '全市'");
        assertThat((BigDecimal) city.get("coverage")).isEqualByComparingTo("66.67");
        assertThat(city.get("coverage_low")).isEqualTo(true);
        // No optional field involved: coverage 100. 审限 unknown for every case (no such columns): coverage 0.
        assertThat(jdbc.queryForObject("select coverage from mart.indicator_value where period = '2024-08'"
                + " and time_window = 'month' and indicator_code = 'clearance_rate' and court_code = '豫1302'",
                BigDecimal.class)).isEqualByComparingTo("100");
        Map<String, Object> limit = jdbc.queryForMap("select value, coverage, coverage_low from mart.indicator_value"
                + " where period = '2024-08' and time_window = 'month' and indicator_code = 'within_limit_rate'"
                + " and court_code = '豫1302'");
        assertThat(limit.get("value")).as("not 0.00: nothing is known").isNull();
        assertThat((BigDecimal) limit.get("coverage")).isEqualByComparingTo("0");
        assertThat(limit.get("coverage_low")).isEqualTo(true);
    }

    @Test
    void aFileWithSecondInstanceCasesButNoOriginalCaseNumberColumnIsRefused() throws Exception {
        writeWancheng();
        inbox.csv("2024-08", "南阳中院_审判案件_2024年8月.csv", rows(BASIC_HEADER,
                List.of("（2024）豫13民初1号", "2024-08-01", "", ""),
                List.of("（2024）豫13民终1号", "2024-08-05", "2024-08-25", "维持原判")));

        ImportReport report = monthlyImport.run(AUGUST, inbox.root());

        Delivery intermediate = MonthlyImportIT.delivery(report, "豫13");
        assertThat(intermediate.status()).isEqualTo(Delivery.REFUSED);
        assertThat(intermediate.refusalCode()).isEqualTo(RefusalCode.MISSING_COLUMN.name());
        assertThat(intermediate.refusalReason()).contains("含有二审案件（如（2024）豫13民终1号），但没有原审案号列“原审案号”")
                .contains("请补上该列后重新报送");
        assertThat(MonthlyImportIT.delivery(report, "豫1302").status()).isEqualTo(Delivery.PUBLISHED);
    }

    @Test
    void aSecondInstanceCaseBeyondTheInspectedRowsStillRefusesTheFile() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(BASIC_HEADER);
        for (int n = 1; n <= 600; n++) {
            rows.add(List.of("（2024）豫13民初" + n + "号", "2024-08-01", "", ""));
        }
        rows.add(List.of("（2024）豫13民终1号", "2024-08-05", "", ""));
        inbox.csv("2024-08", "南阳中院_审判案件_2024年8月.csv", rows);

        Delivery intermediate = MonthlyImportIT.delivery(monthlyImport.run(AUGUST, inbox.root()), "豫13");

        assertThat(intermediate.rowsRejected()).as("one of 601 rows: under the 5% limit").isEqualTo(1);
        assertThat(intermediate.status()).isEqualTo(Delivery.REFUSED);
        assertThat(intermediate.refusalCode()).isEqualTo(RefusalCode.MISSING_COLUMN.name());
        assertThat(intermediate.refusalReason()).contains("（2024）豫13民终1号").contains("原审案号");
        assertThat(jdbc.queryForObject(Warehouses.UNPUBLISHED_ROWS, Integer.class)).isZero();
    }

    @Test
    void everyValueOfTheMonthIsMadeOfTheCasesItsDrillDownLists() throws Exception {
        writeMonth();
        monthlyImport.run(AUGUST, inbox.root());

        List<Map<String, Object>> mismatches = jdbc.queryForList("""
                with drill as (
                    select time_window, court_code, indicator_code,
                           coalesce(sum(numerator_contribution), 0) as numerator,
                           coalesce(sum(denominator_contribution), 0) as denominator
                    from mart.indicator_case where period = '2024-08'
                    group by 1, 2, 3
                )
                select v.time_window, v.court_code, v.indicator_code, v.numerator, v.denominator,
                       k.numerator as listed_numerator, k.denominator as listed_denominator
                from mart.indicator_value v
                join core.indicator i using (indicator_code)
                left join drill k using (time_window, court_code, indicator_code)
                where v.period = '2024-08' and v.numerator is not null
                  and (v.numerator <> coalesce(k.numerator, 0)
                       or i.denominator_basis = 'measures' and v.denominator <> coalesce(k.denominator, 0))
                """);
        assertThat(mismatches).as("values whose listed cases do not add up to them").isEmpty();
        // Every trial value of all 15 courts and 全市, both windows (the month has trial deliveries only).
        assertThat(jdbc.queryForObject("select count(*) from mart.indicator_value where period = '2024-08'"
                + " and numerator is not null", Integer.class)).isEqualTo(598);

        // 宛城's 改判率: the appeal heard at 豫13, brought to 宛城 by its 原审案号, with its lineage.
        Map<String, Object> reversed = jdbc.queryForMap("""
                select case_no, case_court_code, original_case_no, file_name, row_number, in_denominator
                from mart.indicator_case where period = '2024-08' and time_window = 'month' and court_code = '豫1302'
                  and indicator_code = 'reversal_rate' and in_numerator
                """);
        assertThat(reversed).containsEntry("case_no", "（2024）豫13民终2号").containsEntry("case_court_code", "豫13")
                .containsEntry("original_case_no", "（2024）豫1302民初1号")
                .containsEntry("file_name", "南阳中院_审判案件_2024年8月.csv").containsEntry("row_number", 3)
                .containsEntry("in_denominator", false);
        // 二审开庭率: 民终2, whose 开庭次数 is empty, is listed as left out.
        assertThat(jdbc.queryForList("select case_no from mart.indicator_case where period = '2024-08'"
                + " and time_window = 'month' and court_code = '豫13' and indicator_code = 'appeal_hearing_rate'"
                + " and left_out_unknown", String.class)).containsExactly("（2024）豫13民终2号");
        // 服判息诉率's numerator subtracts the appeals: they are listed with -1.
        assertThat(jdbc.queryForList("select case_no || ' ' || numerator_contribution from mart.indicator_case"
                + " where period = '2024-08' and time_window = 'month' and court_code = '豫1302'"
                + " and indicator_code = 'acceptance_rate' and in_numerator order by case_no", String.class))
                .containsExactly("（2024）豫1302民初1号 1", "（2024）豫13民终1号 -1", "（2024）豫13民终2号 -1");
    }

    BigDecimal value(String indicator, String court) {
        return jdbc.queryForObject("select value from mart.indicator_value where period = '2024-08'"
                + " and indicator_code = ? and time_window = 'month' and court_code = ?", BigDecimal.class, indicator, court);
    }
}
