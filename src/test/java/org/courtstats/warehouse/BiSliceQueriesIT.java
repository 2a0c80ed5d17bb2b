package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
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
