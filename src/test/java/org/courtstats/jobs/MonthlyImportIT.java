package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.courtstats.warehouse.Delivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly import end to end on the embedded PostgreSQL, on a small hand-made month whose
 * indicators were computed by hand (see the comments by each file).
 */
@WarehouseTest
class MonthlyImportIT {

    static final YearMonth AUGUST = YearMonth.of(2024, 8);
    static final List<String> TRIAL_HEADER =
            List.of("案号", "案由", "立案日期", "结案日期", "结案方式", "审限届满日期", "是否超审限", "原审案号", "开庭次数");

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    javax.sql.DataSource dataSource;
    @TempDir
    Path temp;
    Inbox inbox;

    @BeforeEach
    void emptyWarehouse() {
        Warehouses.reset(jdbc);
        inbox = new Inbox(temp.resolve("inbox"));
    }

    /**
     * 宛城 (豫1302), a CSV. August: received 1-4 (4), closed 1, 2, 5 (3) → 结收比 75.00. Within the
     * time limit: 1 yes, 2 no (closed after its deadline), 5 yes by 是否超审限 = 否 → 2/3 = 66.67.
     * Year to date: received 1-6 (6), closed 1, 2, 5, 6, 7 (5) → 83.33; within: 1, 5, 6 of 1, 2, 5, 6
     * (7 has neither a deadline nor 是否超审限) → 75.00. Row 8 closed in 2023: skipped.
     */
    void writeWancheng(Inbox inbox) throws Exception {
        inbox.csv("2024-08", "宛城区法院_审判案件_2024年8月.csv", rows(TRIAL_HEADER,
                List.of("（2024）豫1302民初1号", "民间借贷纠纷", "2024-08-01", "2024-08-20", "判决", "2025-02-01", "", "", "1"),
                List.of("（2024）豫1302民初2号", "离婚纠纷", "2024/8/5", "2024年8月25日", "调解结案", "2024-08-20", "", "", "0"),
                List.of("(2024)豫1302民初3号", "买卖合同纠纷", "2024.8.10", "", "", "2025-02-10", "", "", ""),
                List.of("（2024）豫1302民初4号", "", "20240812", "-", "", "", "", "", ""),
                List.of("（2024）豫1302民初5号", "", "2024-07-01", "2024-08-02 10:30", "准予撤诉", "", "否", "", ""),
                List.of("（2024）豫1302民初6号", "", "2024-03-01", "2024-05-10", "判决", "2024-09-01", "", "", "2"),
                List.of("（2023）豫1302民初900号", "", "2023-11-01", "2024-02-01", "判决", "", "", "", ""),
                List.of("（2023）豫1302民初800号", "", "2023-06-01", "2023-12-01", "判决", "", "", "", ""),
                List.of("合计", "", "", "", "", "", "", "", "")));
    }

    /** 卧龙 (豫1303), an .xlsx with a title row and date cells: received 4, closed 3 → 75.00. */
    void writeWolong(Inbox inbox) throws Exception {
        inbox.xlsx("2024-08", "卧龙区法院审判案件2024年8月.xlsx", "南阳市卧龙区人民法院2024年1-8月审判案件明细", rows(TRIAL_HEADER,
                List.of("（2024）豫1303民初1号", "", "2024-08-01", "2024-08-10", "判决", "2025-01-01", "", "", ""),
                List.of("（2024）豫1303民初2号", "", "2024-08-02", "2024-08-11", "判决", "2025-01-01", "", "", ""),
                List.of("（2024）豫1303民初3号", "", "2024-08-03", "2024-08-12", "调解", "2025-01-01", "", "", ""),
                List.of("（2024）豫1303民初4号", "", "2024-08-04", "", "", "2025-01-01", "", "", "")));
    }

