package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.courtstats.CourtstatsApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #12.6: the view files were renamed for what they define. A warehouse migrated by a jar that
 * still had the old names keeps their history rows, which Flyway then finds "missing": it must still
 * start, apply the files under their new names, and end with the very views and functions it had.
 */
class RenamedRepeatableMigrationIT {

    /** The repeatable migrations' names before issue #12, by their names now. */
    static final Map<String, String> OLD_NAMES = Map.of(
            "R__mart_facts.sql", "R__mart_views.sql",
            "R__mart_dimensions_shapes_and_quality.sql", "R__mart_views_for_bi.sql");

    @TempDir
    Path temp;

    @Test
    void aWarehouseMigratedUnderTheOldNamesStartsUnderTheNewOnesWithTheSameViewsAndFunctions() throws IOException {
        for (String old : OLD_NAMES.values()) {
            assertThat(getClass().getResource("/db/migration/" + old)).as("the jar's migrations still hold %s", old).isNull();
        }
        Path oldJar = migrationsUnderTheOldNames();
        Path data = temp.resolve("data");

        Map<String, String> before;
        try (ConfigurableApplicationContext old = start(data, "--spring.flyway.locations=filesystem:" + oldJar)) {
            JdbcTemplate jdbc = old.getBean(JdbcTemplate.class);
            assertThat(appliedScripts(jdbc)).containsAll(OLD_NAMES.values()).doesNotContainAnyElementsOf(OLD_NAMES.keySet());
            before = definitions(jdbc);
        }

        try (ConfigurableApplicationContext upgraded = start(data)) {
            JdbcTemplate jdbc = upgraded.getBean(JdbcTemplate.class);
            assertThat(appliedScripts(jdbc)).containsAll(OLD_NAMES.keySet());
            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
                    .isZero();
            assertThat(definitions(jdbc)).containsExactlyEntriesOf(before);
        }
        assertThat(before).containsKeys("view mart.indicator_value", "view mart.data_quality", "view mart.court");
    }

    /** This jar's migrations, the renamed files under the names they had. */
    private Path migrationsUnderTheOldNames() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("old-migrations"));
        try (Stream<Path> files = Files.list(Path.of("sql/migration"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                Files.copy(file, folder.resolve(OLD_NAMES.getOrDefault(name, name)));
            }
        }
        return folder;
    }

    private static ConfigurableApplicationContext start(Path data, String... more) {
        List<String> arguments = Stream.concat(Stream.of("--courtstats.data-dir=" + data,
                "--courtstats.embedded.durable=false", "--logging.level.org.courtstats=WARN"), Stream.of(more)).toList();
        return new SpringApplicationBuilder(CourtstatsApplication.class).logStartupInfo(false)
                .run(arguments.toArray(String[]::new));
    }

    private static List<String> appliedScripts(JdbcTemplate jdbc) {
        return jdbc.queryForList("select script from flyway_schema_history where success", String.class);
    }

    /** Every view's definition, comments and grants, and every function's definition, of our schemas. */
    private static Map<String, String> definitions(JdbcTemplate jdbc) {
        Map<String, String> definitions = new TreeMap<>();
        jdbc.query("""
                select 'view ' || n.nspname || '.' || c.relname as name,
                       pg_get_viewdef(c.oid) || ' -- ' || coalesce(obj_description(c.oid, 'pg_class'), '')
                       || ' -- ' || coalesce(c.relacl::text, '')
                       || ' -- ' || coalesce((select string_agg(a.attname || ': ' || coalesce(col_description(c.oid, a.attnum), ''),
                                                                 '; ' order by a.attnum)
                                              from pg_attribute a where a.attrelid = c.oid and a.attnum > 0), '') as definition
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where c.relkind = 'v' and n.nspname in ('staging', 'core', 'mart')
                union all
                select 'function ' || p.oid::regprocedure::text,
                       pg_get_functiondef(p.oid) || ' -- ' || coalesce(obj_description(p.oid, 'pg_proc'), '')
                  from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where n.nspname in ('staging', 'core', 'mart')
                """, rs -> {
            definitions.put(rs.getString("name"), rs.getString("definition"));
        });
        return definitions;
    }
}
