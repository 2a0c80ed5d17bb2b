package org.courtstats.embedded;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no {@code spring.datasource.url} (nor {@code SPRING_DATASOURCE_URL}), the application runs on
 * its embedded PostgreSQL, whose data directory survives between runs. With one, this configuration
 * stays out of the way and Spring Boot connects to that server; nothing is started.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedWarehouseConfiguration.NoDatasourceConfigured.class)
public class EmbeddedWarehouseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedWarehouse embeddedWarehouse(@Value("${courtstats.embedded.data-dir}") Path dataDirectory,
                                        @Value("${courtstats.embedded.port}") int port,
                                        @Value("${courtstats.embedded.durable}") boolean durable) {
        return EmbeddedWarehouse.start(dataDirectory.toAbsolutePath().normalize(), port, durable);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedWarehouse warehouse, @Value("${courtstats.embedded.pool-size}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(warehouse.jdbcUrl());
        config.setUsername(EmbeddedWarehouse.USER);
        config.setPassword(warehouse.password());
        config.setMaximumPoolSize(poolSize);
        // The server is on this machine: a connection not had within seconds will not come (the
        // default, 30 s, made a command whose server had died wait minutes, one timeout per retry).
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        config.setPoolName("warehouse");
        return new WarehouseDataSource(config, warehouse);
    }

    /** The pool, which fails a request for a connection at once when the server has ended. */
    static final class WarehouseDataSource extends HikariDataSource {
        private final EmbeddedWarehouse warehouse;

        WarehouseDataSource(HikariConfig config, EmbeddedWarehouse warehouse) {
            super(config);
            this.warehouse = warehouse;
        }

        @Override
        public Connection getConnection() throws SQLException {
            warehouse.checkRunning();
            return super.getConnection();
        }
    }

    static class NoDatasourceConfigured implements org.springframework.context.annotation.Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
