package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.courtstats.indicators.ProvincialStandards;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.BiLogin;
import org.courtstats.support.InputSamplesWarehouse;
import org.courtstats.support.InputSamplesWarehouseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * mart.indicator_case on the sample months: for every indicator and both windows, the cases it lists
 * add up to the value's numerator and denominator. Asked per court, as a statistician asks it: the
 * whole month at once (every 全市 value lists every case of the city) takes minutes, and the full
 * check over every court and 全市 runs on a small month in RetrialsAndKnownValuesIT.
 */
@InputSamplesWarehouseTest
class IndicatorCaseIT {

    static BiLogin bi;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void loadTheSamplesAndLogIn(@Autowired MonthlyImport imports, @Autowired ProvincialStandards standards,
                                       @Autowired JdbcTemplate owner) {
        InputSamplesWarehouse.load(imports, standards, owner);
        bi = BiLogin.create(owner, "bi_drill_down");
    }

    @AfterAll
    static void logOut() {
        bi.close();
    }

    @Test
    void everyIndicatorOfABasicCourtAndOfTheIntermediateCourtIsMadeOfTheCasesListed() {
        // 宛城 (a basic court with attributed appeals), 邓州 (retrials without 原审案号), 豫13 (二审开庭率).
        for (String court : List.of("豫1302", "豫1381", "豫13")) {
            List<Map<String, Object>> checked = jdbc.queryForList("""
                    with drill as (
                        select time_window, indicator_code,
                               coalesce(sum(numerator_contribution), 0) as numerator,
                               coalesce(sum(denominator_contribution), 0) as denominator,
                               count(*) filter (where in_numerator) as numerator_cases,
                               count(*) filter (where in_denominator) as denominator_cases
                        from mart.indicator_case where period = '2024-08' and court_code = ?
                        group by 1, 2
                    )
                    select v.time_window, v.indicator_code, v.numerator, v.denominator, i.denominator_basis,
                           coalesce(k.numerator, 0) as listed_numerator, coalesce(k.denominator, 0) as listed_denominator,
                           coalesce(k.numerator_cases, 0) as numerator_cases, coalesce(k.denominator_cases, 0) as denominator_cases,
                           exists (select 1 from core.indicator_term t join core.measure m using (measure_code)
                                   where t.indicator_code = v.indicator_code and (t.sign < 0 or m.aggregate <> 'count'))
                               as not_a_plain_count
                    from mart.indicator_value v
                    join core.indicator i using (indicator_code)
                    left join drill k using (time_window, indicator_code)
                    where v.period = '2024-08' and v.court_code = ? and v.numerator is not null
                    """, court, court);
            assertThat(checked).as(court).hasSizeGreaterThan(50);
            for (Map<String, Object> value : checked) {
                String what = court + " " + value.get("indicator_code") + " " + value.get("time_window");
                assertThat((BigDecimal) value.get("listed_numerator")).as(what)
                        .isEqualByComparingTo((BigDecimal) value.get("numerator"));
                if ("measures".equals(value.get("denominator_basis"))) {
                    assertThat((BigDecimal) value.get("listed_denominator")).as(what)
                            .isEqualByComparingTo((BigDecimal) value.get("denominator"));
                }
                if (Boolean.FALSE.equals(value.get("not_a_plain_count"))) {
                    assertThat(((Number) value.get("numerator_cases")).longValue()).as(what + " cases in the numerator")
                            .isEqualTo(((BigDecimal) value.get("numerator")).longValue());
                }
            }
        }
    }

    @Test
    void aBiLoginReadsTheCasesOfAValueInWellUnderASecond() {
        long start = System.nanoTime();
        List<Map<String, Object>> cases = bi.jdbc().queryForList("select case_no, original_case_no, file_name, row_number"
                + " from mart.indicator_case where period = '2024-08' and time_window = 'ytd' and court_code = '豫1302'"
                + " and indicator_code = 'reversal_rate' and in_numerator");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(cases).isNotEmpty().allSatisfy(c -> assertThat(c.get("original_case_no")).asString().contains("豫1302"));
        // Printed, not asserted: timings belong to the benchmark, not to a test on a shared machine.
        System.out.println("mart.indicator_case, one court value: " + millis + " ms for " + cases.size() + " cases");
    }
}
