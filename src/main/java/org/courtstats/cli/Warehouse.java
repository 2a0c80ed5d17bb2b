package org.courtstats.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.courtstats.CourtstatsApplication;
import org.courtstats.UserError;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context (and with it the warehouse) for the commands that need it. */
final class Warehouse {

    private Warehouse() {
    }

    /**
     * For the commands that only read (status, rejects, report, export, explain, db): the application
     * without the import's machinery ({@link ReadingApplication}), its beans made when first used.
     * The warehouse is started and its schema migrated when it needs it, as for every command.
     *
     * @see #start(Map)
     */
    static ConfigurableApplicationContext startForReading(Map<String, Object> properties) {
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
            return new SpringApplicationBuilder(application)
                    .logStartupInfo(false)
                    .run(overrides);
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
