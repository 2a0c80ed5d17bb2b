package org.courtstats.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.awaitility.Awaitility;
import org.courtstats.support.CourtstatsProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several courtstats processes on one embedded warehouse at once (issue 18, point 6), each in a JVM
 * of its own: none starts a second server or fails to start, and the server runs until the last of
 * them has left, not until the one that started it leaves.
 */
class SharedServerIT {

    static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path temp;
    final List<CourtstatsProcess> processes = new ArrayList<>();

    @AfterEach
    void stopWhatTheTestStarted() throws InterruptedException {
        for (CourtstatsProcess process : processes) {
            process.destroy();
        }
        CourtstatsProcess.stopServersUnder(temp);
    }

    @Test
    void twoCommandsStartedTogetherBothSucceedOnAFreshDataDirectoryAndOnAnExistingOne() throws Exception {
        Path data = temp.resolve("data");
        for (String round : List.of("fresh data directory", "existing data directory")) {
            CourtstatsProcess first = start(data, "status");
            CourtstatsProcess second = start(data, "status");
            assertThat(first.awaitExit(RUN_TIMEOUT)).as(round + ":\n" + first.output()).isZero();
            assertThat(second.awaitExit(RUN_TIMEOUT)).as(round + ":\n" + second.output()).isZero();
            awaitNoServer(data, round + ": the last to leave stopped the server");
        }
    }

    @Test
    void theServerStaysUpForTheSecondCommandWhenTheFirstEnds() throws Exception {
        Path data = temp.resolve("data");
        int firstPort = freePort();
        int secondPort = freePort();
        CourtstatsProcess first = start(data, "db", "--port", String.valueOf(firstPort));
        awaitReady(first);
        CourtstatsProcess second = start(data, "db", "--port", String.valueOf(secondPort));
        awaitReady(second);
        assertThat(second.output()).as("which port is served, and that --port did not apply")
                .contains("端口 " + firstPort + " 上提供服务", "--port " + secondPort + " 未生效", "PGPASSFILE=");

        try (Connection during = connect(data, firstPort)) {
            terminate(first);
            assertThat(first.awaitExit(RUN_TIMEOUT)).as(first.output()).isNotNegative();
            assertThat(selectOne(during)).as("a connection made before the first command ended").isEqualTo(1);
            try (Connection after = connect(data, firstPort)) {
                assertThat(selectOne(after)).as("a connection made after").isEqualTo(1);
            }
        }
        assertThat(second.isAlive()).isTrue();

        terminate(second);
        second.awaitExit(RUN_TIMEOUT);
        awaitNoServer(data, "the second, last to leave, stopped the server");
    }

    @Test
    void aUserKilledWithSigkillNoLongerCounts() throws Exception {
        Path data = temp.resolve("data");
        CourtstatsProcess first = start(data, "db", "--port", String.valueOf(freePort()));
        awaitReady(first);
        CourtstatsProcess second = start(data, "db", "--port", String.valueOf(freePort()));
        awaitReady(second);

        first.kill();
        terminate(second);
        second.awaitExit(RUN_TIMEOUT);
        awaitNoServer(data, "the killed process left no lease behind: the second was the last user and stopped the server");
    }

    private CourtstatsProcess start(Path data, String... args) {
        CourtstatsProcess process = CourtstatsProcess.start(data, args);
        processes.add(process);
        return process;
    }

    private static void awaitReady(CourtstatsProcess db) {
        Awaitility.await("db to serve the warehouse").atMost(RUN_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .failFast("db ended:\n" + db.output(), () -> !db.isAlive())
                .until(() -> db.output().contains("按 Ctrl-C 停止"));
    }

    /** SIGTERM, as Ctrl-C or systemd would stop it: the command leaves the warehouse as it ends. */
    private static void terminate(CourtstatsProcess process) {
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroy);
    }

    private static void awaitNoServer(Path data, String why) {
        Path pidFile = data.resolve("pgdata/postmaster.pid");
        Awaitility.await(why).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> !Files.exists(pidFile) || postmasterGone(pidFile));
    }

    private static boolean postmasterGone(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        return lines.isEmpty() || ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive).isEmpty();
    }

    private static Connection connect(Path data, int port) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", SuperuserPassword.of(data.resolve("pgdata")));
        properties.setProperty("ApplicationName", CourtstatsProcess.TEST_APPLICATION);
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/courtstats", properties);
    }

    private static int selectOne(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("select 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
