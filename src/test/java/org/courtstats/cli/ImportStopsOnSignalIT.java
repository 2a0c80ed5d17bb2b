package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.courtstats.embedded.SuperuserPassword;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import sun.misc.Signal;

/**
 * Ctrl-C (here SIGTERM, raised in this JVM) during {@code import} or {@code rerun}: the load stops
 * after its current chunk, nothing is published, the command exits 130 saying how to resume, and
 * the same command again ends as an uninterrupted one would.
 */
class ImportStopsOnSignalIT {

    static final int ROWS = 60_000;

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aSignalStopsTheImportAfterItsChunkAndTheSameCommandResumesIt() throws Exception {
        Path data = temp.resolve("data");
        Inbox inbox = writeDelivery();
        String[] command = {"import", "--period", "2024-08", "--inbox", inbox.root().toString()};

        StringWriter err = new StringWriter();
        stopAfterTheFirstChunk(data, err, command);

        assertThat(err.toString()).contains("已按要求停止").contains("重新运行同一命令即可从中断处继续");

        StringWriter out = new StringWriter();
        StringWriter againErr = new StringWriter();
        assertThat(run(data, out, againErr, command)).as(againErr.toString()).isZero();
        assertThat(out.toString()).containsPattern("豫1302\\s+审判\\s+60000\\s+60000\\s+0\\s+0\\s+已发布")
                .contains("合计：1 份文件，发布 1 份");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aSignalStopsARerunTooAndTheSameCommandResumesIt() throws Exception {
        Path data = temp.resolve("data");
        Inbox inbox = writeDelivery();
        assertThat(run(data, new StringWriter(), new StringWriter(), "import", "--period", "2024-08", "--inbox",
                inbox.root().toString())).isZero();
        String[] rerun = {"rerun", "--court", "宛城", "--period", "2024-08", "--inbox", inbox.root().toString(), "--force"};

        StringWriter err = new StringWriter();
        stopAfterTheFirstChunk(data, err, rerun);

        assertThat(err.toString()).contains("已按要求停止").contains("重新运行同一命令即可从中断处继续");
        StringWriter out = new StringWriter();
        StringWriter againErr = new StringWriter();
        assertThat(run(data, out, againErr, rerun)).as(againErr.toString()).isZero();
        assertThat(out.toString()).containsPattern("豫1302\\s+审判\\s+60000\\s+60000\\s+0\\s+0\\s+已发布")
                .contains("各项指标和排名均未变化");
    }

    /** Runs the command, raises SIGTERM once a chunk of a delivery being loaded is committed, and expects 130. */
    private static void stopAfterTheFirstChunk(Path data, StringWriter err, String... command) throws Exception {
        CompletableFuture<Integer> stopped = CompletableFuture.supplyAsync(() -> run(data, new StringWriter(), err, command));
        JdbcTemplate warehouse = awaitWarehouse(data, stopped);
        awaitFirstChunk(warehouse, stopped);
        Signal.raise(new Signal("TERM"));
        assertThat(stopped.get(2, TimeUnit.MINUTES)).as(err.toString()).isEqualTo(ImportCommand.EXIT_STOPPED);
    }

    private Inbox writeDelivery() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("案号", "立案日期", "结案日期", "结案方式"));
        for (int i = 1; i <= ROWS; i++) {
            LocalDate filed = LocalDate.of(2024, 1, 1).plusDays(i % 200);
            rows.add(List.of("（2024）豫1302民初" + i + "号", filed.toString(), filed.plusDays(20).toString(), "判决"));
        }
        inbox.csv("2024-08", "宛城区法院_审判案件_2024年8月.csv", rows);
        return inbox;
    }

    private static int run(Path data, StringWriter out, StringWriter err, String... args) {
        System.setProperty("courtstats.data-dir", data.toString());
        System.setProperty("courtstats.embedded.durable", "false");
        // Several chunks in the delivery, so the signal lands between two of them.
        System.setProperty("courtstats.import.chunk-rows", String.valueOf(WarehouseTest.CHUNK_ROWS));
        try {
            CommandLine commandLine = CourtstatsCommand.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(err, true));
            return commandLine.execute(args);
        } finally {
            System.clearProperty("courtstats.data-dir");
            System.clearProperty("courtstats.embedded.durable");
            System.clearProperty("courtstats.import.chunk-rows");
        }
    }

    /** The command's embedded warehouse, once it is up: its port is in postmaster.pid (line 4). */
    private static JdbcTemplate awaitWarehouse(Path data, CompletableFuture<Integer> command) throws Exception {
        Path pidFile = data.resolve("pgdata/postmaster.pid");
        while (!command.isDone()) {
            if (Files.isRegularFile(pidFile)) {
                List<String> lines = Files.readAllLines(pidFile);
                if (lines.size() >= 8 && lines.get(7).trim().equals("ready")) {
                    return connect(Integer.parseInt(lines.get(3).trim()), SuperuserPassword.of(data.resolve("pgdata")));
                }
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new AssertionError("the import ended before its warehouse could be watched: " + command.get());
    }

    private static void awaitFirstChunk(JdbcTemplate warehouse, CompletableFuture<Integer> command) throws Exception {
        while (!command.isDone()) {
            try {
                Integer loaded = warehouse.queryForObject("select coalesce(sum(rows_loaded), 0) from staging.delivery"
                        + " where status = 'registered'", Integer.class);
                if (loaded != null && loaded > 0) {
                    return;
                }
            } catch (RuntimeException notMigratedYet) {
                // The schema is being created; ask again.
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new AssertionError("the import ended before its first chunk was seen: " + command.get());
    }

    private static JdbcTemplate connect(int port, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName("courtstats");
        dataSource.setUser("postgres");
        dataSource.setPassword(password);
        return new JdbcTemplate(dataSource);
    }
}
