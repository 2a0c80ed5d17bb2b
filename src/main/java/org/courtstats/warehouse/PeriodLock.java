package org.courtstats.warehouse;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.YearMonth;
import javax.sql.DataSource;

/**
 * One writer per month at a time: the month's row of core.period_lock, locked FOR UPDATE in a
 * transaction kept open on a connection of its own for the whole run. It is released when the run
 * ends, or by PostgreSQL when the process dies, so a crash never leaves the month locked.
 *
 * <p>A row lock rather than an advisory lock: any login can take any advisory lock, so a read-only
 * BI login could stop every import by holding the month's key. Locking the row needs UPDATE on a
 * table of schema core, where the BI role has no privilege at all (V14).
 */
public final class PeriodLock implements AutoCloseable {

    /** PostgreSQL's lock_not_available: FOR UPDATE NOWAIT found the row locked. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final Connection connection;

    private PeriodLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * @return the lock, or null when another process holds it
     */
    public static PeriodLock tryAcquire(DataSource dataSource, YearMonth period) throws SQLException {
        Date month = Date.valueOf(period.atDay(1));
        Connection connection = dataSource.getConnection();
        try {
            // The month's row, committed at once: a second run inserting it concurrently waits only
            // for this statement, never for the run that holds the lock.
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into core.period_lock (period) values (?) on conflict do nothing")) {
                insert.setDate(1, month);
                insert.executeUpdate();
            }
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(
                    "select period from core.period_lock where period = ? for update nowait")) {
                lock.setDate(1, month);
                lock.executeQuery().close();
            }
            return new PeriodLock(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return null;
            }
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            connection.rollback();
        }
    }

    /** The pool rolls back what the connection had begun and resets it when it takes it back. */
    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing failed on a broken connection: PostgreSQL ends its transaction with the session
        }
    }
}
