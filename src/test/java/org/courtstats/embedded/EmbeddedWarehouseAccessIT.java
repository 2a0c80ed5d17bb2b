package org.courtstats.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nobody is let in without the password (issue 18, point 4): not the superuser, not a BI login with a
 * wrong one, not a local user through a world-writable socket, also on a data directory created
 * before passwords were used.
 */
class EmbeddedWarehouseAccessIT {

    @TempDir
    Path temp;

    @Test
    void aNewWarehouseRequiresThePasswordKeptInAPrivateFile() throws Exception {
        Path data = temp.resolve("pgdata");
        try (EmbeddedWarehouse warehouse = EmbeddedWarehouse.start(data, 0, false)) {
            Path passwordFile = SuperuserPassword.fileOf(data);
            assertThat(warehouse.passwordFile()).isEqualTo(passwordFile);
            assertThat(Files.getPosixFilePermissions(passwordFile)).as(passwordFile.toString())
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            String password = SuperuserPassword.of(data);
            assertThat(Files.readString(passwordFile)).contains("localhost:*:*:postgres:" + password);

            assertRefused(warehouse.port(), "postgres", null);
            assertRefused(warehouse.port(), "postgres", "wrong");
            try (Connection superuser = connect(warehouse.port(), "postgres", password)) {
                JdbcTemplate jdbc = new JdbcTemplate(warehouse.dataSource());
                assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("postgres");
                assertThat(jdbc.queryForObject("show unix_socket_directories", String.class))
                        .as("no Unix socket, in /tmp or anywhere").isEmpty();
                assertThat(Path.of("/tmp/.s.PGSQL." + warehouse.port())).doesNotExist();
                assertThat(jdbc.queryForObject("show listen_addresses", String.class)).isEqualTo("localhost");
                assertThat(jdbc.queryForList("select auth_method from pg_hba_file_rules", String.class))
                        .containsOnly("scram-sha-256");

                jdbc.execute("create role alice login password 'alices-password'");
                assertRefused(warehouse.port(), "alice", "wrong");
                assertRefused(warehouse.port(), "alice", null);
                try (Connection alice = connect(warehouse.port(), "alice", "alices-password")) {
                    assertThat(alice.isValid(5)).isTrue();
                }
            }
        }
    }

    @Test
    void aWarehouseFromBeforePasswordsGetsOneOnItsNextStart() throws Exception {
        Path data = temp.resolve("pgdata");
        // As the warehouse was started until now: zonky's defaults, initdb's trust, its socket in /tmp.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start()) {
            try (Connection trusted = old.getPostgresDatabase().getConnection()) {
                assertThat(trusted.isValid(5)).as("the old server trusted anyone").isTrue();
            }
        }
        assertThat(SuperuserPassword.fileOf(data)).doesNotExist();

        try (EmbeddedWarehouse warehouse = EmbeddedWarehouse.start(data, 0, false)) {
            assertThat(Files.getPosixFilePermissions(SuperuserPassword.fileOf(data)))
                    .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            assertRefused(warehouse.port(), "postgres", null);
            assertRefused(warehouse.port(), "postgres", "wrong");
            try (Connection superuser = connect(warehouse.port(), "postgres", SuperuserPassword.of(data))) {
                assertThat(superuser.isValid(5)).isTrue();
            }
        }
        try (EmbeddedWarehouse again = EmbeddedWarehouse.start(data, 0, false)) {
            assertRefused(again.port(), "postgres", null);
            assertThat(new JdbcTemplate(again.dataSource()).queryForObject("select 1", Integer.class))
                    .as("the same password on the next start").isEqualTo(1);
        }
    }

    private static void assertRefused(int port, String user, String password) {
        assertThatThrownBy(() -> connect(port, user, password).close())
                .as(user + " with " + (password == null ? "no password" : "a wrong password"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining(password == null ? "password" : "password authentication failed");
    }

    private static Connection connect(int port, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/courtstats", properties);
    }
}