    /** 南召 (豫1321): received 2, closed 3 → 150.00, at or above the target: ranks first. */
    void writeNanzhao(Inbox inbox) throws Exception {
        inbox.csv("2024-08", "南召法院-审判案件-202408.csv", rows(TRIAL_HEADER,
                List.of("（2024）豫1321民初1号", "", "2024-08-01", "2024-08-15", "判决", "", "", "", ""),
                List.of("（2024）豫1321民初2号", "", "2024-08-05", "", "", "", "", "", ""),
                List.of("（2024）豫1321民初3号", "", "2024-06-01", "2024-08-03", "判决", "", "", "", ""),
                List.of("（2024）豫1321民初4号", "", "2024-07-01", "2024-08-30", "判决", "", "", "", "")));
    }

    /** 西峡 (豫1323): received 2, closed 1 → 50.00. */
    void writeXixia(Inbox inbox) throws Exception {
        inbox.csv("2024-08", "西峡县法院审判案件.csv", rows(TRIAL_HEADER,
                List.of("（2024）豫1323民初1号", "", "2024-08-01", "2024-08-09", "判决", "", "", "", ""),
                List.of("（2024）豫1323民初2号", "", "2024-08-02", "", "", "", "", "", "")));
    }

    /**
     * 南阳中院 (豫13). 民终1 (filed 08-10, of 宛城's 民初6) and 民终3 (filed 08-15, of 宛城's 民初5,
     * remanded 08-28) are appeals of 宛城 received in August: 宛城's 一审上诉率 is 2 / 3 first-instance
     * closed = 66.67 for the month, 2 / 5 = 40.00 for the year. 民终2 (filed in June, of 卧龙, reversed
     * 08-20): 卧龙's 被改判率 is 1 / 3 = 33.33 for the month. 民终4 is another city's appeal: no court.
     * Received in August: 民终1, 3, 4 and 民初1 (4); closed: 民终2, 3 and 民初1 (3).
     */
    void writeIntermediate(Inbox inbox) throws Exception {
        inbox.csv("2024-08", "南阳中院_审判案件_2024年8月.csv", rows(TRIAL_HEADER,
                List.of("（2024）豫13民终1号", "", "2024-08-10", "", "", "2024-11-10", "", "（2024）豫1302民初6号", "0"),
                List.of("（2024）豫13民终2号", "", "2024-06-01", "2024-08-20", "改判", "2024-09-01", "", "(2023)豫1303民初500号", "1"),
                List.of("（2024）豫13民终3号", "", "2024-08-15", "2024-08-28", "撤销原判发回重审", "2024-11-15", "", "（2024）豫1302民初5号", "2"),
                List.of("（2024）豫13民终4号", "", "2024-08-01", "", "", "2024-11-01", "", "（2023）豫1402民初55号", "0"),
                List.of("（2024）豫13民初1号", "", "2024-08-01", "2024-08-31", "判决", "2025-02-01", "", "", "1")));
    }

    void writeMonth(Inbox inbox) throws Exception {
        writeWancheng(inbox);
        writeWolong(inbox);
        writeNanzhao(inbox);
        writeXixia(inbox);
        writeIntermediate(inbox);
        inbox.pendingOnlyDeliveriesOfTheOtherCourts("2024-08", "trial", java.util.Set.of("豫1302", "豫1303", "豫1321", "豫1323", "豫13"));
    }

    @Test
    void publishesEveryDeliveryAndComputesIndicatorsComputedByHand() throws Exception {
        writeMonth(inbox);

        ImportReport report = monthlyImport.run(AUGUST, inbox.root());

        assertThat(report.failed()).as(report.failure()).isFalse();
        assertThat(report.deliveries()).extracting(line -> line.delivery().status()).containsOnly(Delivery.PUBLISHED);
        Delivery wancheng = delivery(report, "豫1302");
        assertThat(wancheng.feed()).isEqualTo("trial");
        assertThat(wancheng.rowsLoaded()).isEqualTo(7);
        assertThat(wancheng.rowsSkipped()).as("the 2023 case and the 合计 row").isEqualTo(2);
        assertThat(wancheng.rowsRejected()).isZero();

        assertThat(value("clearance_rate", "month", "豫1302")).isEqualByComparingTo("75.00");
        assertThat(value("clearance_rate", "ytd", "豫1302")).isEqualByComparingTo("83.33");
        assertThat(value("within_limit_rate", "month", "豫1302")).isEqualByComparingTo("66.67");
        assertThat(value("within_limit_rate", "ytd", "豫1302")).isEqualByComparingTo("75.00");
        assertThat(value("appeal_rate", "month", "豫1302")).isEqualByComparingTo("66.67");
        assertThat(value("appeal_rate", "ytd", "豫1302")).isEqualByComparingTo("40.00");
        assertThat(value("remand_rate", "month", "豫1302")).as("3 decimals").isEqualByComparingTo("33.333");
        assertThat(value("appeal_rate", "month", "豫1303")).isEqualByComparingTo("0.00");
        assertThat(value("appeal_rate", "ytd", "豫1303")).isEqualByComparingTo("33.33");
        assertThat(value("reversal_rate", "month", "豫1303")).isEqualByComparingTo("33.333");
        assertThat(value("clearance_rate", "month", "豫1303")).isEqualByComparingTo("75.00");
    }

