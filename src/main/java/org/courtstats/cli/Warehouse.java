package org.courtstats.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.courtstats.CourtstatsApplication;
import org.courtstats.UserError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context (and with it the warehouse) for the commands that need it. */
final class Warehouse {

    /** How many of a start's slowest steps to log (see {@link #logSlowestSteps}). */
    static final String STARTUP_STEPS = "courtstats.startup-steps";
    private static final Logger log = LoggerFactory.getLogger(Warehouse.class);

    private Warehouse() {
    }

    /**
     * For the commands that only read (status, review, rejects, report, export, explain, db): the application
     * without the import's machinery ({@link ReadingApplication}), its beans made when first used.
     * The warehouse is started and its schema migrated when it needs it, as for every command.
     *
     * @see #start(Map)
     */
    static ConfigurableApplicationContext startForReading(Map<String, Object> properties) {
        ShortRunCompilation.start();
        Map<String, Object> lazily = new LinkedHashMap<>(properties);
        lazily.put("spring.main.lazy-initialization", true);
        return start(ReadingApplication.class, lazily);
    }

    /**
     * @param properties properties that override the configuration (e.g. the embedded port)
     * @throws WarehouseUnavailableException when the database cannot be started or reached, or its
     *     schema cannot be migrated
     */
    static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return start(CourtstatsApplication.class, properties);
    }

    private static ConfigurableApplicationContext start(Class<?> application, Map<String, Object> properties) {
        try {
            // As arguments, not default properties: those would lose to application.properties.
            String[] overrides = properties.entrySet().stream()
                    .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                    .toArray(String[]::new);
            SpringApplicationBuilder builder = new SpringApplicationBuilder(application).logStartupInfo(false);
            int steps = Integer.getInteger(STARTUP_STEPS, 0);
            if (steps <= 0) {
                return builder.run(overrides);
            }
            Duration jvmAge = jvmAge(Instant.now());
            BufferingApplicationStartup startup = new BufferingApplicationStartup(10_000);
            ConfigurableApplicationContext context = builder.applicationStartup(startup).run(overrides);
            logSlowestSteps(jvmAge, startup, steps);
            return context;
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof UserError userError) {
                    // Already says what is wrong and what to do (the port is taken …).
                    throw userError;
                }
            }
            String url = System.getProperty("spring.datasource.url", System.getenv("SPRING_DATASOURCE_URL"));
            String where = url == null || url.isBlank() ? "内置数据仓库（数据目录 courtstats-data/pgdata）"
                    : "数据库 " + Secrets.mask(url);
            throw new WarehouseUnavailableException("无法启动或连接" + where + "：" + Secrets.mask(rootMessage(e))
                    + "。请检查数据库地址、用户名和密码、磁盘空间，或查看日志 " + logFile() + "。", e);
        }
    }

    /**
     * Where a start's time goes, for whoever measures it (docs/startup-time.md): the JVM's age when the
     * context started and when it was ready (and when C2 was excluded, for a read-only command), and
     * the N slowest steps (bean creations include the beans they needed).
     * {@code -Dcourtstats.startup-steps=N}; off by default.
     */
    private static void logSlowestSteps(Duration jvmAgeAtStart, BufferingApplicationStartup startup, int steps) {
        log.info("Startup: JVM {} ms old when the context started, {} ms when it was ready; C2 excluded at {}",
                jvmAgeAtStart.toMillis(), jvmAge(Instant.now()).toMillis(),
                ShortRunCompilation.added().map(at -> jvmAge(at).toMillis() + " ms").orElse("(not, or not yet)"));
        startup.getBufferedTimeline().getEvents().stream()
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                .limit(steps)
                .forEach(event -> log.info("Startup step {} ms: {} {}", event.getDuration().toMillis(),
                        event.getStartupStep().getName(), StreamSupport.stream(event.getStartupStep().getTags().spliterator(), false)
                                .map(tag -> tag.getKey() + "=" + tag.getValue()).collect(Collectors.joining(", "))));
    }

    /** Not from the runtime MXBean: making it waits for the platform MBean server ShortRunCompilation makes. */
    private static Duration jvmAge(Instant at) {
        return ProcessHandle.current().info().startInstant().map(start -> Duration.between(start, at)).orElse(Duration.ZERO);
    }

    static Path logFile() {
        return Path.of(System.getProperty("courtstats.log-file", "courtstats-data/logs/courtstats.log"));
    }

    /** The innermost cause's message: what actually went wrong (a refused connection, a full disk). */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
