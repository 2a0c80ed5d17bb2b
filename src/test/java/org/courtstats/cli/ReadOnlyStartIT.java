package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.courtstats.reports.StatusReport;
import org.courtstats.support.CourtstatsProcess;
import org.courtstats.warehouse.SchemaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17.4: a read-only command (status, rejects, report, export, explain, db) starts only what
 * reading needs. It builds none of the import's machinery (Spring Batch, the import job), and runs
 * Flyway only when the schema may need migrating: on a fresh warehouse and after the migration set
 * or the schema history changed, never on a warehouse this jar already brought up to date. What
 * it costs in seconds is the README's (measured as a user runs the commands), not a test's.
 */
class ReadOnlyStartIT {

    @TempDir
    Path temp;

    @AfterEach
    void stopServers() {
        CourtstatsProcess.stopServersUnder(temp);
    }

    @Test
    void aReadOnlyStartBuildsNoBatchMachineryAndRunsFlywayOnlyWhenTheSchemaMayNeedIt() {
        Map<String, Object> warehouse = Map.of("courtstats.data-dir", temp.resolve("data"),
                "courtstats.embedded.durable", false);

        try (ConfigurableApplicationContext fresh = Warehouse.startForReading(warehouse)) {
            assertThat(fresh.getBean(SchemaMigration.class).ranFlyway()).as("a fresh warehouse is migrated").isTrue();
            JdbcTemplate jdbc = fresh.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from core.schema_fingerprint", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select to_regclass('mart.indicator_value') is not null", Boolean.class)).isTrue();
        }

        try (ConfigurableApplicationContext upToDate = Warehouse.startForReading(warehouse)) {
            assertThat(upToDate.getBean(SchemaMigration.class).ranFlyway()).as("nothing pending: Flyway not run").isFalse();
            assertThat(upToDate.getBeanNamesForType(JobOperator.class)).isEmpty();
            assertThat(upToDate.getBeanNamesForType(JobRepository.class)).isEmpty();
            assertThat(upToDate.getBeanFactory().containsSingleton("statusReport")).as("made when first used").isFalse();
            assertThat(upToDate.getBean(StatusReport.class).latestPeriod()).isEmpty();
            // As an upgrade whose jar changed a repeatable migration: Flyway must re-apply it.
            upToDate.getBean(JdbcTemplate.class).update(
                    "update flyway_schema_history set checksum = checksum + 1 where script = 'R__mart_facts.sql'");
        }

        try (ConfigurableApplicationContext changed = Warehouse.startForReading(warehouse)) {
            assertThat(changed.getBean(SchemaMigration.class).ranFlyway()).as("the history changed").isTrue();
            assertThat(changed.getBean(JdbcTemplate.class).queryForObject("select count(*) from flyway_schema_history"
                    + " where script = 'R__mart_facts.sql'", Integer.class)).as("re-applied").isEqualTo(2);
        }

        assertThat(ShortRunCompilation.added()).as("C2 stays in a JVM that is not the command's own").isEmpty();

        try (ConfigurableApplicationContext full = Warehouse.start(warehouse)) {
            assertThat(full.getBean(SchemaMigration.class).ranFlyway()).isFalse();
            assertThat(full.getBeanNamesForType(JobOperator.class)).as("an import's context has them").isNotEmpty();
        }
    }
}