    @Test
    void ranksTiedCourtsAlikeAndSkipsTheNextRank() throws Exception {
        writeMonth(inbox);
        monthlyImport.run(AUGUST, inbox.root());

        List<Map<String, Object>> ranking = jdbc.queryForList("select court_code, rank, ranked_courts"
                + " from mart.indicator_value where period = '2024-08' and time_window = 'month'"
                + " and indicator_code = 'clearance_rate' and rank is not null order by rank, court_code");
        assertThat(ranking).extracting(row -> row.get("court_code") + ":" + row.get("rank"))
                .containsExactly("豫1321:1", "豫1302:2", "豫1303:2", "豫1323:4");
        assertThat(ranking).extracting(row -> row.get("ranked_courts")).containsOnly(4);
        assertThat(jdbc.queryForObject("select rank from mart.indicator_value where period = '2024-08'"
                + " and time_window = 'month' and indicator_code = 'clearance_rate' and court_code = '豫13'",
                Integer.class)).as("the intermediate court is not ranked").isNull();
    }

    @Test
    void cityValueIsTheRatioOfSumsNotTheAverageOfRates() throws Exception {
        writeMonth(inbox);
        monthlyImport.run(AUGUST, inbox.root());

        // closed 3 + 3 + 3 + 1 + 3 = 13, received 4 + 4 + 2 + 2 + 4 = 16 → 81.25 (the average of rates is 85).
        Map<String, Object> city = jdbc.queryForMap("select numerator, denominator, value from mart.indicator_value"
                + " where period = '2024-08' and time_window = 'month' and indicator_code = 'clearance_rate'"
                + " and court_code = '全市'");
        assertThat((BigDecimal) city.get("numerator")).isEqualByComparingTo("13");
        assertThat((BigDecimal) city.get("denominator")).isEqualByComparingTo("16");
        assertThat((BigDecimal) city.get("value")).isEqualByComparingTo("81.25");
        // The other city's appeal counts for no court and not for the city, and the attributed ratios are
        // the basic courts' (全市基层法院): 2 (宛城) of 3 + 3 + 3 + 1 = 10 first-instance cases closed, not
        // counting 豫13's own 民初1.
        assertThat(value("appeal_rate", "month", "全市")).isEqualByComparingTo("20.00");
    }

    @Test
    void aCourtThatDidNotDeliverHasNoValuesAndTheCityWaitsForIt() throws Exception {
        writeWancheng(inbox);
        writeWolong(inbox);
        writeNanzhao(inbox);
        writeXixia(inbox);
        inbox.pendingOnlyDeliveriesOfTheOtherCourts("2024-08", "trial",
                java.util.Set.of("豫1302", "豫1303", "豫1321", "豫1323", "豫13", "豫1330"));

        monthlyImport.run(AUGUST, inbox.root());

        // 桐柏 sent nothing: no zeros, no rank (a missing court would otherwise lead 万人起诉率).
        Map<String, Object> tongbai = jdbc.queryForMap("select value, rank, reporting_courts from mart.indicator_value"
                + " where period = '2024-08' and time_window = 'month' and indicator_code = 'suits_per_10k' and court_code = '豫1330'");
        assertThat(tongbai.get("value")).isNull();
        assertThat(tongbai.get("rank")).isNull();
        assertThat(tongbai.get("reporting_courts")).isEqualTo(0);
        assertThat(value("trial_received", "month", "豫1330")).isNull();
        // Without the intermediate court's delivery no appeal can be attributed: no 一审上诉率 anywhere.
        assertThat(value("appeal_rate", "month", "豫1302")).isNull();
        assertThat(value("clearance_rate", "month", "豫1302")).isEqualByComparingTo("75.00");
        // 全市 waits for every court and says how many reported.
        Map<String, Object> city = jdbc.queryForMap("select value, reporting_courts from mart.indicator_value"
                + " where period = '2024-08' and time_window = 'month' and indicator_code = 'clearance_rate' and court_code = '全市'");
        assertThat(city.get("value")).isNull();
        assertThat(city.get("reporting_courts")).isEqualTo(13);
    }

