package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.courtstats.support.WarehouseTest;
import org.courtstats.vocabulary.FeedDeclarations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** core.feed, which the constraints and the mart views read, names the feeds the Java vocabulary names. */
@WarehouseTest
class FeedReferenceIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyFeedHasItsRowWithTheSameNamesInTheSameOrder() {
        List<List<String>> table = jdbc.query(
                "select feed_code, feed_name, feed_name_en, display_order from core.feed order by display_order",
                (rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));

        assertThat(table).containsExactlyElementsOf(FeedDeclarations.builtIn().all().stream()
                .map(feed -> List.of(feed.code(), feed.reportName(), feed.englishName(), String.valueOf(feed.displayOrder())))
                .toList());
    }

    @Test
    void everyFeedColumnReferencesTheFeedTable() {
        List<String> referencing = jdbc.queryForList("""
                select c.conrelid::regclass::text || '.' || a.attname
                from pg_constraint c
                join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
                where c.contype = 'f' and c.confrelid = 'core.feed'::regclass
                """, String.class);

        assertThat(referencing).containsExactlyInAnyOrder("core.case_type.feed", "core.measure.feed",
                "core.indicator.indicator_group", "core.published_slice.feed", "staging.delivery.feed",
                "core.feed_field.feed_code", "core.feed_case_type.feed_code", "core.feed.cases_of");
        assertThatThrownBy(() -> jdbc.update("update core.measure set feed = 'appeal' where measure_code = "
                + "(select min(measure_code) from core.measure)"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theMartShowsTheFeedNamesOfTheFeedTable() {
        List<String> groupNames = jdbc.queryForList(
                "select distinct group_name from mart.indicator_catalogue order by group_name", String.class);

        assertThat(groupNames).containsExactlyInAnyOrder("审判", "执行", "诉前调解", "四类案件", "联系法官", "网上立案");
    }
}
