package org.courtstats.support;

import java.sql.DatabaseMetaData;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A login in the BI group role, created as the README tells an administrator to, and a connection to
 * the test's warehouse as that login, with its password (the embedded server checks it, as a real
 * server does).
 */
public final class BiLogin implements AutoCloseable {

    private final SingleConnectionDataSource dataSource;
    private final JdbcTemplate jdbc;

    private BiLogin(SingleConnectionDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * @param admin a connection as the warehouse's owner
     * @param name  the login's name; roles belong to the server, so one left by an earlier test class
     *              on the same server is dropped first
     */
    public static BiLogin create(JdbcTemplate admin, String name) {
        admin.execute("drop role if exists " + name);
        admin.execute("create role " + name + " login password 'bi-secret' in role courtstats_bi");
        return connect(admin, name);
    }

    /** A connection as a login created by the caller with the password {@code bi-secret}, in any group role. */
    public static BiLogin connect(JdbcTemplate admin, String name) {
        String url = admin.execute((ConnectionCallback<String>) connection -> {
            DatabaseMetaData metaData = connection.getMetaData();
            return metaData.getURL();
        });
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, name, "bi-secret", true);
        return new BiLogin(dataSource);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
