package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.courtstats.embedded.EmbeddedWarehouse;
import org.courtstats.support.CourtstatsProcess;
import org.courtstats.support.Warehouses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded PostgreSQL killed (SIGKILL of its postmaster) while an import loads (issue 18, point
 * 8): the import ends within seconds saying that the database stopped, not minutes later saying it
 * could not start; the same command then resumes and publishes the month.
 */
class ServerKilledDuringImportIT {

    static final String PERIOD = "2024-08";
    /** Three sample deliveries, 14 400 rows: a few seconds of loading. */
    static final List<String> DELIVERIES = KillDuringImportIT.DELIVERIES;
    static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
    /** How soon after its server's death the import must have ended: a few pool requests, no timeouts. */
    static final Duration FAILS_WITHIN = Duration.ofSeconds(20);

    @TempDir
    Path temp;
    CourtstatsProcess process;

    @AfterEach
    void stopWhatTheTestStarted() throws InterruptedException {
        if (process != null) {
            process.destroy();
        }
        CourtstatsProcess.stopServersUnder(temp);
    }

    @Test
    void theImportFailsAtOnceSayingTheDatabaseStoppedAndTheSameCommandResumes() throws Exception {
        Path inbox = temp.resolve("inbox");
        Files.createDirectories(inbox.resolve(PERIOD));
        for (String delivery : DELIVERIES) {
            Files.copy(Path.of("input-samples", PERIOD, delivery), inbox.resolve(PERIOD).resolve(delivery));
        }
        Path data = temp.resolve("data");
        String[] command = {"import", "--period", PERIOD, "--inbox", inbox.toString()};
        process = CourtstatsProcess.start(data, CourtstatsProcess.SMALL_CHUNKS, command);

        AtomicReference<Connection> watch = new AtomicReference<>();
        Awaitility.await("rows staged, nothing published").atMost(RUN_TIMEOUT).pollInterval(Duration.ofMillis(50))
                .failFast("courtstats ended:\n" + process.output(), () -> !process.isAlive())
                .until(() -> {
                    if (watch.get() == null) {
                        process.connect().ifPresent(watch::set);
                        return false;
                    }
                    try {
                        return count(watch.get(), Warehouses.UNPUBLISHED_ROWS) > 0
                                && count(watch.get(), "select count(*) from staging.delivery where status = 'published'") == 0;
                    } catch (SQLException notMigratedYet) {
                        return false;
                    }
                });
        long postmaster = Long.parseLong(Files.readAllLines(process.serverDirectory().resolve("postmaster.pid")).get(0).trim());
        ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow();
        server.destroyForcibly();
        long killedAt = System.nanoTime();
        server.onExit().get();

        int status = process.awaitExit(RUN_TIMEOUT);
        Duration toExit = Duration.ofNanos(System.nanoTime() - killedAt);
        String output = process.output();
        assertThat(status).as(output).isEqualTo(1);
        assertThat(toExit).as("time from the server's death to the import's end\n" + output).isLessThan(FAILS_WITHIN);
        assertThat(output).contains("错误：内置数据仓库的数据库服务器（PostgreSQL 进程 " + postmaster, "在运行中停止了",
                "重新运行同一命令").doesNotContain("未能启动", "Exception");

        process = CourtstatsProcess.start(data, CourtstatsProcess.SMALL_CHUNKS, command);
        assertThat(process.awaitExit(RUN_TIMEOUT)).as(process.output()).isZero();
        try (EmbeddedWarehouse warehouse = EmbeddedWarehouse.start(data.resolve("pgdata"), 0, false)) {
            assertThat(new JdbcTemplate(warehouse.dataSource()).queryForObject(
                    "select count(*) from staging.delivery where status = 'published'", Integer.class))
                    .as("every delivery published by the resumed run").isEqualTo(DELIVERIES.size());
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
