package org.courtstats.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courtstats.jobs.ImportReport;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.courtstats.warehouse.Delivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15.2: the six indicators of the three registers, computed by hand from small deliveries of
 * 宛城 (豫1302) and 卧龙 (豫1303); every other court sends one row of each feed outside both windows, so
 * the month is complete and 全市 is published. The values, numerators and denominators are worked out in
 * the comments; "within 3 days" is tested at its edges (3 days to the second, one second more, a reply
 * before the request, none).
 */
@WarehouseTest
class RegisterIndicatorsIT {

    static final YearMonth AUGUST = YearMonth.of(2024, 8);
    static final List<String> FEEDS = List.of("trial", "supervision", "judge_contact", "online_filing");

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    IndicatorCalculator indicators;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @BeforeEach
    void importTheMonth() throws Exception {
        Warehouses.reset(jdbc);
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        // 宛城's trial cases: 民初1-10 received in August, 民初11-20 in March (month 10, ytd 20).
        List<List<String>> trial = new ArrayList<>(List.of(List.of("案号", "立案日期", "结案日期", "结案方式")));
        for (int n = 1; n <= 20; n++) {
            trial.add(List.of("（2024）豫1302民初" + n + "号", n <= 10 ? "2024-08-0" + (1 + n % 9) : "2024-03-01", "", ""));
        }
        inbox.csv("2024-08", "宛城区法院_审判案件_2024年8月.csv", trial);
        // Flagged in August: 民初1, 2, 12 (3); in the year also 民初11 (4). Supervised by 31 August:
        // 民初1, 民初2 (on the 31st), 民初12 (month 3, ytd 3). Feedback by 31 August: 民初1, 民初12 (2;
        // 民初2's on 1 September is after the window's end).
        inbox.csv("2024-08", "宛城区法院_四类案件_2024年8月.csv", List.of(
                List.of("案号", "标记日期", "类别", "监管日期", "反馈日期"),
                List.of("（2024）豫1302民初1号", "2024-08-05", "群体性纠纷", "2024-08-06", "2024-08-31"),
                List.of("（2024）豫1302民初2号", "2024-08-10", "疑难复杂", "2024-08-31", "2024-09-01"),
                List.of("（2024）豫1302民初11号", "2024-03-05", "类案冲突", "", ""),
                List.of("（2024）豫1302民初12号", "2024-08-20", "反映违法审判", "2024-08-21", "2024-08-22")));
        // Received in August: A1-A5 (5), answered within 3 days: A1 (exactly 3 days), A5 (2). Not: A2 (3
        // days and a second), A3 (answered before the request), A4 (no answer). In the year also A6
        // (within) and A7 (4 days): 7 received, 3 within.
        inbox.csv("2024-08", "宛城区法院_联系法官_2024年8月.csv", List.of(
                List.of("申请编号", "申请时间", "回复时间", "承办人"),
                List.of("A1", "2024-08-01 09:30", "2024-08-04 09:30:00", "张法官"),
                List.of("A2", "2024-08-01 09:30", "2024-08-04 09:30:01", "张法官"),
                List.of("A3", "2024-08-10 10:00", "2024-08-10 09:00", ""),
                List.of("A4", "2024-08-20 10:00", "", ""),
                List.of("A5", "2024-08-31 08:00", "2024-08-31 09:00", ""),
                List.of("A6", "2024-03-01 08:00", "2024-03-02 08:00", ""),
                List.of("A7", "2024-03-05 08:00", "2024-03-09 08:00", "")));
        // Submitted in August: F1-F4 (4), reviewed within 3 days F1, F3 (2); F2 a second late, F4 not
        // reviewed. In the year also F5 (July, within) and F6 (March, within): 6 submitted, 4 within.
        // Reviewed in August: F1, F2, F3, F5 (4), passed F1, F5 (2); in the year also F6 (5, 2 passed).
        inbox.csv("2024-08", "宛城区法院_网上立案_2024年8月.csv", List.of(
                List.of("申请编号", "提交时间", "审核时间", "审核结果"),
                List.of("F1", "2024-08-01 09:00", "2024-08-04 09:00", "通过"),
                List.of("F2", "2024-08-01 09:00", "2024-08-04 09:00:01", "不通过"),
                List.of("F3", "2024-08-05 09:00", "2024-08-06 09:00", "补正"),
                List.of("F4", "2024-08-30 09:00", "", ""),
                List.of("F5", "2024-07-30 10:00", "2024-08-01 10:00", "准予立案"),
                List.of("F6", "2024-03-01 10:00", "2024-03-02 10:00", "不予立案")));
        // 卧龙: 5 trial cases in August, one flagged (supervised, feedback), one request answered in a
        // day, one filing reviewed in an hour and passed: 20% and 100% everywhere else, both windows.
        List<List<String>> wolong = new ArrayList<>(List.of(List.of("案号", "立案日期", "结案日期", "结案方式")));
        for (int n = 1; n <= 5; n++) {
            wolong.add(List.of("（2024）豫1303民初" + n + "号", "2024-08-02", "", ""));
        }
        inbox.csv("2024-08", "卧龙区法院_审判案件_2024年8月.csv", wolong);
        inbox.csv("2024-08", "卧龙区法院_四类案件_2024年8月.csv", List.of(List.of("案号", "标记日期", "类别", "监管日期", "反馈日期"),
                List.of("（2024）豫1303民初1号", "2024-08-03", "疑难复杂", "2024-08-04", "2024-08-05")));
        inbox.csv("2024-08", "卧龙区法院_联系法官_2024年8月.csv", List.of(List.of("申请编号", "申请时间", "回复时间"),
                List.of("B1", "2024-08-02 09:00", "2024-08-03 09:00")));
        inbox.csv("2024-08", "卧龙区法院_网上立案_2024年8月.csv", List.of(List.of("申请编号", "提交时间", "审核时间", "审核结果"),
                List.of("G1", "2024-08-02 09:00", "2024-08-02 10:00", "通过")));
        for (String feed : FEEDS) {
            inbox.pendingOnlyDeliveriesOfTheOtherCourts("2024-08", feed, Set.of("豫1302", "豫1303"));
        }

        ImportReport report = monthlyImport.run(AUGUST, inbox.root());

        assertThat(report.deliveries()).hasSize(15 * FEEDS.size())
                .allSatisfy(line -> assertThat(line.delivery().status()).as(line.delivery().fileName() + " "
                        + line.delivery().refusalReason()).isEqualTo(Delivery.PUBLISHED));
    }

