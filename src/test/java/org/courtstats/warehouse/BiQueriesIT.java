package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.courtstats.indicators.ProvincialStandards;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.BiLogin;
import org.courtstats.support.BiQueryFile;
import org.courtstats.support.InputSamplesWarehouse;
import org.courtstats.support.InputSamplesWarehouseTest;
import org.courtstats.vocabulary.Court;
import org.courtstats.vocabulary.ReferenceData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every query of sql/bi, run as a BI login on the input-samples warehouse, gives what
 * mart.indicator_value (read as the owner) says.
 */
@InputSamplesWarehouseTest
class BiQueriesIT {

    static BiLogin bi;

    @Autowired
    JdbcTemplate owner;

    @BeforeAll
    static void loadTheSamplesAndLogIn(@Autowired MonthlyImport imports, @Autowired ProvincialStandards standards,
                                       @Autowired JdbcTemplate owner) {
        InputSamplesWarehouse.load(imports, standards, owner);
        bi = BiLogin.create(owner, "bi_queries");
    }

    @AfterAll
    static void logOut() {
        bi.close();
    }

    @Test
    void indicatorRankingListsTheBasicCourtsByRankAndTheCityLast() {
        List<Map<String, Object>> rows = run("indicator_ranking.sql",
                Map.of("period", "2024-08", "indicator", "clearance_rate", "window", "month"));

        assertThat(rows).hasSize(15);
        assertThat(rows).extracting(row -> row.get("court_code")).doesNotContain("豫13").endsWith("全市");
        assertThat(rows).extracting(row -> row.get("court_code"), row -> row.get("value"), row -> row.get("rank"))
                .containsExactlyInAnyOrderElementsOf(owner.query("""
                        select court_code, value, rank from mart.indicator_value
                        where period = '2024-08' and time_window = 'month' and indicator_code = 'clearance_rate'
                          and court_code <> '豫13'
                        """, (rs, i) -> tuple(rs.getString(1), rs.getBigDecimal(2), rs.getObject(3))));
        List<Integer> ranks = rows.subList(0, 14).stream().map(row -> (Integer) row.get("rank")).toList();
        assertThat(ranks).isSorted().startsWith(1).contains(14);
        assertThat(rows.get(13)).containsEntry("court_code", "豫1327").containsEntry("rank", 14)
                .containsEntry("value", new BigDecimal("95.85"));
        assertThat(rows.get(14)).containsEntry("court_name", "全市法院").containsEntry("value", new BigDecimal("101.48"))
                .containsEntry("ranked_courts", 14);
    }

    @Test
    void courtIndicatorCardShowsEveryIndicatorForTheMonthAndTheYearToDate() {
        List<Map<String, Object>> card = run("court_indicator_card.sql", Map.of("period", "2024-08", "court", "豫1302"));

        assertThat(card).hasSize(owner.queryForObject("select count(*) from core.indicator", Integer.class));
        assertThat(card).extracting(row -> row.get("group_name")).containsSubsequence("审判", "执行", "诉前调解");
        assertThat(card.get(0)).containsEntry("indicator_name", "新收").containsEntry("unit_name", "件");
        for (Map<String, Object> row : card) {
            for (String window : List.of("month", "ytd")) {
                Map<String, Object> value = owner.queryForMap("""
                        select value, rank, yoy_change, meets_standard from mart.indicator_value
                        where period = '2024-08' and court_code = '豫1302' and indicator_code = ? and time_window = ?
                        """, row.get("indicator_code"), window);
                assertThat(row).as(row.get("indicator_code") + " " + window)
                        .containsEntry(window + "_value", value.get("value"))
                        .containsEntry(window + "_rank", value.get("rank"))
                        .containsEntry(window + "_yoy_change", value.get("yoy_change"))
                        .containsEntry(window + "_meets_standard", value.get("meets_standard"));
            }
        }
        Map<String, Object> closureRate = card.stream().filter(row -> "closure_rate".equals(row.get("indicator_code")))
                .findFirst().orElseThrow();
        assertThat(closureRate).as("结案率's standard applies to the year to date only")
                .containsEntry("standard_lower", new BigDecimal("70"))
                .containsEntry("month_meets_standard", null)
                .containsEntry("ytd_meets_standard", true);

        assertThat(run("court_indicator_card.sql", Map.of("period", "2024-08", "court", "南阳市宛城区人民法院")))
                .as("the full name finds the same court").isEqualTo(card);
        assertThat(run("court_indicator_card.sql", Map.of("period", "2024-08", "court", "宛城")))
                .as("issue 17.9: the alias the command line takes finds it too").isEqualTo(card);
    }

