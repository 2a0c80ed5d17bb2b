package org.courtstats.warehouse;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link SchemaMigration} initializes the database, so that every bean that
 * uses it (JdbcTemplate, Spring Batch's job repository …) is made after the schema is migrated, as
 * they were after Boot's own Flyway initializer. Registered in META-INF/spring.factories.
 */
public class SchemaMigrationDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(SchemaMigration.class);
    }
}
