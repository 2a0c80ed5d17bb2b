package org.courtstats.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test that reads the warehouse as BI users see it after the README's quick start: the committed
 * input-samples of 2023-08 and 2024-08 imported and the provincial standards loaded. Every class with
 * this annotation shares one application context and so one embedded PostgreSQL of its own, apart from
 * {@link WarehouseTest}'s (whose tests empty the warehouse): the import, which takes a minute, is done
 * once per test JVM by {@link InputSamplesWarehouse#load}. Tests must leave the data as they found it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "courtstats.data-dir=target/input-samples-warehouse/${random.uuid}",
        "courtstats.embedded.durable=false",
        "courtstats.import.chunk-rows=" + WarehouseTest.CHUNK_ROWS,
        "logging.level.org.courtstats=WARN"})
public @interface InputSamplesWarehouseTest {
}
