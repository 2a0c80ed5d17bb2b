package org.courtstats.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test that runs on a real embedded PostgreSQL (one per test JVM: every test class with this
 * annotation shares the cached application context), in a throw-away data directory under target/.
 * Call {@link Warehouses#reset} before each test to start from an empty warehouse.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "courtstats.data-dir=target/test-warehouse/${random.uuid}",
        "courtstats.embedded.durable=false",
        "courtstats.import.chunk-rows=" + WarehouseTest.CHUNK_ROWS,
        "logging.level.org.courtstats=WARN"})
public @interface WarehouseTest {

    /**
     * Rows per chunk in the tests (the default is 20 000): small files still load in several chunks,
     * so the tests of restarts and progress see chunks committed before a failure.
     */
    int CHUNK_ROWS = 2_000;
}
