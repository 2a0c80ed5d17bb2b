package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.courtstats.support.WarehouseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Conventions of the warehouse that every migration must keep. */
@WarehouseTest
class SchemaConventionTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableAndViewStatesWhatItHoldsInACommentOn() {
        assertThat(jdbc.queryForList("""
                select n.nspname || '.' || c.relname
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname in ('batch', 'staging', 'core', 'mart')
                  and c.relkind in ('r', 'v', 'm', 'p')
                  and coalesce(obj_description(c.oid, 'pg_class'), '') = ''
                order by 1
                """, String.class)).isEmpty();
    }

    @Test
    void everyColumnOfTheMartViewsIsDescribed() {
        assertThat(jdbc.queryForList("""
                select c.relname || '.' || a.attname
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                where n.nspname = 'mart' and c.relkind = 'v'
                  and c.relname in ('indicator_value', 'delivery_status', 'row_issue')
                  and coalesce(col_description(c.oid, a.attnum), '') = ''
                order by 1
                """, String.class)).isEmpty();
    }
}
