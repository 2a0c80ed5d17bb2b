package org.courtstats.warehouse;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migrations wait a bounded time for their locks. A repeatable migration that replaces a mart view
 * needs an exclusive lock on it, which queues behind any open transaction that read the view (a BI
 * tool's), and every later BI query then queues behind the migration: without a limit the upgrade
 * and the BI tools waited for ever. Each migration statement waits at most
 * {@code courtstats.migration.lock-timeout}; the migration is then retried (it rolled back whole:
 * PostgreSQL's DDL is transactional), {@code courtstats.migration.attempts} times in all, and on
 * giving up the user is told which sessions hold locks in the warehouse's schemas, so that they can
 * be asked to end their transaction.
 */
@Configuration(proxyBeanMethods = false)
class MigrationLockWait {

    private static final Logger log = LoggerFactory.getLogger(MigrationLockWait.class);

    /** PostgreSQL's lock_not_available, which lock_timeout raises. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final Duration lockTimeout;
    private final int attempts;
    private final Duration retryDelay;

    MigrationLockWait(@Value("${courtstats.migration.lock-timeout}") Duration lockTimeout,
                      @Value("${courtstats.migration.attempts}") int attempts,
                      @Value("${courtstats.migration.retry-delay}") Duration retryDelay) {
        this.lockTimeout = lockTimeout;
        this.attempts = Math.max(1, attempts);
        this.retryDelay = retryDelay;
    }

    /**
     * The lock timeout is set on every connection Flyway opens, so every statement of every migration
     * is bounded. Those connections are Flyway's own, opened from the pool's settings: a pooled one
     * would keep the setting for the application's statements after the migration.
     */
    @Bean
    FlywayConfigurationCustomizer migrationLockTimeout() {
        return configuration -> {
            if (configuration.getDataSource() instanceof HikariDataSource pool) {
                configuration.dataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
            }
            configuration.initSql("set lock_timeout = " + lockTimeout.toMillis());
        };
    }

    @Bean
    FlywayMigrationStrategy migrateWithBoundedLockWaits() {
        return flyway -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    flyway.migrate();
                    return;
                } catch (FlywayException e) {
                    if (!lockTimedOut(e)) {
                        throw e;
                    }
                    List<String> holders = lockHolders(flyway);
                    log.warn("Migration attempt {} of {} waited {} for a lock and gave up; sessions holding locks: {}",
                            attempt, attempts, lockTimeout, holders, e);
                    if (attempt == attempts) {
                        throw new MigrationBlockedException(message(holders));
                    }
                    pause();
                }
            }
        };
    }

    private String message(List<String> holders) {
        String who = holders.isEmpty() ? "锁已释放，持有它的会话已无法查到" : String.join("；", holders);
        return "数据库结构升级（Flyway 迁移）等待锁超时：已尝试 " + attempts + " 次，每次最多等待 " + lockTimeout.toSeconds()
                + " 秒。持有数据仓库中对象锁的会话：" + who + "。请让这些会话结束其事务（提交、回滚或断开连接，"
                + "BI 工具中常为未关闭的查询），或由管理员执行 select pg_terminate_backend(pid)，然后重新运行。"
                + "等待时间可用 courtstats.migration.lock-timeout 设置";
    }

    private static boolean lockTimedOut(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sessions other than this one holding a granted lock on a relation of the warehouse's schemas:
     * the open transactions the migration queued behind (the migration's own have ended with it).
     */
    private static List<String> lockHolders(Flyway flyway) {
        DataSource dataSource = flyway.getConfiguration().getDataSource();
        try {
            return new JdbcTemplate(dataSource).query("""
                    select a.pid, a.usename, a.application_name, a.state,
                           to_char(a.xact_start, 'YYYY-MM-DD HH24:MI:SS') as xact_start,
                           to_char(a.query_start, 'YYYY-MM-DD HH24:MI:SS') as query_start,
                           string_agg(distinct n.nspname || '.' || c.relname, ', ') as relations
                    from pg_locks l
                    join pg_class c on c.oid = l.relation
                    join pg_namespace n on n.oid = c.relnamespace
                    join pg_stat_activity a on a.pid = l.pid
                    where l.granted and l.pid <> pg_backend_pid()
                      and l.database = (select oid from pg_database where datname = current_database())
                      and n.nspname in ('mart', 'core', 'staging', 'batch', 'public')
                    group by 1, 2, 3, 4, 5, 6
                    order by 5 nulls last
                    limit 5
                    """, (rs, row) -> "会话 pid " + rs.getInt("pid") + "（用户 " + rs.getString("usename")
                    + "，应用 " + blankAsNone(rs.getString("application_name")) + "，状态 " + rs.getString("state")
                    + "，事务开始于 " + rs.getString("xact_start") + "，最近语句开始于 " + rs.getString("query_start")
                    + "，锁住 " + rs.getString("relations") + "）");
        } catch (RuntimeException e) {
            log.warn("Could not list the sessions holding locks: {}", e.getMessage());
            return List.of();
        }
    }

    private static String blankAsNone(String text) {
        return text == null || text.isBlank() ? "（未设置）" : text;
    }

    private void pause() {
        try {
            Thread.sleep(retryDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationBlockedException("数据库结构升级在等待锁时被中断，请重新运行。");
        }
    }

    /**
     * Migrating gave up waiting for a lock. No cause, on purpose: the command line shows the
     * innermost cause's message, and this one says what to do (the lock timeout is in the log).
     */
    static final class MigrationBlockedException extends RuntimeException {
        MigrationBlockedException(String chineseMessage) {
            super(chineseMessage);
        }
    }
}
