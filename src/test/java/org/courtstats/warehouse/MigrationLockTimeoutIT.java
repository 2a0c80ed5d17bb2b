package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.courtstats.support.CourtstatsProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18.7: an upgrade whose migration replaces a mart view queued for ever behind one open BI
 * transaction (and every new BI query behind it). Now start-up waits a bounded time, retries, and
 * fails naming the session that holds the lock; once that session ends, the same command migrates.
 */
class MigrationLockTimeoutIT {

    static final Map<String, String> SHORT_WAITS = Map.of("COURTSTATS_MIGRATION_LOCK_TIMEOUT", "1s",
            "COURTSTATS_MIGRATION_ATTEMPTS", "2", "COURTSTATS_MIGRATION_RETRY_DELAY", "1s");

    @TempDir
    Path temp;
    CourtstatsProcess server;

    @AfterEach
    void stopServers() throws InterruptedException {
        if (server != null) {
            server.destroy();
        }
        CourtstatsProcess.stopServersUnder(temp);
    }

    @Test
    void anOpenBiTransactionOnAMartViewMakesStartUpFailWithinSecondsNamingTheSession() throws Exception {
        Path data = temp.resolve("data");
        server = CourtstatsProcess.start(data, "db", "--port", String.valueOf(freePort()));
        int port;
        try (Connection owner = awaitServer(server)) {
            port = owner.getMetaData().getURL().transform(url -> Integer.parseInt(url.replaceAll(".*:(\\d+)/.*", "$1")));
            try (Statement statement = owner.createStatement()) {
                statement.execute("create role alice login password 'bi-secret' in role courtstats_bi");
                // As after an upgrade that changed the views: Flyway replaces them at the next start.
                statement.execute("update flyway_schema_history set checksum = checksum + 1 where script = 'R__mart_facts.sql'");
            }
        }
        try (Connection alice = login(port, "alice")) {
            alice.setAutoCommit(false);
            int alicePid;
            try (Statement statement = alice.createStatement()) {
                ResultSet rs = statement.executeQuery("select pg_backend_pid(), count(*) from mart.indicator_value");
                rs.next();
                alicePid = rs.getInt(1);
            }

            Instant started = Instant.now();
            CourtstatsProcess upgrade = CourtstatsProcess.start(data, SHORT_WAITS, "status");

            assertThat(upgrade.awaitExit(Duration.ofSeconds(90))).as(upgrade.output()).isEqualTo(1);
            assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(60));
            assertThat(upgrade.output())
                    .contains("数据库结构升级（Flyway 迁移）等待锁超时：已尝试 2 次，每次最多等待 1 秒。")
                    .contains("会话 pid " + alicePid + "（用户 alice，应用 PostgreSQL JDBC Driver，状态 idle in transaction")
                    .contains("mart.indicator_value")
                    .contains("select pg_terminate_backend(pid)")
                    .doesNotContain("Exception");
            alice.rollback();
        }

        CourtstatsProcess again = CourtstatsProcess.start(data, SHORT_WAITS, "status");
        assertThat(again.awaitExit(Duration.ofSeconds(90))).as(again.output()).isZero();
    }

    private static Connection awaitServer(CourtstatsProcess process) {
        AtomicReference<Connection> connection = new AtomicReference<>();
        Awaitility.await("db serving the warehouse").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .failFast("db ended:\n" + process.output(), () -> !process.isAlive())
                .until(() -> {
                    if (process.output().contains("warehouse ready")) {
                        process.connect().ifPresent(connection::set);
                    }
                    return connection.get() != null;
                });
        return connection.get();
    }

    private static Connection login(int port, String user) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", "bi-secret");
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/courtstats", properties);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