    /** The other test classes share this warehouse: the catalogue's parameter goes back to its default. */
    @AfterEach
    void defaultLimit() {
        jdbc.update("update core.catalogue_parameter set value = 3 where parameter_code = 'contact_reply_days'");
    }

    @Test
    void eachIndicatorIsWhatTheRowsGiveByHandForACourtAndTheCityInBothWindows() {
        Map<String, String> expected = new LinkedHashMap<>();
        // court window → numerator/denominator value
        expected.put("supervision_flag_rate 豫1302 month", "3/10 30.00");
        expected.put("supervision_flag_rate 豫1302 ytd", "4/20 20.00");
        expected.put("supervision_flag_rate 全市 month", "4/15 26.67");
        expected.put("supervision_flag_rate 全市 ytd", "5/25 20.00");
        expected.put("supervision_rate 豫1302 month", "3/3 100.00");
        expected.put("supervision_rate 豫1302 ytd", "3/4 75.00");
        expected.put("supervision_rate 全市 month", "4/4 100.00");
        expected.put("supervision_rate 全市 ytd", "4/5 80.00");
        expected.put("supervision_feedback_rate 豫1302 month", "2/3 66.67");
        expected.put("supervision_feedback_rate 豫1302 ytd", "2/4 50.00");
        expected.put("supervision_feedback_rate 全市 month", "3/4 75.00");
        expected.put("supervision_feedback_rate 全市 ytd", "3/5 60.00");
        expected.put("contact_timely_reply_rate 豫1302 month", "2/5 40.00");
        expected.put("contact_timely_reply_rate 豫1302 ytd", "3/7 42.86");
        expected.put("contact_timely_reply_rate 全市 month", "3/6 50.00");
        expected.put("contact_timely_reply_rate 全市 ytd", "4/8 50.00");
        expected.put("online_filing_review_rate 豫1302 month", "2/4 50.00");
        expected.put("online_filing_review_rate 豫1302 ytd", "4/6 66.67");
        expected.put("online_filing_review_rate 全市 month", "3/5 60.00");
        expected.put("online_filing_review_rate 全市 ytd", "5/7 71.43");
        expected.put("online_filing_pass_rate 豫1302 month", "2/4 50.00");
        expected.put("online_filing_pass_rate 豫1302 ytd", "2/5 40.00");
        expected.put("online_filing_pass_rate 全市 month", "3/5 60.00");
        expected.put("online_filing_pass_rate 全市 ytd", "3/6 50.00");
        Map<String, String> actual = new LinkedHashMap<>();
        for (String key : expected.keySet()) {
            String[] parts = key.split(" ");
            actual.put(key, jdbc.queryForObject("""
                    select numerator::integer || '/' || denominator::integer || ' ' || value from mart.indicator_value
                    where period = '2024-08' and indicator_code = ? and court_code = ? and time_window = ?
                    """, String.class, parts[0], parts[1], parts[2]));
        }
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void theRatesRankTheBasicCourtsWithValuesAndShowInTheWideViewAndTheDrillDown() {
        assertThat(jdbc.queryForList("""
                select court_code || ' ' || rank || '/' || ranked_courts from mart.indicator_value
                where period = '2024-08' and time_window = 'month' and indicator_code = 'contact_timely_reply_rate'
                  and rank is not null order by rank
                """, String.class)).containsExactly("豫1303 1/2", "豫1302 2/2");
        assertThat(jdbc.queryForObject("select unit || ' ' || indicator_group || ' ' || indicator_name from mart.indicator_value"
                + " where period = '2024-08' and time_window = 'ytd' and court_code = '豫1302'"
                + " and indicator_code = 'online_filing_review_rate'", String.class)).isEqualTo("percent online_filing 3日内审核率");
        // The wide view has a column per catalogue indicator.
        assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = 'mart'"
                + " and table_name = 'indicator_wide' and column_name in ('supervision_flag_rate', 'supervision_rate',"
                + " 'supervision_feedback_rate', 'contact_timely_reply_rate', 'online_filing_review_rate',"
                + " 'online_filing_pass_rate')", Integer.class)).isEqualTo(6);
        assertThat(jdbc.queryForObject("select contact_timely_reply_rate from mart.indicator_wide where period = '2024-08'"
                + " and time_window = 'month' and court_code = '豫1302'", BigDecimal.class)).isEqualByComparingTo("40.00");
        // Every figure is defended row by row: the 申请编号 of the requests counted, with file and row.
        assertThat(jdbc.queryForList("""
                select case_no || ' ' || in_numerator || ' ' || in_denominator || ' ' || row_number from mart.indicator_case
                where period = '2024-08' and time_window = 'month' and court_code = '豫1302'
                  and indicator_code = 'contact_timely_reply_rate' order by case_no
                """, String.class)).containsExactly("A1 true true 2", "A2 false true 3", "A3 false true 4",
                "A4 false true 5", "A5 true true 6");
        assertThat(jdbc.queryForList("""
                select case_no || ' ' || in_numerator || ' ' || in_denominator from mart.indicator_case
                where period = '2024-08' and time_window = 'month' and court_code = '豫1302'
                  and indicator_code = 'online_filing_pass_rate' order by case_no
                """, String.class)).containsExactly("F1 true true", "F2 false true", "F3 false true", "F5 true true");
        for (String indicator : List.of("supervision_flag_rate", "supervision_rate", "supervision_feedback_rate",
                "contact_timely_reply_rate", "online_filing_review_rate", "online_filing_pass_rate")) {
            for (String window : List.of("month", "ytd")) {
                assertThat(jdbc.queryForObject("""
                        select (select coalesce(sum(numerator_contribution), 0) || '/' || coalesce(sum(denominator_contribution), 0)
                                from mart.indicator_case c
                                where c.period = v.period and c.time_window = v.time_window and c.court_code = v.court_code
                                  and c.indicator_code = v.indicator_code)
                               = v.numerator::integer || '/' || v.denominator::integer
                        from mart.indicator_value v
                        where v.period = '2024-08' and v.time_window = ? and v.court_code = '全市' and v.indicator_code = ?
                        """, Boolean.class, window, indicator)).as(indicator + " " + window).isTrue();
            }
        }
    }

    /** 同比 as for the other rates: percentage points against the same month a year earlier. */
    @Test
    void theYoyOfARateIsInPercentagePointsAgainstLastYearsMonth() throws Exception {
        Inbox lastYear = new Inbox(temp.resolve("2023"));
        // August 2023: two requests, one answered in a day: 50.00%.
        lastYear.csv("2023-08", "宛城区法院_联系法官_2023年8月.csv", List.of(List.of("申请编号", "申请时间", "回复时间"),
                List.of("C1", "2023-08-01 09:00", "2023-08-02 09:00"), List.of("C2", "2023-08-02 09:00", "")));
        assertThat(monthlyImport.run(YearMonth.of(2023, 8), lastYear.root()).deliveries()).singleElement()
                .satisfies(line -> assertThat(line.delivery().status()).isEqualTo(Delivery.PUBLISHED));

        assertThat(jdbc.queryForObject("select yoy_change from mart.indicator_value where period = '2024-08'"
                + " and time_window = 'month' and court_code = '豫1302' and indicator_code = 'contact_timely_reply_rate'",
                BigDecimal.class)).isEqualByComparingTo("-10.00");
    }

    /** The limit is a catalogue parameter: 4 days instead of 3 and a recompute let A2 (3 days and a second) in. */
    @Test
    void theReplyLimitIsACatalogueParameter() {
        String before = jdbc.queryForObject("select definition_hash from mart.indicator_result where period = '2024-08-01'"
                + " and indicator_code = 'contact_timely_reply_rate' and court_code = '豫1302' and time_window = 'month'",
                String.class);

        jdbc.update("update core.catalogue_parameter set value = 4 where parameter_code = 'contact_reply_days'");
        indicators.recompute(AUGUST);

        assertThat(jdbc.queryForMap("select v.value, r.definition_hash from mart.indicator_value v join mart.indicator_result r"
                + " using (indicator_code, time_window, court_code) where v.period = '2024-08' and r.period = '2024-08-01'"
                + " and indicator_code = 'contact_timely_reply_rate' and court_code = '豫1302' and time_window = 'month'"))
                .hasEntrySatisfying("value", value -> assertThat((BigDecimal) value).isEqualByComparingTo("60.00"))
                .hasEntrySatisfying("definition_hash", hash -> assertThat(hash).isNotEqualTo(before));
    }
}
