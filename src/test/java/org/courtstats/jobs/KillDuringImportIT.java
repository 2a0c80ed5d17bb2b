package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import org.courtstats.support.Warehouses;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.courtstats.embedded.EmbeddedWarehouse;
import org.courtstats.support.CourtstatsProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Crash safety for real: the import runs in a JVM of its own, which is killed with SIGKILL at a chosen
 * moment (its embedded PostgreSQL survives it, an orphan), then the same command runs again to the
 * end. The warehouse must then hold exactly what an uninterrupted run of the same inbox gives, and
 * the second command must have restarted the interrupted Spring Batch execution, not started over.
 *
 * <p>Moments: mid-load (caught by watching staging fill up, then killed at once), and three moments
 * too short to catch by watching, which the test holds the process at with a PostgreSQL lock it
 * takes on the process's server, kills it while it waits, and ends the dead process's sessions
 * before it lets go (as if the kill came just before the statement): registering the files (after
 * the first is archived), publishing (every slice replaced, the indicators not yet written, nothing
 * committed), and after publishing committed but before Spring Batch recorded the run as complete.
 *
 * <p>Every warehouse starts as a copy of one migrated, empty warehouse, so that each run does not
 * pay for initdb and the migrations.
 */
class KillDuringImportIT {

    static final String PERIOD = "2024-08";
    /**
     * Three of the sample deliveries (written by the project's generator): an .xlsx, a legacy .xls and
     * a tab-separated .txt, 14 400 rows in 8 chunks, loaded in a few seconds, two at a time on two cores.
     */
    static final List<String> DELIVERIES = List.of("桐柏_审判案件_2024年08月.xlsx", "内乡法院2024年1-8月审判案件统计.xls",
            "西峡审判案件202408.txt");
    static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
    static final Duration POLL = Duration.ofMillis(100);

    @TempDir
    static Path shared;
    static Path inbox;
    static Path template;
    static Contents clean;
    static final List<CourtstatsProcess> setUpProcesses = new ArrayList<>();

    @TempDir
    Path temp;
    final List<CourtstatsProcess> processes = new ArrayList<>();
    final List<Connection> connections = new ArrayList<>();

    @BeforeAll
    static void inboxTemplateAndCleanRun() throws Exception {
        inbox = shared.resolve("inbox");
        Files.createDirectories(inbox.resolve(PERIOD));
        for (String delivery : DELIVERIES) {
            Files.copy(Path.of("input-samples", PERIOD, delivery), inbox.resolve(PERIOD).resolve(delivery));
        }

        // An import of a month that has no folder migrates the warehouse, then exits 1 having changed nothing.
        template = shared.resolve("template");
        CourtstatsProcess migrate = CourtstatsProcess.start(template, "import", "--period", "2021-01", "--inbox", inbox.toString());
        setUpProcesses.add(migrate);
        assertThat(migrate.awaitExit(RUN_TIMEOUT)).as(migrate.output()).isEqualTo(1);

        Path cleanData = copyOfTemplate(shared.resolve("clean"));
        CourtstatsProcess uninterrupted = CourtstatsProcess.start(cleanData, CourtstatsProcess.SMALL_CHUNKS, importCommand());
        setUpProcesses.add(uninterrupted);
        assertThat(uninterrupted.awaitExit(RUN_TIMEOUT)).as(uninterrupted.output()).isZero();
        clean = Contents.of(cleanData);
        assertThat(clean.deliveries()).hasSize(DELIVERIES.size())
                .allMatch(delivery -> delivery.contains("\"status\": \"published\""));
        assertThat(clean.executions()).extracting(Execution::status).containsExactly("COMPLETED");
    }

    @AfterAll
    static void stopWhatSetUpStarted() throws InterruptedException {
        for (CourtstatsProcess process : setUpProcesses) {
            process.destroy();
        }
        CourtstatsProcess.stopServersUnder(shared);
    }

