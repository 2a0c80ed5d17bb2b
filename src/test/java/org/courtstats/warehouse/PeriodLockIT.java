package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.courtstats.indicators.IndicatorRecompute;
import org.courtstats.jobs.ImportReport;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.BiLogin;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18.5: runs of a month are serialised by a lock a read-only BI login cannot take, and a BI
 * login cannot create temporary tables (with which it could fill the disk).
 */
@WarehouseTest
class PeriodLockIT {

    static final YearMonth JULY = YearMonth.of(2024, 7);

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    IndicatorRecompute recompute;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate owner;
    @TempDir
    Path temp;
    BiLogin alice;

    @BeforeEach
    void logIn() {
        Warehouses.reset(owner);
        alice = BiLogin.create(owner, "alice");
    }

    @AfterEach
    void logOut() {
        alice.close();
    }

    @Test
    void aBiLoginHoldingTheMonthsOldAdvisoryLockNoLongerStopsImportsOrRecomputing() throws Exception {
        // The key the advisory lock used: "cour" and the month as 202407.
        alice.jdbc().queryForObject("select pg_advisory_lock(x'636f7572'::int, 202407)", Object.class);
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("2024-07", "宛城区法院_审判案件_2024年7月.csv", List.of(
                List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1302民初1号", "2024-07-01", "2024-07-20", "判决")));

        ImportReport report = monthlyImport.run(JULY, inbox.root());

        assertThat(report.failed()).as(report.failure()).isFalse();
        assertThat(report.deliveries()).singleElement()
                .satisfies(line -> assertThat(line.delivery().status()).isEqualTo(Delivery.PUBLISHED));
        assertThat(recompute.recompute(JULY)).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "select period from core.period_lock for update nowait",
            "begin; lock table core.period_lock in exclusive mode nowait; commit",
            "insert into core.period_lock (period) values ('2024-07-01')",
            "create temporary table scratch (filler text)",
            "create temporary table scratch as select 1 as one"})
    void aBiLoginCannotTakeTheLockNorCreateTemporaryTables(String statement) {
        assertThatThrownBy(() -> alice.jdbc().execute(statement)).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void theMonthIsLockedForOtherRunsWhileHeldAndFreeOnceReleased() throws Exception {
        try (PeriodLock held = PeriodLock.tryAcquire(dataSource, JULY)) {
            assertThat(held).isNotNull();
            assertThat(PeriodLock.tryAcquire(dataSource, JULY)).isNull();
            try (PeriodLock august = PeriodLock.tryAcquire(dataSource, JULY.plusMonths(1))) {
                assertThat(august).as("other months are not locked").isNotNull();
            }
            assertThat(owner.queryForObject("select count(*) from pg_locks l join pg_stat_activity a using (pid)"
                    + " where l.locktype = 'advisory'", Integer.class)).isZero();
        }
        try (PeriodLock again = PeriodLock.tryAcquire(dataSource, JULY)) {
            assertThat(again).isNotNull();
        }
    }
}
