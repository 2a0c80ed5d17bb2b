package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.courtstats.indicators.IndicatorChange;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.courtstats.warehouse.Delivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/** The single-court rerun: only that court's files are loaded, the whole city is recomputed. */
@WarehouseTest
class RerunIT {

    static final YearMonth AUGUST = YearMonth.of(2024, 8);

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;
    Inbox inbox;
    MonthlyImportIT month = new MonthlyImportIT();

    @BeforeEach
    void importTheMonth() throws Exception {
        Warehouses.reset(jdbc);
        inbox = new Inbox(temp.resolve("inbox"));
        month.writeMonth(inbox);
        assertThat(monthlyImport.run(AUGUST, inbox.root()).failed()).isFalse();
    }

    @Test
    void reloadsOnlyThatCourtsCorrectedFileAndReportsHowItsIndicatorsMoved() throws Exception {
        // 宛城 resends with 民初3 now closed in August: 4 closed of 4 received → 结收比 100.00, first place.
        inbox.csv("2024-08", "宛城区法院_审判案件_2024年8月.csv", MonthlyImportIT.rows(
                MonthlyImportIT.TRIAL_HEADER,
                List.of("（2024）豫1302民初1号", "", "2024-08-01", "2024-08-20", "判决", "2025-02-01", "", "", "1"),
                List.of("（2024）豫1302民初2号", "", "2024-08-05", "2024-08-25", "调解", "2024-08-20", "", "", "0"),
                List.of("（2024）豫1302民初3号", "", "2024-08-10", "2024-08-30", "判决", "2025-02-10", "", "", ""),
                List.of("（2024）豫1302民初4号", "", "2024-08-12", "", "", "", "", "", ""),
                List.of("（2024）豫1302民初5号", "", "2024-07-01", "2024-08-02", "准予撤诉", "", "否", "", ""),
                List.of("（2024）豫1302民初6号", "", "2024-03-01", "2024-05-10", "判决", "2024-09-01", "", "", "2")));

        ImportReport rerun = monthlyImport.run(new ImportRequest(AUGUST, inbox.root(), "豫1302", false, false));

        assertThat(rerun.deliveries()).singleElement().satisfies(line -> {
            assertThat(line.delivery().courtCode()).isEqualTo("豫1302");
            assertThat(line.delivery().status()).isEqualTo(Delivery.PUBLISHED);
            assertThat(line.unchanged()).isFalse();
        });
        IndicatorChange clearance = change(rerun, "clearance_rate", "month");
        assertThat(clearance.valueBefore()).isEqualByComparingTo("75.00");
        assertThat(clearance.valueAfter()).isEqualByComparingTo("100.00");
        assertThat(clearance.rankBefore()).isEqualTo(2);
        assertThat(clearance.rankAfter()).isEqualTo(1);
        assertThat(rerun.changes()).filteredOn(change -> change.indicatorCode().equals("trial_received")
                && change.timeWindow().equals("month")).singleElement().satisfies(c -> assertThat(c.changed()).isFalse());
        // Rankings moved for everyone: 卧龙 shares second place no more with 宛城 but with nobody.
        assertThat(jdbc.queryForObject("select rank from mart.indicator_value where period = '2024-08' and time_window = 'month'"
                + " and indicator_code = 'clearance_rate' and court_code = '豫1321'", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from staging.delivery where status = 'superseded'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void anUnchangedFileIsReportedAsSuchAndForceReloadsItFromTheArchiveAfterTheInboxWasCleaned() throws Exception {
        ImportReport unchanged = monthlyImport.run(new ImportRequest(AUGUST, inbox.root(), "豫1303", false, false));
        assertThat(unchanged.deliveries()).singleElement().satisfies(line -> assertThat(line.unchanged()).isTrue());
        assertThat(unchanged.changes()).noneMatch(IndicatorChange::changed);

        FileSystemUtils.deleteRecursively(inbox.root());
        ImportReport fromArchive = monthlyImport.run(new ImportRequest(AUGUST, null, "豫1303", true, true));

        assertThat(fromArchive.deliveries()).singleElement().satisfies(line -> {
            assertThat(line.unchanged()).isFalse();
            assertThat(line.delivery().status()).isEqualTo(Delivery.PUBLISHED);
            assertThat(line.delivery().fileName()).isEqualTo("卧龙区法院审判案件2024年8月.xlsx");
        });
        assertThat(jdbc.queryForObject("select value from mart.indicator_value where period = '2024-08' and time_window = 'month'"
                + " and indicator_code = 'clearance_rate' and court_code = '豫1303'", BigDecimal.class)).isEqualByComparingTo("75.00");
    }

    @Test
    void saysSoWhenTheCourtSentNothing() throws Exception {
        Files.delete(inbox.root().resolve("2024-08/邓州市法院_trial.csv"));

        assertThatThrownBy(() -> monthlyImport.run(new ImportRequest(AUGUST, inbox.root(), "豫1381", false, false)))
                .isInstanceOf(ImportException.class).hasMessageContaining("没有豫1381的报送文件");
        assertThat(Files.exists(inbox.root())).isTrue();
    }

    static IndicatorChange change(ImportReport report, String indicator, String window) {
        return report.changes().stream()
                .filter(change -> change.indicatorCode().equals(indicator) && change.timeWindow().equals(window))
                .findFirst().orElseThrow();
    }
}
