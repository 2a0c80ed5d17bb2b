package org.courtstats.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings the warehouse's schema to the migrations shipped in this jar before anything uses it, as
 * Spring Boot's Flyway initializer did (which is switched off: {@code spring.flyway.enabled=false}),
 * but runs Flyway only when there may be something to do. Flyway's validation alone (scanning,
 * parsing and checksumming every migration, some 400 classes loaded) took 1.4 s of every command's
 * start on the sample warehouse, also when nothing was pending.
 *
 * <p>After a successful migration, {@code core.schema_fingerprint} (V35) records the digest of the
 * migration set (the name and bytes of every file under the migration location) and of the schema
 * history right after. A start whose jar carries the same set, on a history still the same, has
 * nothing to migrate and skips Flyway (two queries). Anything else — a fresh database, an upgrade or
 * a downgrade of the jar, a history edited by hand, a location outside the class path — runs Flyway
 * with the same settings as before (the locations of {@code spring.flyway.locations} and the patterns
 * of {@code spring.flyway.ignore-migration-patterns}, the customizers and the bounded lock waits of
 * {@link MigrationLockWait}), which migrates or refuses exactly as it did. Boot's other
 * {@code spring.flyway.*} properties are not read: courtstats sets no other.
 *
 * <p>Every bean that uses the database depends on this one (see {@link SchemaMigrationDetector}), and
 * it is made at start even where beans are made on first use (the read-only commands).
 */
@Component
public class SchemaMigration implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);
    private static final String CLASSPATH = "classpath:";
    private static final String HISTORY_DIGEST = """
            select md5(coalesce(string_agg(installed_rank || '|' || coalesce(version, '') || '|' || script || '|'
                       || coalesce(checksum::text, '') || '|' || success, ',' order by installed_rank), ''))
            from flyway_schema_history""";

    private final DataSource dataSource;
    private final ObjectProvider<FlywayConfigurationCustomizer> customizers;
    private final FlywayMigrationStrategy strategy;
    private final String[] locations;
    private final String[] ignoreMigrationPatterns;
    private boolean ranFlyway;

    SchemaMigration(DataSource dataSource, ObjectProvider<FlywayConfigurationCustomizer> customizers,
                    FlywayMigrationStrategy strategy, @Value("${spring.flyway.locations}") String[] locations,
                    @Value("${spring.flyway.ignore-migration-patterns}") String[] ignoreMigrationPatterns) {
        this.dataSource = dataSource;
        this.customizers = customizers;
        this.strategy = strategy;
        this.locations = locations;
        this.ignoreMigrationPatterns = ignoreMigrationPatterns;
    }

    /** Made at start also when the other beans are made on first use. */
    @Bean
    static LazyInitializationExcludeFilter migrateAtStart() {
        return LazyInitializationExcludeFilter.forBeanTypes(SchemaMigration.class);
    }

    @Override
    public void afterPropertiesSet() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Optional<String> migrationSet = migrationSet();
        if (migrationSet.isPresent() && recorded(jdbc, migrationSet.get())) {
            log.debug("Schema already migrated by this migration set ({}): Flyway not run", migrationSet.get());
            return;
        }
        FluentConfiguration configuration = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                // A renamed repeatable migration leaves its old name "missing" in the history.
                .ignoreMigrationPatterns(ignoreMigrationPatterns);
        customizers.orderedStream().forEach(customizer -> customizer.customize(configuration));
        strategy.migrate(configuration.load());
        ranFlyway = true;
        migrationSet.ifPresent(set -> record(jdbc, set));
    }

    /** Whether this start ran Flyway (there was, or may have been, something to migrate). */
    public boolean ranFlyway() {
        return ranFlyway;
    }

    /** Whether the schema was brought to this set and its history is unchanged; when in doubt, not. */
    private static boolean recorded(JdbcTemplate jdbc, String migrationSet) {
        try {
            Boolean tablesExist = jdbc.queryForObject("select to_regclass('core.schema_fingerprint') is not null"
                    + " and to_regclass('flyway_schema_history') is not null", Boolean.class);
            if (!Boolean.TRUE.equals(tablesExist)) {
                return false;
            }
            Integer matching = jdbc.queryForObject("select count(*) from core.schema_fingerprint"
                    + " where migration_set = ? and history = (" + HISTORY_DIGEST + ")", Integer.class, migrationSet);
            return matching != null && matching == 1;
        } catch (DataAccessException e) {
            // Unreadable (a user without the right to it): Flyway decides, as it did before.
            log.debug("Could not read the recorded migration set: {}", e.getMessage());
            return false;
        }
    }

    /** Best effort: without the record, the next start only runs Flyway again. */
    private static void record(JdbcTemplate jdbc, String migrationSet) {
        try {
            jdbc.update("insert into core.schema_fingerprint (migration_set, history) values (?, (" + HISTORY_DIGEST + "))"
                    + " on conflict (singleton) do update set migration_set = excluded.migration_set,"
                    + " history = excluded.history, recorded_at = now()", migrationSet);
        } catch (DataAccessException e) {
            log.warn("Could not record the migration set the schema was brought to; the next start runs Flyway again: {}",
                    e.getMessage());
        }
    }

    /**
     * The SHA-256 of every file under the migration locations (relative name and bytes, in name
     * order); empty when a location is not on the class path, whose files are not read here.
     */
    private Optional<String> migrationSet() {
        if (!Arrays.stream(locations).allMatch(location -> location.startsWith(CLASSPATH))) {
            return Optional.empty();
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(getClass().getClassLoader());
            for (String location : locations) {
                String folder = location.substring(CLASSPATH.length()).replaceAll("^/+|/+$", "");
                digest.update((location + "\0").getBytes(StandardCharsets.UTF_8));
                List<Resource> files = Arrays.stream(resolver.getResources("classpath*:" + folder + "/**/*"))
                        .filter(resource -> resource.isReadable() && !url(resource).endsWith("/"))
                        .sorted(Comparator.comparing(SchemaMigration::url))
                        .toList();
                for (Resource file : files) {
                    String url = url(file);
                    digest.update((url.substring(url.lastIndexOf(folder)) + "\0").getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = file.getInputStream()) {
                        digest.update(in.readAllBytes());
                    }
                    digest.update((byte) 0);
                }
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the migrations under " + String.join(", ", locations), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String url(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
