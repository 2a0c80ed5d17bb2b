package org.courtstats.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.courtstats.embedded.SuperuserPassword;

/**
 * A courtstats command run in a JVM of its own, on the test class path, as an operator runs it: on its
 * own data directory ({@code -Dcourtstats.data-dir}), where it starts its embedded PostgreSQL. What a
 * crash test needs: kill it for real (SIGKILL, which leaves its PostgreSQL running as an orphan),
 * connect to its server while it runs, and stop every server it left behind.
 */
public final class CourtstatsProcess {

    /** The application name of the test's own connections, so they can be told from the process's. */
    public static final String TEST_APPLICATION = "courtstats-test";

    /**
     * The environment that makes an import commit every {@link WarehouseTest#CHUNK_ROWS} rows (the
     * default is 20 000): the crash tests need a few committed chunks of their small deliveries.
     */
    public static final Map<String, String> SMALL_CHUNKS =
            Map.of("COURTSTATS_IMPORT_CHUNK_ROWS", String.valueOf(WarehouseTest.CHUNK_ROWS));

    private final Process process;
    private final Path dataDirectory;
    private final Path output;

    private CourtstatsProcess(Process process, Path dataDirectory, Path output) {
        this.process = process;
        this.dataDirectory = dataDirectory;
        this.output = output;
    }

    /**
     * Starts {@code java … org.courtstats.CourtstatsApplication ARGS} on the data directory. Standard
     * output and error go to a file next to it (see {@link #output()}). Settings that could point it at
     * another warehouse (SPRING_*, COURTSTATS_* variables) are not passed on.
     */
    public static CourtstatsProcess start(Path dataDirectory, String... args) {
        return start(dataDirectory, Map.of(), List.of(), args);
    }

    /**
     * As {@link #start(Path, String...)}, with environment variables set for the process (after those
     * that could point it at another warehouse are removed): a locale (LC_ALL=C), or a setting
     * (COURTSTATS_MIGRATION_LOCK_TIMEOUT=1s). An empty value sets the variable empty.
     */
    public static CourtstatsProcess start(Path dataDirectory, Map<String, String> environment, String... args) {
        return start(dataDirectory, environment, List.of(), args);
    }

    /**
     * As {@link #start(Path, Map, String...)}, with the JVM run through {@code launcher} (a command
     * such as {@code setpriv …} that runs the rest of its arguments); an empty launcher runs it directly.
     */
    public static CourtstatsProcess start(Path dataDirectory, Map<String, String> environment,
                                          List<String> launcher, String... args) {
        try {
            Files.createDirectories(dataDirectory);
            Path output = Files.createTempFile(dataDirectory.getParent(), dataDirectory.getFileName() + "-", ".out");
            List<String> command = new ArrayList<>(launcher);
            command.addAll(List.of(
                    ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                    // Half the CPU time of a short run (C2 compiling costs more than it saves here); no effect on what it does.
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Dcourtstats.data-dir=" + dataDirectory,
                    "-Dcourtstats.embedded.durable=false",
                    "-Dcourtstats.log-file=" + dataDirectory.resolve("logs/courtstats.log"),
                    "-cp", System.getProperty("java.class.path"),
                    "org.courtstats.CourtstatsApplication"));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(dataDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("COURTSTATS_"));
            builder.environment().putAll(environment);
            return new CourtstatsProcess(builder.start(), dataDirectory, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory of the embedded server's data (postmaster.pid and all). */
    public Path serverDirectory() {
        return dataDirectory.resolve("pgdata");
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** @return the exit status */
    public int awaitExit(Duration timeout) throws InterruptedException, TimeoutException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException("courtstats did not end within " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    /** kill -9: the JVM ends at once, without shutdown hooks; its PostgreSQL keeps running. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("courtstats (pid " + process.pid() + ") survived SIGKILL");
        }
    }

    /** What the command printed, standard output and error together. */
    public String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /**
     * A connection to the process's embedded server, once it accepts connections (the port is the
     * fourth line of postmaster.pid); empty while it does not.
     */
    public Optional<Connection> connect() {
        OptionalInt port = serverPort(serverDirectory());
        if (port.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> password = superuserPassword();
        if (password.isEmpty()) {
            return Optional.empty(); // the first start writes it before initdb
        }
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", password.get());
        properties.setProperty("ApplicationName", TEST_APPLICATION);
        properties.setProperty("connectTimeout", "5");
        try {
            return Optional.of(DriverManager.getConnection("jdbc:postgresql://localhost:" + port.getAsInt() + "/courtstats",
                    properties));
        } catch (SQLException e) {
            return Optional.empty(); // starting, or the database is not created yet
        }
    }

    /** The password of the embedded server's superuser, once the process has written it. */
    public Optional<String> superuserPassword() {
        try {
            return Optional.of(SuperuserPassword.of(serverDirectory()));
        } catch (IllegalStateException notYet) {
            return Optional.empty();
        }
    }

    private static OptionalInt serverPort(Path serverDirectory) {
        try {
            List<String> lines = Files.readAllLines(serverDirectory.resolve("postmaster.pid"));
            return lines.size() >= 4 && !lines.get(3).isBlank() ? OptionalInt.of(Integer.parseInt(lines.get(3).trim()))
                    : OptionalInt.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** Ends the JVM if it still runs (and whatever it started that still runs under it). */
    public void destroy() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            kill();
        }
    }

    /**
     * Stops every PostgreSQL server whose data directory lies under {@code directory}: those a killed
     * process left behind, so that a test never leaves servers running. A fast shutdown (SIGINT) first,
     * SIGKILL when it does not end within 30 s.
     */
    public static void stopServersUnder(Path directory) {
        String path = directory.toAbsolutePath().toString();
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine()
                        .filter(line -> line.contains("postgres") && line.contains(path)).isPresent())
                .toList();
        for (ProcessHandle server : servers) {
            try {
                new ProcessBuilder("kill", "-INT", String.valueOf(server.pid()))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start().waitFor(10, TimeUnit.SECONDS);
            } catch (IOException e) {
                server.destroy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        for (ProcessHandle server : servers) {
            try {
                server.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                server.descendants().forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly();
            }
        }
    }
}
