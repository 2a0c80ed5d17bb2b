package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.courtstats.support.WarehouseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Conventions of the warehouse that every migration must keep. */
@WarehouseTest
class SchemaConventionIT {

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

    /**
     * BI users read the mart in Chinese and developers in English: every view and column of mart says
     * what it holds as "中文 / English" (Chinese ideographs, then " / ", then English words).
     */
    @Test
    void everyMartViewAndColumnIsDescribedInChineseAndEnglish() {
        assertThat(jdbc.queryForList("""
                with descriptions as (
                    select c.relname as described, obj_description(c.oid, 'pg_class') as description
                    from pg_class c
                    join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'mart' and c.relkind = 'v'
                    union all
                    select c.relname || '.' || a.attname, col_description(c.oid, a.attnum)
                    from pg_class c
                    join pg_namespace n on n.oid = c.relnamespace
                    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                    where n.nspname = 'mart' and c.relkind = 'v'
                )
                select described
                from descriptions
                where coalesce(description, '') !~ '[\u4e00-\u9fff].* / .*[A-Za-z]{3}'
                order by 1
                """, String.class)).as("views and columns without a comment in Chinese and English").isEmpty();
    }

    /**
     * Default privileges give courtstats_bi every view created in mart, and would give it a table
     * created there too: a new mart table must be revoked from it. The one view that names people,
     * mart.judge_indicator, is read by courtstats_judge_reader instead.
     */
    @Test
    void theBiRoleMayReadTheMartsViewsAndNothingElse() {
        assertThat(jdbc.queryForList("""
                select n.nspname || '.' || c.relname
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname in ('public', 'batch', 'staging', 'core', 'mart')
                  and c.relkind in ('r', 'p', 'v', 'm', 'S')
                  and has_table_privilege('courtstats_bi', c.oid, 'SELECT')
                      <> (n.nspname = 'mart' and c.relkind = 'v' and c.relname <> 'judge_indicator')
                order by 1
                """, String.class)).as("tables readable or views not readable by courtstats_bi").isEmpty();
        assertThat(jdbc.queryForList("""
                select nspname || ' ' || privilege
                from pg_namespace
                cross join unnest(array['USAGE', 'CREATE']) as privilege
                where nspname in ('public', 'batch', 'staging', 'core', 'mart')
                  and has_schema_privilege('courtstats_bi', oid, privilege)
                order by 1
                """, String.class)).containsExactlyInAnyOrder("mart USAGE", "public USAGE");
    }
}
