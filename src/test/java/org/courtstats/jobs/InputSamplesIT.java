package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.courtstats.review.HeldDeliveries;
import org.courtstats.support.InputSamplesWarehouse;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.courtstats.warehouse.Delivery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The quick start of the README, as a test: the committed input-samples load cleanly for both months,
 * every trial indicator is published for every court and the city with its 同比, and the resends are
 * refused for the reasons they were made for, leaving the published month as it was; the resend
 * made to be held for review is held, changes nothing, and is published when released.
 */
@WarehouseTest
class InputSamplesIT {

    static final Path SAMPLES = Path.of("input-samples");

    /**
     * What the registers' bad rows are rejected with, the same in both months: feed, reason → rows
     * (a duplicated key rejects both rows; NOT_A_TRIAL_CASE is found when the month is published).
     */
    static final Map<String, Integer> PLANTED_IN_THE_REGISTERS = Map.ofEntries(
            Map.entry("supervision DUPLICATE_CASE_NO", 2), Map.entry("supervision NOT_A_TRIAL_CASE", 2),
            Map.entry("supervision WRONG_COURT", 1), Map.entry("supervision MISSING_VALUE", 1),
            Map.entry("supervision BAD_VALUE", 1), Map.entry("supervision BAD_DATE", 1),
            Map.entry("judge_contact DUPLICATE_KEY", 2), Map.entry("judge_contact MISSING_VALUE", 1),
            Map.entry("judge_contact BAD_DATE", 2),
            Map.entry("online_filing MISSING_VALUE", 2), Map.entry("online_filing DUPLICATE_KEY", 2),
            Map.entry("online_filing BAD_DATE", 2), Map.entry("online_filing BAD_VALUE", 2));

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    HeldDeliveries heldDeliveries;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSampleMonthsLoadCleanlyAndTheResendsAreRefused() throws Exception {
        // Both months, all six feeds of all 15 courts (three case files, three registers): 90 deliveries a month.
        Warehouses.reset(jdbc);

        for (String month : new String[] {"2023-08", "2024-08"}) {
            ImportReport report = monthlyImport.run(YearMonth.parse(month), SAMPLES);
            assertThat(report.failed()).as(report.failure()).isFalse();
            assertThat(report.deliveries()).hasSize(90);
            assertThat(report.deliveries()).extracting(line -> line.delivery().status()).containsOnly(Delivery.PUBLISHED);
            assertThat(report.deliveries()).extracting(line -> line.delivery().courtCode() + "/" + line.delivery().feed())
                    .doesNotHaveDuplicates();
        }

        assertThat(registerRejections()).as("the registers' planted bad rows (input-samples/README.md), and only they")
                .isEqualTo(PLANTED_IN_THE_REGISTERS);
        // By hand from the generator's registers of 2024 (input-samples/README.md): 1 013 联系法官 requests,
        // 1 006 of them answered within 3 days, less the 5 planted bad rows (all answered in time);
        // 30 745 网上立案 submissions less 8 bad rows; 4 528 四类案件 flags and 4 extra bad rows, less 8.
        assertThat(cityYearToDate("contact_timely_reply_rate")).isEqualTo("1001/1008 = 99.31, 同比 0.70");
        assertThat(cityYearToDate("online_filing_review_rate")).startsWith("30029/30737 = 97.70");
        assertThat(cityYearToDate("supervision_rate")).startsWith("4470/4524 = 98.81");
        assertThat(cityYearToDate("supervision_feedback_rate")).isEqualTo("4350/4524 = 96.15, 同比 2.01");

        Integer indicators = jdbc.queryForObject("select count(*) from core.indicator", Integer.class);
        assertThat(indicators).as("every indicator of metrics.md, and the six of the registers (#15.2)").isEqualTo(39);
        assertThat(jdbc.queryForObject("select count(*) from mart.indicator_value where period = '2024-08'",
                Integer.class)).isEqualTo(InputSamplesWarehouse.VALUES_OF_A_MONTH);
        assertThat(jdbc.queryForObject("select count(*) from mart.indicator_value where period = '2024-08'"
                + " and court_code in ('全市', '豫1302') and value is null"
                + " and not (court_code = '豫1302' and indicator_code = 'appeal_hearing_rate')"
                // The groups of the feeds the samples have files of: all six, the registers' included.
                + " and indicator_group in (select feed from core.published_slice where period = '2024-08-01')",
                Integer.class))
                .as("a basic court and the city have every value (二审开庭率 is the intermediate court's)").isZero();
        assertThat(jdbc.queryForObject("select count(*) from mart.indicator_value v where period = '2024-08'"
                + " and yoy_change is null and exists (select 1 from mart.indicator_value l where l.period = '2023-08'"
                + " and l.time_window = v.time_window and l.court_code = v.court_code and l.indicator_code = v.indicator_code"
                + " and l.value is not null and l.value <> 0) and v.value is not null", Integer.class))
                .as("同比 wherever 2023-08 had a value").isZero();
        assertThat(jdbc.queryForObject("select count(distinct reason_code) from mart.rejected_row", Integer.class))
                .as("the samples carry bad rows of many kinds").isGreaterThanOrEqualTo(10);
        assertThat(jdbc.queryForObject("select count(*) from mart.review_finding", Integer.class))
                .as("the review before publishing finds nothing to say about the sample months").isZero();
        String before = publishedFingerprint();

        ImportReport resends = monthlyImport.run(YearMonth.of(2024, 8), SAMPLES.resolve("resends"));

        Map<String, String> refusals = resends.deliveries().stream().map(ImportReport.Line::delivery)
                .collect(Collectors.toMap(Delivery::fileName, Delivery::refusalCode));
        assertThat(refusals).containsOnly(
                Map.entry("镇平县人民法院_2024.08_审判案件（更正）.xlsx", "TOO_MANY_REJECTED"),
                Map.entry("卧龙区法院_审判案件_2024年8月.xlsx", "COURT_MISMATCH"),
                Map.entry("西峡执行案件202408.csv", "NO_DATA_ROWS"),
                Map.entry("新野法院_审判案件_202408.xlsx", "MISSING_COLUMN"),
                Map.entry("社旗县法院审判案件台账2024年8月.xlsx", "UNREADABLE_FILE"),
                Map.entry("淅川县法院-审判案件-2024-08.xlsx", "NO_HEADER"));
        assertThat(publishedFingerprint()).as("the published month is untouched").isEqualTo(before);

        ImportReport held = monthlyImport.run(YearMonth.of(2024, 8), SAMPLES.resolve("held"));

        assertThat(held.anyHeld()).isTrue();
        Delivery tongbai = held.deliveries().get(0).delivery();
        assertThat(held.deliveries()).singleElement().satisfies(line -> {
            assertThat(line.delivery().courtCode()).isEqualTo("豫1330");
            assertThat(line.delivery().status()).isEqualTo(Delivery.HELD);
        });
        assertThat(jdbc.queryForList("select check_code from staging.review_finding where delivery_id = ?", String.class,
                tongbai.id())).containsExactly("resend_shrink");
        assertThat(publishedFingerprint()).as("a held delivery leaves the published month untouched").isEqualTo(before);

        heldDeliveries.release(YearMonth.of(2024, 8), "豫1330", null);

        assertThat(jdbc.queryForObject("select delivery_id from core.published_slice where period = '2024-08-01'"
                + " and court_code = '豫1330' and feed = 'trial'", Long.class)).isEqualTo(tongbai.id());
        assertThat(publishedFingerprint()).as("released, it is published").isNotEqualTo(before);
    }

