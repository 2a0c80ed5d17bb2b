package org.courtstats.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.courtstats.UserError;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@WarehouseTest
class ProvincialStandardsIT {

    @Autowired
    ProvincialStandards standards;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @BeforeEach
    void emptyWarehouse() {
        Warehouses.reset(jdbc);
        jdbc.update("delete from core.indicator_standard");
    }

    @Test
    void theExampleFileOfTheRepositoryLoads() {
        List<ProvincialStandards.Standard> loaded = standards.replaceFrom(Path.of("jobs/load-standards/provincial-standards.csv"));

        assertThat(loaded).hasSizeGreaterThan(20);
        assertThat(jdbc.queryForObject("select count(*) from core.indicator_standard", Integer.class)).isEqualTo(loaded.size());
    }

    @Test
    void flagsEachValueAgainstTheStandardInForceForItsWindowAndPeriod() throws Exception {
        standards.replaceFrom(csv("""
                indicator_code,applies_to,valid_from,lower_bound,upper_bound,source
                within_limit_rate,all,2023-01-01,95,,2023
                within_limit_rate,all,2024-01-01,96,,2024
                reversal_rate,,2023-01-01,,1%,
                clearance_rate,all,2023-01-01,95,115,
                suits_per_10k,month,2023-01-01,,12,
                """));
        result("2024-08-01", "month", "豫1302", "within_limit_rate", "95.5");
        result("2023-08-01", "month", "豫1302", "within_limit_rate", "95.5");
        result("2024-08-01", "month", "豫1302", "reversal_rate", "1.0004");
        result("2024-08-01", "month", "豫1303", "reversal_rate", "1.0006");
        result("2024-08-01", "month", "豫1302", "clearance_rate", "120");
        result("2024-08-01", "month", "豫1302", "suits_per_10k", "11");
        result("2024-08-01", "ytd", "豫1302", "suits_per_10k", "80");
        result("2024-08-01", "month", "豫1321", "clearance_rate", null);

        // 95.5 meets 2023's ≥ 95 but not 2024's ≥ 96.
        assertThat(meets("2024-08", "month", "豫1302", "within_limit_rate")).isFalse();
        assertThat(meets("2023-08", "month", "豫1302", "within_limit_rate")).isTrue();
        // Compared as displayed, at the indicator's 3 decimals: 1.0004 shows as 1.000 (meets ≤ 1), 1.0006
        // as 1.001 (does not).
        assertThat(meets("2024-08", "month", "豫1302", "reversal_rate")).isTrue();
        assertThat(meets("2024-08", "month", "豫1303", "reversal_rate")).isFalse();
        assertThat(meets("2024-08", "month", "豫1302", "clearance_rate")).isFalse();
        assertThat(meets("2024-08", "month", "豫1302", "suits_per_10k")).isTrue();
        assertThat(meets("2024-08", "ytd", "豫1302", "suits_per_10k")).as("no standard for the year to date").isNull();
        assertThat(meets("2024-08", "month", "豫1321", "clearance_rate")).as("no value").isNull();
    }

    @Test
    void aBadLineChangesNothingAndSaysWhere() throws Exception {
        standards.replaceFrom(csv("indicator_code,valid_from,lower_bound\nwithin_limit_rate,2023-01-01,95\n"));

        assertThatThrownBy(() -> standards.replaceFrom(csv("""
                indicator_code,valid_from,lower_bound,upper_bound
                within_limit_rate,2023-01-01,95,
                no_such_rate,2023-01-01,95,
                """)))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("第3行").hasMessageContaining("no_such_rate");
        assertThatThrownBy(() -> standards.replaceFrom(csv("""
                indicator_code,valid_from,lower_bound,upper_bound
                clearance_rate,2023-01-01,115,95
                """)))
                .hasMessageContaining("第2行").hasMessageContaining("下限 115 大于上限 95");
        assertThat(jdbc.queryForObject("select count(*) from core.indicator_standard", Integer.class)).isEqualTo(1);
    }

    @Test
    void readsChineseHeadersInAGbkCsvAsExcelSavesIt() throws Exception {
        Path file = temp.resolve("标准.csv");
        Files.write(file, "指标代码,指标名称,起始日期,下限,上限\nwithin_limit_rate,法定审限内结案率,2024年1月1日,96,\n"
                .getBytes("GBK"));

        assertThat(standards.replaceFrom(file)).singleElement()
                .satisfies(s -> assertThat(s.lowerBound()).isEqualByComparingTo("96"));
    }

    private Path csv(String text) throws Exception {
        Path file = Files.createTempFile(temp, "standards", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private void result(String period, String window, String court, String indicator, String value) {
        jdbc.update("insert into mart.indicator_result (period, time_window, court_code, indicator_code, value)"
                + " values (?::date, ?, ?, ?, ?::numeric)", period, window, court, indicator, value);
    }

    private Boolean meets(String period, String window, String court, String indicator) {
        return jdbc.queryForObject("select meets_standard from mart.indicator_value where period = ? and time_window = ?"
                + " and court_code = ? and indicator_code = ?", Boolean.class, period, window, court, indicator);
    }
}
