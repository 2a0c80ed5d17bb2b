package org.courtstats.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import org.courtstats.indicators.ProvinceFigures;
import org.courtstats.indicators.ProvincialStandards;
import org.courtstats.jobs.ImportReport;
import org.courtstats.jobs.MonthlyImport;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fills an {@link InputSamplesWarehouseTest}'s warehouse, once. */
public final class InputSamplesWarehouse {

    public static final Path SAMPLES = Path.of("input-samples");
    public static final Path STANDARDS = Path.of("jobs/load-standards/provincial-standards.csv");
    public static final Path PROVINCE_EXAMPLE = Path.of("jobs/load-province/province-figures-example.csv");
    /**
     * The values of one month in mart.indicator_value: 39 indicators (metrics.md's 33 and the six of the
     * registers, #15.2) for 16 courts (全市 included) and two windows, less the five attributed
     * first-instance ratios that 豫13 has none of. A court without a delivery has rows with null values.
     */
    public static final int VALUES_OF_A_MONTH = (39 * 16 - 5) * 2;
    /** Two months of 15 courts' six feeds: three case files and three registers (四类案件, 联系法官, 网上立案). */
    private static final int DELIVERIES = 2 * 15 * 6;

    private InputSamplesWarehouse() {
    }

    /**
     * Imports both sample months and loads the standards, unless an earlier test class of the same
     * context did: then the 180 deliveries are there, all published, and nothing else.
     */
    public static synchronized void load(MonthlyImport imports, ProvincialStandards standards, JdbcTemplate jdbc) {
        Boolean loaded = jdbc.queryForObject("select count(*) = ? and bool_and(status = 'published')"
                + " and exists (select 1 from core.indicator_standard) from staging.delivery", Boolean.class, DELIVERIES);
        if (Boolean.TRUE.equals(loaded)) {
            return;
        }
        Warehouses.reset(jdbc);
        for (String month : new String[] {"2023-08", "2024-08"}) {
            ImportReport report = imports.run(YearMonth.parse(month), SAMPLES);
            assertThat(report.failed()).as(report.failure()).isFalse();
            assertThat(report.anyRefused()).as("every sample delivery of " + month + " is published").isFalse();
        }
        standards.replaceFrom(STANDARDS);
    }

    /**
     * The example figures of the province (jobs/load-province), as after the README's province
     * command: a test that reads every mart view needs mart.province_rank to have rows, and a test
     * that changes the province's figures puts these back.
     */
    public static void loadTheProvinceExample(ProvinceFigures province, JdbcTemplate jdbc) {
        jdbc.update("delete from core.province_figure");
        assertThat(province.load(PROVINCE_EXAMPLE).refusal()).isNull();
    }
}
