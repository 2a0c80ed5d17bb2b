package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import org.courtstats.indicators.ProvinceFigures;
import org.courtstats.indicators.ProvincialStandards;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.BiLogin;
import org.courtstats.support.BiQueryFile;
import org.courtstats.support.InputSamplesWarehouse;
import org.courtstats.support.InputSamplesWarehouseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The sql/bi questions of the slices and the province, each run as a BI login on the sample warehouse. */
@InputSamplesWarehouseTest
class BiSliceQueriesIT {

    static BiLogin bi;

    @Autowired
    JdbcTemplate owner;

    @BeforeAll
    static void loadTheSamplesAndLogIn(@Autowired MonthlyImport imports, @Autowired ProvincialStandards standards,
                                       @Autowired ProvinceFigures province, @Autowired JdbcTemplate owner) {
        InputSamplesWarehouse.load(imports, standards, owner);
        InputSamplesWarehouse.loadTheProvinceExample(province, owner);
        bi = BiLogin.create(owner, "bi_slices");
    }

    @AfterAll
    static void logOut() {
        bi.close();
    }

    @Test
    void aDomainsRankingListsTheBasicCourtsWithinTheDomainAndTheCityLast() {
        List<Map<String, Object>> rows = bi.jdbc().queryForList(BiQueryFile.sql("domain_ranking.sql",
                Map.of("period", "2024-08", "indicator", "acceptance_rate", "domain", "行政", "window", "month")));

        assertThat(rows).hasSize(15).extracting(row -> row.get("court_code")).endsWith("全市").doesNotContain("豫13");
        assertThat(rows).extracting(row -> row.get("court_code"), row -> row.get("value"), row -> row.get("rank"))
                .containsExactlyInAnyOrderElementsOf(owner.query("""
                        select court_code, value, rank from mart.indicator_by_slice
                        where period = '2024-08' and time_window = 'month' and indicator_code = 'acceptance_rate'
                          and slice_kind = 'domain' and slice_value = '行政'
                        """, (rs, i) -> tuple(rs.getString(1), rs.getBigDecimal(2), rs.getObject(3))));
        assertThat(rows.get(0)).containsEntry("rank", 1).containsEntry("domain", "行政");
    }

    @Test
    void aDivisionCardListsOneCourtsDivisionsWithTheirKeyIndicators() {
        List<Map<String, Object>> rows = bi.jdbc().queryForList(BiQueryFile.sql("division_card.sql",
                Map.of("period", "2024-08", "court", "宛城", "window", "ytd")));

        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.get("court_code")).isEqualTo("豫1302"));
        assertThat(rows).extracting(row -> row.get("division"), row -> row.get("closed"), row -> row.get("reversal_rate"))
                .containsExactlyInAnyOrderElementsOf(owner.query("""
                        select c.slice_value, c.value, r.value from mart.indicator_by_slice c
                        left join mart.indicator_by_slice r
                               on r.period = c.period and r.time_window = c.time_window and r.court_code = c.court_code
                              and r.slice_kind = 'division' and r.slice_value = c.slice_value
                              and r.indicator_code = 'reversal_rate'
                        where c.period = '2024-08' and c.time_window = 'ytd' and c.court_code = '豫1302'
                          and c.slice_kind = 'division' and c.indicator_code = 'trial_closed'
                        """, (rs, i) -> tuple(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3))));
        assertThat(rows.get(0)).containsEntry("rank_by_closed", 1L);
        // The divisions' cases add up to the court's; the appeals whose 原审 case is missing are in none.
        assertThat(rows.stream().map(row -> (BigDecimal) row.get("closed")).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(owner.queryForObject("select value from mart.indicator_value where period = '2024-08'"
                        + " and time_window = 'ytd' and court_code = '豫1302' and indicator_code = 'trial_closed'",
                        BigDecimal.class));
        assertThat(rows).extracting(row -> (BigDecimal) row.get("attributed_coverage")).filteredOn(Objects::nonNull)
                .isNotEmpty().allSatisfy(coverage -> assertThat(coverage).isBetween(BigDecimal.ZERO, new BigDecimal("100")));
    }

    @Test
    void theProvinceStandingHasTheCitysRankOnEveryPublishedIndicator() {
        List<Map<String, Object>> rows = bi.jdbc().queryForList(BiQueryFile.sql("province_standing.sql",
                Map.of("period", "2024-08")));

        assertThat(rows).hasSize(20);
        assertThat(rows).extracting(row -> row.get("indicator_name"), row -> row.get("rank"))
                .containsExactlyInAnyOrderElementsOf(owner.query("""
                        select indicator_name, rank from mart.province_rank where period = '2024-08' and is_own_city
                        """, (rs, i) -> tuple(rs.getString(1), rs.getObject(2))));
        assertThat(rows).allSatisfy(row -> assertThat(row.get("first_in_province")).isNotNull());
    }
}