    @Test
    void holdsEveryTrialIndicatorForEveryCourtAndTheCityInBothWindows() throws Exception {
        writeMonth(inbox);
        monthlyImport.run(AUGUST, inbox.root());

        Integer indicators = jdbc.queryForObject("select count(*) from core.indicator where indicator_group = 'trial'",
                Integer.class);
        Integer rows = jdbc.queryForObject("select count(*) from mart.indicator_value where period = '2024-08'"
                + " and indicator_group = 'trial'", Integer.class);
        assertThat(indicators).isEqualTo(19);
        // The five attributed first-instance ratios have no row for 豫13.
        assertThat(rows).isEqualTo((indicators * 16 - 5) * 2);
        assertThat(jdbc.queryForList("select distinct indicator_code from mart.indicator_value where period = '2024-08'"
                + " and court_code = '豫13' and indicator_group = 'trial'", String.class))
                .doesNotContain("appeal_rate", "acceptance_rate", "reversal_rate", "remand_rate", "retrial_application_rate")
                .contains("clearance_rate", "reversal_remand_ratio", "appeal_hearing_rate");
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws Exception {
        writeMonth(inbox);
        monthlyImport.run(AUGUST, inbox.root());
        List<Map<String, Object>> before = jdbc.queryForList("select * from core.case_record order by case_no");

        ImportReport again = monthlyImport.run(AUGUST, inbox.root());

        assertThat(again.deliveries()).allMatch(ImportReport.Line::unchanged);
        assertThat(jdbc.queryForList("select * from core.case_record order by case_no")).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from staging.delivery", Integer.class)).isEqualTo(15);
    }

    @Test
    void aRefusedResendLeavesThePublishedSliceUntouched() throws Exception {
        writeMonth(inbox);
        monthlyImport.run(AUGUST, inbox.root());
        BigDecimal clearanceBefore = value("clearance_rate", "month", "豫1302");

        // A resend of 宛城 in which 2 of 4 rows have two-digit years: 50% rejected, above the 5% allowed.
        Inbox resend = new Inbox(temp.resolve("resend"));
        resend.csv("2024-08", "宛城区法院_审判案件_2024年8月（更正）.csv", rows(TRIAL_HEADER,
                List.of("（2024）豫1302民初1号", "", "2024-08-01", "2024-08-20", "判决", "", "", "", ""),
                List.of("（2024）豫1302民初2号", "", "24-8-5", "", "", "", "", "", ""),
                List.of("（2024）豫1302民初3号", "", "24-8-10", "", "", "", "", "", ""),
                List.of("（2024）豫1302民初4号", "", "2024-08-12", "", "", "", "", "", "")));
        ImportReport report = monthlyImport.run(AUGUST, resend.root());

        Delivery refused = delivery(report, "豫1302");
        assertThat(refused.status()).isEqualTo(Delivery.REFUSED);
        assertThat(refused.refusalCode()).isEqualTo("TOO_MANY_REJECTED");
        assertThat(refused.refusalReason()).contains("宛城区法院_审判案件_2024年8月（更正）.csv").contains("50.0%");
        assertThat(jdbc.queryForObject("select count(*) from core.case_record where court_code = '豫1302'",
                Integer.class)).isEqualTo(7);
        assertThat(value("clearance_rate", "month", "豫1302")).isEqualByComparingTo(clearanceBefore);
        assertThat(jdbc.queryForList("select row_number, reason_code from mart.rejected_row"
                + " where delivery_id = ? order by row_number", refused.id()))
                .extracting(row -> row.get("row_number") + ":" + row.get("reason_code"))
                .containsExactly("3:BAD_DATE", "4:BAD_DATE");
        assertThat(jdbc.queryForList("select distinct sheet from mart.rejected_row where delivery_id = ?", String.class,
                refused.id())).as("a CSV's one sheet is named after the file").containsExactly("宛城区法院_审判案件_2024年8月（更正）");
    }

    @Test
    void rejectsEveryRowOfACaseNumberSentTwice() throws Exception {
        List<List<String>> rows = new ArrayList<>(List.of(TRIAL_HEADER));
        for (int n = 1; n <= 50; n++) {
            rows.add(List.of("（2024）豫1323民初" + n + "号", "", "2024-08-01", "", "", "", "", "", ""));
        }
        rows.add(3, List.of("(2024)豫1323民初1号", "", "2024-08-02", "2024-08-09", "判决", "", "", "", ""));
        inbox.csv("2024-08", "西峡县法院审判案件.csv", rows);

        ImportReport report = monthlyImport.run(AUGUST, inbox.root());

        Delivery xixia = delivery(report, "豫1323");
        assertThat(xixia.status()).isEqualTo(Delivery.PUBLISHED);
        assertThat(xixia.rowsRejected()).isEqualTo(2);
        assertThat(xixia.rowsLoaded()).isEqualTo(49);
        List<Map<String, Object>> rejected = jdbc.queryForList("select row_number, reason_code, raw_value, message"
                + " from mart.rejected_row order by row_number");
        assertThat(rejected).extracting(row -> row.get("row_number") + ":" + row.get("reason_code"))
                .containsExactly("2:DUPLICATE_CASE_NO", "4:DUPLICATE_CASE_NO");
        assertThat(rejected.get(1).get("raw_value")).isEqualTo("(2024)豫1323民初1号");
        assertThat((String) rejected.get(0).get("message"))
                .startsWith("文件“西峡县法院审判案件.csv”第2行“案号”列：案号“（2024）豫1323民初1号”在本文件中出现了2次（第2、4行）");
        assertThat(jdbc.queryForObject("select count(*) from core.case_record where case_no = '（2024）豫1323民初1号'",
                Integer.class)).isZero();
    }

    @Test
    void aFileThatBreaksOffPartWayIsRefusedWholeWithNothingLeftStaged() throws Exception {
        StringBuilder csv = new StringBuilder("案号,立案日期,结案日期,结案方式\n");
        for (int n = 1; n <= 2_500; n++) {
            csv.append("（2024）豫1302民初").append(n).append("号,2024-08-01,,\n");
        }
        csv.append("（2024）豫1302民初9999号,\"2024-08-01,,\n"); // a quote that is never closed
        for (int n = 0; n < 1_200; n++) {
            csv.append("x,y,z\n");
        }
        java.nio.file.Files.createDirectories(inbox.root().resolve("2024-08"));
        java.nio.file.Files.writeString(inbox.root().resolve("2024-08/宛城区法院_审判案件.csv"), csv);

        ImportReport report = monthlyImport.run(AUGUST, inbox.root());

        Delivery wancheng = delivery(report, "豫1302");
        assertThat(wancheng.status()).isEqualTo(Delivery.REFUSED);
        assertThat(wancheng.refusalCode()).isEqualTo("UNREADABLE_FILE");
        assertThat(wancheng.refusalReason()).contains("宛城区法院_审判案件.csv").contains("双引号");
        assertThat(wancheng.rowsRead()).as("the rows before the break were read").isGreaterThan(2_000);
        assertThat(jdbc.queryForObject(Warehouses.UNPUBLISHED_ROWS, Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from core.case_record", Integer.class)).isZero();
    }

    @Test
    void anEarlierVersionSentAgainReplacesTheCurrentOne() throws Exception {
        Inbox first = new Inbox(temp.resolve("first"));
        first.csv("2024-08", "南召县法院审判案件.csv", rows(List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1321民初1号", "2024-08-01", "", "")));
        Inbox second = new Inbox(temp.resolve("second"));
        second.csv("2024-08", "南召县法院审判案件.csv", rows(List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1321民初1号", "2024-08-01", "", ""),
                List.of("（2024）豫1321民初2号", "2024-08-02", "", "")));

        monthlyImport.run(AUGUST, first.root());
        monthlyImport.run(AUGUST, second.root());
        ImportReport again = monthlyImport.run(AUGUST, first.root());

        assertThat(again.deliveries()).singleElement().satisfies(line -> {
            assertThat(line.unchanged()).isFalse();
            assertThat(line.delivery().status()).isEqualTo(Delivery.PUBLISHED);
        });
        assertThat(jdbc.queryForObject("select count(*) from core.case_record where court_code = '豫1321'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("select status from mart.delivery_status order by delivery_id", String.class))
                .containsExactly("superseded", "superseded", "published");
    }

    @Test
    void aRefusalForTooManyBadRowsIsReconsideredUnderAnotherLimit() throws Exception {
        inbox.csv("2024-08", "南召县法院审判案件.csv", rows(List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1321民初1号", "2024-08-01", "", ""),
                List.of("（2024）豫1321民初2号", "24-8-2", "", "")));
        assertThat(monthlyImport.run(AUGUST, inbox.root()).anyRefused()).isTrue();
        assertThat(monthlyImport.run(AUGUST, inbox.root()).deliveries()).allMatch(ImportReport.Line::unchanged);

        BigDecimal limit = (BigDecimal) org.springframework.test.util.ReflectionTestUtils.getField(monthlyImport, "maxRejectedShare");
        org.springframework.test.util.ReflectionTestUtils.setField(monthlyImport, "maxRejectedShare", new BigDecimal("0.6"));
        try {
            ImportReport relaxed = monthlyImport.run(AUGUST, inbox.root());
            assertThat(relaxed.deliveries()).singleElement()
                    .satisfies(line -> assertThat(line.delivery().status()).isEqualTo(Delivery.PUBLISHED));
        } finally {
            org.springframework.test.util.ReflectionTestUtils.setField(monthlyImport, "maxRejectedShare", limit);
        }
    }

    @Test
    void aSecondImportOfTheMonthWhileOneRunsExitsWithAClearMessage() throws Exception {
        writeMonth(inbox);
        try (var lock = org.courtstats.warehouse.PeriodLock.tryAcquire(dataSource, AUGUST)) {
            assertThat(lock).isNotNull();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> monthlyImport.run(AUGUST, inbox.root()))
                    .isInstanceOf(ImportException.class)
                    .hasMessage("另一个导入或重算正在处理2024-08，请等它结束后再运行。");
        }
        assertThat(jdbc.queryForObject("select count(*) from staging.delivery", Integer.class)).isZero();
        assertThat(monthlyImport.run(AUGUST, inbox.root()).failed()).as("free again once the first ends").isFalse();
    }

    @Test
    void anEmptyMonthFolderChangesNothingAndSaysSo() throws Exception {
        java.nio.file.Files.createDirectories(inbox.root().resolve("2024-08"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> monthlyImport.run(AUGUST, inbox.root()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("中没有2024-08的报送文件，未做任何改动");
    }

    BigDecimal value(String indicator, String window, String court) {
        return jdbc.queryForObject("select value from mart.indicator_value where period = '2024-08'"
                + " and indicator_code = ? and time_window = ? and court_code = ?", BigDecimal.class, indicator, window, court);
    }

    static Delivery delivery(ImportReport report, String court) {
        return report.deliveries().stream().map(ImportReport.Line::delivery)
                .filter(d -> court.equals(d.courtCode())).findFirst().orElseThrow();
    }

    @SafeVarargs
    static List<List<String>> rows(List<String> header, List<String>... data) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        rows.addAll(List.of(data));
        return rows;
    }
}