    private String publishedFingerprint() {
        return jdbc.queryForObject("select md5(string_agg(court_code || case_no || coalesce(closed_on::text, ''), ','"
                + " order by court_code, case_no)) || (select md5(string_agg(indicator_code || court_code || time_window"
                + " || coalesce(value::text, ''), ',' order by indicator_code, court_code, time_window))"
                + " from mart.indicator_result where period = date '2024-08-01')"
                + " from core.case_record where period = date '2024-08-01'", String.class);
    }

    /** The registers' rejected rows of each month by feed and reason; both months must give the same. */
    private Map<String, Integer> registerRejections() {
        Map<String, Map<String, Integer>> byMonth = new TreeMap<>();
        jdbc.query("select period, feed, reason_code, count(*) from mart.rejected_row"
                + " where feed in ('supervision', 'judge_contact', 'online_filing') group by 1, 2, 3",
                rs -> {
                    byMonth.computeIfAbsent(rs.getString(1), m -> new HashMap<>())
                            .put(rs.getString(2) + " " + rs.getString(3), rs.getInt(4));
                });
        assertThat(byMonth).containsOnlyKeys("2023-08", "2024-08");
        assertThat(byMonth.get("2023-08")).isEqualTo(byMonth.get("2024-08"));
        return byMonth.get("2024-08");
    }

    /** 全市's year-to-date value of 2024-08 as numerator/denominator = value, 同比 yoy. */
    private String cityYearToDate(String indicator) {
        return jdbc.queryForObject("select numerator::bigint || '/' || denominator::bigint || ' = ' || value"
                + " || ', 同比 ' || yoy_change from mart.indicator_value where period = '2024-08' and time_window = 'ytd'"
                + " and court_code = '全市' and indicator_code = ?", String.class, indicator);
    }
}