    /** Issue 17.9: one set of names for a court, for the command line (--court) and the BI queries. */
    @Test
    void everyNameOfMartCourtIsOneTheCommandLineTakesForTheSameCourt(@Autowired ReferenceDataRepository references) {
        ReferenceData courts = references.load();
        List<Map<String, Object>> rows = bi.jdbc().queryForList("select court_code, unnest(names) as name from mart.court");

        assertThat(rows).hasSizeGreaterThan(15 * 3);
        for (Map<String, Object> row : rows) {
            assertThat(courts.courtNamed((String) row.get("name"))).as((String) row.get("name"))
                    .map(Court::code).contains((String) row.get("court_code"));
        }
        for (Court court : courts.courts()) {
            List<String> names = bi.jdbc().queryForList("select unnest(names) from mart.court where court_code = ?",
                    String.class, court.code());
            assertThat(names).as(court.code()).containsAll(court.namesLongestFirst()).contains(court.code());
        }
    }

    @Test
    void belowStandardMonthsListsWhereTheCourtMissedAStandardNewestFirst() {
        List<Map<String, Object>> rows = run("below_standard_months.sql", Map.of("court", "豫1321"));

        assertThat(rows).extracting(row -> row.get("period"), row -> row.get("time_window"),
                        row -> row.get("indicator_code"), row -> row.get("value"), row -> row.get("shortfall"))
                .containsExactly(
                        tuple("2024-08", "month", "exec_recovery_rate_government", new BigDecimal("73.09"), new BigDecimal("16.91")),
                        tuple("2024-08", "ytd", "exec_recovery_rate_government", new BigDecimal("86.79"), new BigDecimal("3.21")),
                        tuple("2023-08", "ytd", "reversal_remand_ratio", new BigDecimal("15.47"), new BigDecimal("0.47")),
                        tuple("2023-08", "ytd", "exec_recovery_rate_government", new BigDecimal("85.27"), new BigDecimal("4.73")));
        assertThat(rows).extracting(row -> List.of(row.get("period"), row.get("time_window"), row.get("indicator_code")))
                .containsExactlyInAnyOrderElementsOf(owner.query("""
                        select period, time_window, indicator_code from mart.indicator_value
                        where court_code = '豫1321' and not meets_standard
                        """, (rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))));
    }

    @Test
    void dataQualityByCourtAddsUpEachCourtsDeliveries() {
        List<Map<String, Object>> rows = run("data_quality_by_court.sql", Map.of("period", "2024-08"));

        assertThat(rows).hasSize(15);
        // Every court sent every feed the sample months have files of; the others (of the declared
        // feeds) are missing, named in the order of their codes.
        assertThat(rows).extracting(row -> row.get("feeds_published")).containsOnly(owner.queryForObject(
                "select count(distinct feed) from core.published_slice where period = '2024-08-01'", Long.class));
        assertThat(rows).extracting(row -> row.get("feeds_missing")).containsOnly(owner.queryForObject("""
                select string_agg(feed_name, '、' order by feed_code) from core.feed f
                where not exists (select 1 from core.published_slice s where s.period = '2024-08-01' and s.feed = f.feed_code)
                """, String.class));
        for (Map<String, Object> row : rows) {
            Map<String, Object> delivered = owner.queryForMap("""
                    select sum(rows_read) as rows_read, sum(rows_rejected) as rows_rejected, sum(rows_warned) as rows_warned
                    from mart.delivery_status where period = '2024-08' and court_code = ? and status = 'published'
                    """, row.get("court_code"));
            assertThat(row).as((String) row.get("court_code"))
                    .containsEntry("rows_read", delivered.get("rows_read"))
                    .containsEntry("rows_rejected", delivered.get("rows_rejected"))
                    .containsEntry("rows_warned", delivered.get("rows_warned"));
        }
        assertThat(rows.get(1)).containsEntry("court_code", "豫1302")
                .containsEntry("rows_read", 24533L)
                .containsEntry("rows_rejected", 8L)
                .containsEntry("rejected_rate", new BigDecimal("0.03"))
                .containsEntry("top_reasons", "日期晚于统计月份 ×2；金额格式错误 ×2；案号格式错误 ×2");
    }

    private List<Map<String, Object>> run(String file, Map<String, String> variables) {
        return bi.jdbc().queryForList(BiQueryFile.sql(file, variables));
    }
}
