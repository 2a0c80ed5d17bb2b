package org.courtstats.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.Inbox;
import org.courtstats.support.LogCapture;
import org.courtstats.support.MutableClock;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;

/** The schedule with the real import, on the embedded warehouse, over two months of clock moved by hand. */
@WarehouseTest
class MonthlyScheduleIT {

    static final ZoneId SHANGHAI = ZoneId.of(MonthlySchedule.DEFAULT_ZONE);

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @BeforeEach
    void emptyWarehouse() {
        Warehouses.reset(jdbc);
    }

    @Test
    void importsEachPreviousMonthAndCarriesOnWhenAMonthHasNoFolder() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("2024-12", "宛城区法院_审判案件_2024年12月.csv", List.of(
                List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1302民初1号", "2024-12-02", "2024-12-20", "判决"),
                List.of("（2024）豫1302民初2号", "2024-12-03", "", "")));
        MutableClock clock = new MutableClock(Instant.parse("2024-12-20T00:00:00Z"), SHANGHAI);
        MonthlySchedule schedule = new MonthlySchedule(CronExpression.parse(MonthlySchedule.DEFAULT_CRON), SHANGHAI,
                inbox.root(), monthlyImport::run, clock, MonthlyScheduleTest.waitingUpTo(2, clock));

        try (LogCapture log = new LogCapture(MonthlySchedule.class)) {
            schedule.run();

            assertThat(log.messages()).containsSubsequence(
                    "INFO Scheduled import of 2024-12 ended: exit status 0 (every delivery published or unchanged)",
                    "WARN Scheduled import of 2025-01: there is no folder " + inbox.root().resolve("2025-01")
                            + "; nothing imported",
                    "INFO Schedule stopped");
        }
        assertThat(jdbc.queryForList("select to_char(period, 'YYYY-MM') || ' ' || status || ' ' || rows_loaded"
                + " from staging.delivery", String.class)).containsExactly("2024-12 published 2");
    }
}