    @AfterEach
    void stopWhatTheTestStarted() throws InterruptedException {
        for (Connection connection : connections) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the server is gone already
            }
        }
        for (CourtstatsProcess process : processes) {
            process.destroy();
        }
        CourtstatsProcess.stopServersUnder(temp);
    }

    @Test
    void killedMidLoadTheSameCommandResumesFromTheLastCommittedChunks() throws Exception {
        Path data = copyOfTemplate(temp.resolve("data"));
        CourtstatsProcess killed = start(data);
        Connection watch = awaitServer(killed);
        long third = clean.rowsLoaded() / 3;
        awaitUntil("a third of the rows staged, nothing published", killed,
                () -> count(watch, Warehouses.UNPUBLISHED_ROWS) >= third);
        killed.kill();

        assertThat(count(watch, "select count(*) from staging.delivery where status = 'published'")).isZero();
        assertThat(count(watch, Warehouses.UNPUBLISHED_ROWS)).isBetween(third, clean.rowsStaged() - 1);
        assertThat(count(watch, "select count(*) from batch.batch_step_execution"
                + " where step_name like 'loadDelivery:%' and status <> 'COMPLETED'")).as("deliveries still loading").isPositive();
        watch.close();

        Contents resumed = runAgainToTheEnd(data);

        assertSameWarehouse(resumed);
        assertRestartedTheInterruptedExecution(resumed, "loadDeliveries", "publishMonth");
        assertThat(resumed.executions().get(0).rowsRead()).as("rows committed before the kill").isPositive();
        assertThat(resumed.executions().get(0).rowsRead() + resumed.executions().get(1).rowsRead())
                .as("every row read once: before the kill, or after the restart").isEqualTo(clean.executions().get(0).rowsRead());
    }

    @Test
    void killedWhileRegisteringTheSameCommandRegistersEveryFileOnce() throws Exception {
        Path data = copyOfTemplate(temp.resolve("data"));
        CourtstatsProcess killed = start(data);
        Connection watch = awaitServer(killed);
        Connection gate = awaitServer(killed);
        gate.setAutoCommit(false);
        gate.createStatement().execute("lock table staging.delivery in share mode");
        awaitBlocked(watch, killed, "insert into staging.delivery");
        killAndEndItsSessions(killed, watch);
        gate.rollback();

        assertThat(count(watch, "select count(*) from staging.delivery")).isZero();
        assertThat(status(watch, "registerDeliveries")).isEqualTo("STARTED");
        try (Stream<Path> archived = Files.walk(data.resolve("archive"))) {
            assertThat(archived.filter(Files::isRegularFile).count()).as("files archived before the kill").isPositive();
        }
        watch.close();

        Contents resumed = runAgainToTheEnd(data);

        assertSameWarehouse(resumed);
        assertRestartedTheInterruptedExecution(resumed, "registerDeliveries", "loadDeliveries", "publishMonth");
    }

    @Test
    void killedWhilePublishingTheSameCommandPublishesTheMonthOnce() throws Exception {
        Path data = copyOfTemplate(temp.resolve("data"));
        CourtstatsProcess killed = start(data);
        Connection watch = awaitServer(killed);
        Connection gate = awaitServer(killed);
        gate.setAutoCommit(false);
        gate.createStatement().execute("lock table mart.indicator_result in share mode");
        awaitBlocked(watch, killed, "select core.recompute_indicators");
        killAndEndItsSessions(killed, watch);
        gate.rollback();

        assertThat(count(watch, "select count(*) from staging.delivery where status = 'published'")).isZero();
        assertThat(count(watch, "select count(*) from core.case_record")).isZero();
        assertThat(count(watch, Warehouses.UNPUBLISHED_ROWS)).as("every delivery staged")
                .isEqualTo(clean.rowsStaged());
        assertThat(status(watch, "publishMonth")).isEqualTo("STARTED");
        watch.close();

        Contents resumed = runAgainToTheEnd(data);

        assertSameWarehouse(resumed);
        assertRestartedTheInterruptedExecution(resumed, "publishMonth");
    }

    @Test
    void killedAfterPublishingCommittedTheSameCommandChangesNothingAndLeavesNoRunUnfinished() throws Exception {
        Path data = copyOfTemplate(temp.resolve("data"));
        CourtstatsProcess killed = start(data);
        Connection watch = awaitServer(killed);
        Connection gate = awaitServer(killed);
        gate.setAutoCommit(false);
        gate.createStatement().execute("lock table mart.indicator_result in share mode");
        awaitBlocked(watch, killed, "select core.recompute_indicators");
        // Hold the run's own rows, then let publishing go on: it commits, and the run waits to record its end.
        Connection rows = awaitServer(killed);
        rows.setAutoCommit(false);
        long execution = count(watch, "select max(job_execution_id) from batch.batch_job_execution");
        rows.createStatement().execute("select 1 from batch.batch_job_execution where job_execution_id = " + execution
                + " for no key update");
        rows.createStatement().execute("select 1 from batch.batch_job_execution_context where job_execution_id = " + execution
                + " for no key update");
        gate.commit();
        awaitUntil("publishing committed, the run waiting to record its end", killed,
                () -> blocked(watch, "update batch.batch_job_execution")
                        && count(watch, "select count(*) from staging.delivery where status = 'published'") == DELIVERIES.size());
        killAndEndItsSessions(killed, watch);
        rows.rollback();

        assertThat(count(watch, "select count(*) from core.case_record")).isEqualTo(clean.cases().size());
        assertThat(status(watch, "publishMonth")).isEqualTo("COMPLETED");
        assertThat(count(watch, "select count(*) from batch.batch_job_execution where status = 'STARTED'")).isEqualTo(1);
        watch.close();

        Contents again = runAgainToTheEnd(data);

        assertSameWarehouse(again);
        // Publishing changed the month's published state, which identifies a run: the same command is a new
        // run, which finds every file already published. The killed run must not look running for ever.
        assertThat(again.executions()).extracting(Execution::status).containsExactly("ABANDONED", "COMPLETED");
        assertThat(again.executions().get(1).instance()).isNotEqualTo(again.executions().get(0).instance());
        assertThat(again.executions().get(1).rowsRead()).as("nothing loaded again").isZero();
    }

    // --- running and killing ---

    static String[] importCommand() {
        return new String[] {"import", "--period", PERIOD, "--inbox", inbox.toString()};
    }

    CourtstatsProcess start(Path data) {
        CourtstatsProcess process = CourtstatsProcess.start(data, CourtstatsProcess.SMALL_CHUNKS, importCommand());
        processes.add(process);
        return process;
    }

    /** Runs the same command again, to its end, and reads the warehouse it leaves. */
    Contents runAgainToTheEnd(Path data) throws Exception {
        CourtstatsProcess again = start(data);
        assertThat(again.awaitExit(RUN_TIMEOUT)).as(again.output()).isZero();
        // An operators' line: in the log file (on the terminal only with --verbose).
        assertThat(Files.readString(data.resolve("logs/courtstats.log"))).as("the orphaned server was stopped and a fresh one started")
                .contains("left running in");
        return Contents.of(data);
    }

    Connection awaitServer(CourtstatsProcess process) {
        AtomicReference<Connection> connection = new AtomicReference<>();
        // Polled fast: a lock must be in place before the process, starting, reaches what it is to stop.
        awaitUntil("its embedded server to accept connections", process, Duration.ofMillis(20), () -> {
            process.connect().ifPresent(connection::set);
            return connection.get() != null;
        });
        connections.add(connection.get());
        return connection.get();
    }

    /**
     * Waits until the process waits on the test's lock in a statement starting so; fails at once when
     * the lock caught it at another statement.
     */
    void awaitBlocked(Connection watch, CourtstatsProcess process, String statement) {
        awaitUntil("courtstats waiting on the test's lock at “" + statement + "”", process, POLL, () -> {
            List<String> held = heldByTheTest(watch);
            assertThat(held).as("statements the test's locks hold").allMatch(query -> query.startsWith(statement));
            return !held.isEmpty();
        });
    }

    /** Whether a session of the process waits on one of the test's locks in a statement starting so. */
    static boolean blocked(Connection watch, String statement) {
        return heldByTheTest(watch).stream().anyMatch(query -> query.startsWith(statement));
    }

    /** The statements (lower case) in which sessions of the process wait on locks the test holds. */
    static List<String> heldByTheTest(Connection watch) {
        return new JdbcTemplate(new SingleConnectionDataSource(watch, true)).queryForList("""
                        select lower(btrim(a.query, E' \t\r\n')) from pg_stat_activity a
                        where a.datname = 'courtstats' and a.application_name <> ? and a.wait_event_type = 'Lock'
                          and exists (select 1 from pg_stat_activity b
                                      where b.pid = any (pg_blocking_pids(a.pid)) and b.application_name = ?)""",
                String.class, CourtstatsProcess.TEST_APPLICATION, CourtstatsProcess.TEST_APPLICATION);
    }

    /**
     * SIGKILL, then end the dead process's sessions before the test lets go of its locks: as if the
     * kill had come before the statement it waits in reached the server.
     */
    static void killAndEndItsSessions(CourtstatsProcess process, Connection watch) throws Exception {
        process.kill();
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(watch, true));
        String itsSessions = " from pg_stat_activity where datname = 'courtstats' and backend_type = 'client backend'"
                + " and application_name <> '" + CourtstatsProcess.TEST_APPLICATION + "'";
        jdbc.queryForList("select pg_terminate_backend(pid)" + itsSessions, Boolean.class);
        Awaitility.await("the killed process's sessions to end").atMost(Duration.ofSeconds(30)).pollInterval(POLL)
                .until(() -> jdbc.queryForObject("select count(*)" + itsSessions, Long.class) == 0);
    }

    static void awaitUntil(String what, CourtstatsProcess process, Callable<Boolean> condition) {
        awaitUntil(what, process, POLL, condition);
    }

    static void awaitUntil(String what, CourtstatsProcess process, Duration poll, Callable<Boolean> condition) {
        try {
            Awaitility.await(what).atMost(RUN_TIMEOUT).pollDelay(Duration.ZERO).pollInterval(poll)
                    .failFast("courtstats ended", () -> !process.isAlive())
                    .until(condition);
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            throw new AssertionError(e.getMessage() + "\n" + process.output(), e);
        }
    }

    static long count(Connection connection, String sql) throws SQLException {
        Long count = new JdbcTemplate(new SingleConnectionDataSource(connection, true)).queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    static String status(Connection connection, String step) {
        return new JdbcTemplate(new SingleConnectionDataSource(connection, true)).queryForObject(
                "select status from batch.batch_step_execution where step_name = ? order by step_execution_id desc limit 1",
                String.class, step);
    }

    static Path copyOfTemplate(Path data) throws IOException {
        Path source = template.resolve("pgdata");
        Path target = data.resolve("pgdata");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return data;
    }

    // --- comparing ---

    static void assertSameWarehouse(Contents actual) {
        assertSameRows("core.case_record", actual.cases(), clean.cases());
        assertSameRows("mart.indicator_result", actual.indicators(), clean.indicators());
        assertSameRows("staging.delivery", actual.deliveries(), clean.deliveries());
        assertSameRows("staging.row_issue", actual.issues(), clean.issues());
        assertThat(actual.issues()).as("no row problem recorded twice").doesNotHaveDuplicates();
        assertThat(actual.staged()).as("no unpublished rows left").isZero();
        assertThat(actual.deliveries()).noneMatch(delivery -> delivery.contains("\"status\": \"registered\""));
    }

    static void assertRestartedTheInterruptedExecution(Contents resumed, String... stepsOfTheRestart) {
        assertThat(resumed.executions()).as("one job instance, two executions").hasSize(2)
                .extracting(Execution::instance).containsOnly(resumed.executions().get(0).instance());
        assertThat(resumed.executions()).extracting(Execution::status).containsExactly("FAILED", "COMPLETED");
        assertThat(resumed.executions().get(1).steps()).as("steps run by the restart").containsExactly(stepsOfTheRestart);
    }

    /** The same rows, in the same order; on a difference, says which rows (a few of them). */
    static void assertSameRows(String table, List<String> actual, List<String> expected) {
        if (actual.equals(expected)) {
            return;
        }
        Map<String, Integer> balance = new HashMap<>();
        expected.forEach(row -> balance.merge(row, 1, Integer::sum));
        actual.forEach(row -> balance.merge(row, -1, Integer::sum));
        List<String> missing = balance.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).limit(3).toList();
        List<String> extra = balance.entrySet().stream().filter(e -> e.getValue() < 0).map(Map.Entry::getKey).limit(3).toList();
        throw new AssertionError(table + " differs from the uninterrupted run's: " + actual.size() + " rows instead of "
                + expected.size() + "\nmissing, e.g.: " + missing + "\nextra, e.g.: " + extra);
    }

    record Execution(long id, long instance, String status, List<String> steps, long rowsRead) {
    }

    /**
     * What a warehouse holds, without what differs between two runs anyway (ids, times, paths, and
     * whether the loader could rule out repeated case numbers: a resumed load cannot).
     */
    record Contents(List<String> cases, List<String> indicators, List<String> deliveries, List<String> issues,
                    long staged, List<Execution> executions) {

        static Contents of(Path data) {
            try (EmbeddedWarehouse warehouse = EmbeddedWarehouse.start(data.resolve("pgdata"), 0, false)) {
                JdbcTemplate jdbc = new JdbcTemplate(warehouse.dataSource());
                return new Contents(
                        jdbc.queryForList("select (to_jsonb(c) - 'delivery_id')::text from core.case_record c"
                                + " order by period, court_code, feed, case_no", String.class),
                        jdbc.queryForList("select (to_jsonb(i) - 'computed_at')::text from mart.indicator_result i"
                                + " order by period, indicator_code, time_window, court_code", String.class),
                        jdbc.queryForList("select (to_jsonb(d) - 'delivery_id' - 'job_instance_id' - 'registered_at' - 'loaded_at' - 'duplicates_possible'"
                                + " || jsonb_build_object('archive_path', substring(archive_path from '/archive/(.*)$')))::text"
                                + " from staging.delivery d order by file_name, delivery_id", String.class),
                        jdbc.queryForList("select (to_jsonb(i) - 'delivery_id' || jsonb_build_object('file', d.file_name))::text"
                                + " from staging.row_issue i join staging.delivery d using (delivery_id) order by 1", String.class),
                        jdbc.queryForObject(Warehouses.UNPUBLISHED_ROWS, Long.class),
                        jdbc.query("select e.job_execution_id, e.job_instance_id, e.status,"
                                        + " array(select step_name from batch.batch_step_execution s"
                                        + "       where s.job_execution_id = e.job_execution_id and step_name not like '%:%'"
                                        + "       order by step_execution_id) as steps,"
                                        + " (select coalesce(sum(read_count), 0) from batch.batch_step_execution s"
                                        + "  where s.job_execution_id = e.job_execution_id and step_name like 'loadDelivery:%') as rows_read"
                                        + " from batch.batch_job_execution e order by e.job_execution_id",
                                (rs, n) -> new Execution(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                        List.of((String[]) rs.getArray(4).getArray()), rs.getLong(5))));
            }
        }

        long rowsLoaded() {
            return cases.size();
        }

        /** Rows staged when loading ends: those published, and those publishing rejects as duplicates. */
        long rowsStaged() {
            return cases.size() + issues.stream().filter(issue -> issue.contains("\"reason_code\": \"DUPLICATE_CASE_NO\"")).count();
        }
    }
}
