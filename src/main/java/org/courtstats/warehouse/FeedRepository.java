package org.courtstats.warehouse;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.courtstats.vocabulary.Choices;
import org.courtstats.vocabulary.Feed;
import org.courtstats.vocabulary.FeedDeclarations;
import org.courtstats.vocabulary.Feeds;
import org.courtstats.vocabulary.FieldSpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The feeds' declarations in the warehouse: core.feed.declaration (the text loading reads back) and
 * core.feed_field, core.feed_choice, core.feed_case_type (the same spelled out for SQL and BI).
 */
@Repository
public class FeedRepository {

    /** Serialises writers of the declarations: two processes applying the shipped ones at once. */
    private static final long DECLARATION_LOCK = 0x66656564L; // "feed"

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    FeedRepository(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * The declared feeds, after applying each shipped declaration (jobs/feeds/ of this release) whose
     * feed the warehouse has not declared yet: a warehouse migrated from before declarations, or a
     * new one, works with no extra step.
     */
    public Feeds load() {
        Map<String, String> declared = declarations();
        List<Feed> missing = FeedDeclarations.builtIn().all().stream()
                .filter(feed -> declared.get(feed.code()) == null).toList();
        if (!missing.isEmpty()) {
            declare(missing);
        }
        Map<String, Feed> feeds = new HashMap<>();
        load(feeds);
        return new Feeds(List.copyOf(feeds.values()));
    }

    private Map<String, String> declarations() {
        Map<String, String> byCode = new TreeMap<>();
        jdbc.query("select feed_code, declaration from core.feed", rs -> {
            byCode.put(rs.getString(1), rs.getString(2));
        });
        return byCode;
    }

    /**
     * Declares feeds (replacing the declarations of the same codes), in one transaction.
     *
     * @throws org.courtstats.vocabulary.FeedDeclarationException when, with the feeds already
     *     declared, two would share a name, display order or file-name word
     */
    public void declare(Collection<Feed> feeds) {
        transaction.executeWithoutResult(status -> {
            jdbc.queryForList("select pg_advisory_xact_lock(?)", DECLARATION_LOCK);
            Map<String, Feed> all = new TreeMap<>();
            load(all);
            feeds.forEach(feed -> all.put(feed.code(), feed));
            FeedDeclarations.checked(all.values());
            for (Feed feed : feeds) {
                write(feed);
            }
        });
    }

    /** The feeds declared so far (without applying the shipped ones). */
    private void load(Map<String, Feed> into) {
        declarations().forEach((code, text) -> {
            if (text != null) {
                into.put(code, FeedDeclarations.parse(code + ".yaml（仓库中的声明）", text));
            }
        });
    }

    private void write(Feed feed) {
        jdbc.update("""
                insert into core.feed (feed_code, feed_name, feed_name_en, display_order, file_name_word, declaration,
                    declared_at, key_field, court_from, dated_by, cases_of)
                values (?, ?, ?, ?, ?, ?, now(), ?, ?, ?, ?)
                on conflict (feed_code) do update set feed_name = excluded.feed_name, feed_name_en = excluded.feed_name_en,
                    display_order = excluded.display_order, file_name_word = excluded.file_name_word,
                    declaration = excluded.declaration, declared_at = excluded.declared_at,
                    key_field = excluded.key_field, court_from = excluded.court_from, dated_by = excluded.dated_by,
                    cases_of = excluded.cases_of
                """, feed.code(), feed.reportName(), feed.englishName(), feed.displayOrder(), feed.fileNameWord(),
                feed.declaration(), feed.keyField(), feed.courtFromFileName() ? FeedDeclarations.COURT_FROM_FILE_NAME
                        : FeedDeclarations.COURT_FROM_CASE_NUMBERS, feed.datedBy(), feed.casesOf());
        jdbc.update("delete from core.feed_field where feed_code = ?", feed.code());
        jdbc.update("delete from core.feed_case_type where feed_code = ?", feed.code());
        int position = 0;
        for (FieldSpec spec : feed.fields()) {
            position++;
            String aliasTypes = spec.typeByHeader().isEmpty() ? null : spec.typeByHeader().entrySet().stream()
                    .map(e -> "\"" + e.getKey() + "\": \"" + e.getValue().declaredName() + "\"")
                    .collect(Collectors.joining(", ", "{", "}"));
            jdbc.update("""
                    insert into core.feed_field (feed_code, field_code, position, canonical_header, aliases, value_type,
                        requirement, column_required, case_row_column, unit, when_empty, alias_types)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                    """, feed.code(), spec.code(), position, spec.label(),
                    spec.headers().subList(1, spec.headers().size()).toArray(String[]::new),
                    spec.type().declaredName(), spec.requirement().declaredName(), spec.columnRequired(),
                    spec.isCaseColumn() ? spec.field().column() : null, spec.unit(), spec.whenEmpty(), aliasTypes);
            if (spec.choices() != null) {
                int choice = 0;
                for (Choices.Choice value : spec.choices().values()) {
                    jdbc.update("""
                            insert into core.feed_choice (feed_code, field_code, position, label, spellings, unknown_reason)
                            values (?, ?, ?, ?, ?, ?)
                            """, feed.code(), spec.code(), ++choice, value.label(),
                            value.alsoAccepted().toArray(String[]::new), spec.choices().whenUnknown().name());
                }
            }
        }
        for (String type : feed.caseTypes().stream().sorted().toList()) {
            jdbc.update("insert into core.feed_case_type (feed_code, type_code) values (?, ?)", feed.code(), type);
        }
    }
}
