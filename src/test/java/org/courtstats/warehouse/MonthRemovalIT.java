package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.courtstats.UserError;
import org.courtstats.indicators.IndicatorRecompute;
import org.courtstats.jobs.ImportReport;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18.3: a month with nothing published gets no indicator rows, and a month that should not be
 * there (9999-12, written before months were checked) can be removed.
 */
@WarehouseTest
class MonthRemovalIT {

    static final YearMonth JULY = YearMonth.of(2024, 7);

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    IndicatorRecompute recompute;
    @Autowired
    MonthRemoval removal;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;
    Inbox inbox;

    @BeforeEach
    void importJuly() throws Exception {
        Warehouses.reset(jdbc);
        inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("2024-07", "宛城区法院_审判案件_2024年7月.csv", List.of(
                List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1302民初1号", "2024-07-01", "2024-07-20", "判决")));
        assertThat(monthlyImport.run(JULY, inbox.root()).failed()).isFalse();
    }

    @Test
    void recomputingAMonthWithNothingPublishedWritesNoRowsAndClearsThoseThereWere() throws Exception {
        copyIndicatorRows("2024-07-01", "9999-12-01");

        assertThat(recompute.recompute(YearMonth.of(9999, 12))).isZero();
        assertThat(recompute.recompute(YearMonth.of(2024, 3))).isZero();

        assertThat(indicatorRows("9999-12-01")).isZero();
        assertThat(indicatorRows("2024-03-01")).isZero();
        assertThat(jdbc.queryForObject("select max(period) from mart.indicator_value", String.class)).isEqualTo("2024-07");
    }

    @Test
    void aMonthWithOnlyIndicatorRowsIsRemovedWithoutForce() throws Exception {
        copyIndicatorRows("2024-07-01", "9999-12-01");

        MonthRemoval.Removed removed = removal.remove(YearMonth.of(9999, 12), false);

        assertThat(removed.indicatorValues()).isPositive();
        assertThat(removed.deliveries()).isZero();
        assertThat(indicatorRows("9999-12-01")).isZero();
        assertThat(indicatorRows("2024-07-01")).isEqualTo(removed.indicatorValues());
    }

    @Test
    void aPublishedMonthIsRemovedOnlyWhenForcedAndCanThenBeImportedAgain() throws Exception {
        long values = indicatorRows("2024-07-01");

        assertThatThrownBy(() -> removal.remove(JULY, false)).isInstanceOf(UserError.class)
                .hasMessage("2024-07 有 1 份已发布的报送，未做任何改动。确要删除该月的全部数据（已发布的案件、指标值和导入记录；"
                        + "档案中的文件保留），请加 --force。");
        assertThat(indicatorRows("2024-07-01")).isEqualTo(values);

        MonthRemoval.Removed removed = removal.remove(JULY, true);

        assertThat(removed).isEqualTo(new MonthRemoval.Removed((int) values, 1, 1, 1));
        assertThat(jdbc.queryForObject("select count(*) from staging.delivery", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from core.case_row", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select (select count(*) from core.delivery_case_group)"
                + " + (select count(*) from core.grouped_delivery) + (select count(*) from core.named_case)"
                + " + (select count(*) from mart.indicator_slice_result)", Integer.class))
                .as("what the month's computations kept").isZero();
        assertThat(jdbc.queryForObject("select count(*) from batch.batch_job_instance", Integer.class)).isZero();
        // The same files again are a new import, not "already imported".
        ImportReport again = monthlyImport.run(JULY, inbox.root());
        assertThat(again.deliveries()).singleElement().satisfies(line -> {
            assertThat(line.unchanged()).isFalse();
            assertThat(line.delivery().status()).isEqualTo(Delivery.PUBLISHED);
        });
        assertThat(indicatorRows("2024-07-01")).isEqualTo(values);
    }

    /** What recompute_indicators wrote for an empty month before the fix: rows of a month nobody reported. */
    void copyIndicatorRows(String from, String to) {
        jdbc.execute("create temporary table copied as select * from mart.indicator_result where period = '" + from + "'");
        jdbc.execute("update copied set period = '" + to + "'");
        jdbc.execute("insert into mart.indicator_result select * from copied");
        jdbc.execute("drop table copied");
    }

    long indicatorRows(String period) {
        return jdbc.queryForObject("select count(*) from mart.indicator_result where period = ?::date", Long.class, period);
    }
}
