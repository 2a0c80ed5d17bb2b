package org.courtstats.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import javax.sql.DataSource;

/**
 * One writer per month at a time: a PostgreSQL session-level advisory lock keyed by the month, held
 * on a connection of its own for the whole run. It is released when the run ends, or by PostgreSQL
 * when the process dies, so a crash never leaves the month locked.
 */
public final class PeriodLock implements AutoCloseable {

    /** First key of the lock, "cour" in ASCII, so courtstats' locks do not collide with others'. */
    private static final int NAMESPACE = 0x636f7572;

    private final Connection connection;
    private final int key;

    private PeriodLock(Connection connection, int key) {
        this.connection = connection;
        this.key = key;
    }

    /**
     * @return the lock, or null when another process holds it
     */
    public static PeriodLock tryAcquire(DataSource dataSource, YearMonth period) throws SQLException {
        int key = period.getYear() * 100 + period.getMonthValue();
        Connection connection = dataSource.getConnection();
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            statement.setInt(1, NAMESPACE);
            statement.setInt(2, key);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return new PeriodLock(connection, key);
                }
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return null;
    }

    @Override
    public void close() throws SQLException {
        try (connection; PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
            statement.setInt(1, NAMESPACE);
            statement.setInt(2, key);
            statement.execute();
        }
    }
}
