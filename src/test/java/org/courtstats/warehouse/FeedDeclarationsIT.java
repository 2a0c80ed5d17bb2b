package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.courtstats.support.WarehouseTest;
import org.courtstats.vocabulary.Feed;
import org.courtstats.vocabulary.FeedDeclarationException;
import org.courtstats.vocabulary.FeedDeclarations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The feeds' declarations in the warehouse: applied from the jar when missing, replaced by the feeds command. */
@WarehouseTest
class FeedDeclarationsIT {

    @Autowired
    ReferenceDataRepository references;
    @Autowired
    FeedRepository feeds;
    @Autowired
    JdbcTemplate jdbc;

    /** The other test classes share this warehouse: it goes back to the shipped declarations. */
    @AfterEach
    void shipped() {
        feeds.declare(FeedDeclarations.builtIn().all());
    }

    @Test
    void aWarehouseWithoutDeclarationsGetsTheShippedOnesWhenItFirstReadsFeeds() {
        jdbc.update("delete from core.feed_field");
        jdbc.update("delete from core.feed_case_type");
        jdbc.update("update core.feed set declaration = null, declared_at = null, file_name_word = null");

        assertThat(references.load().feeds().all()).extracting(Feed::code).containsExactly("trial", "execution", "mediation",
                "supervision", "judge_contact", "online_filing");

        assertThat(jdbc.queryForList("select feed_code || ' ' || file_name_word from core.feed where declaration is not null"
                + " order by display_order", String.class)).containsExactly("trial 审判", "execution 执行", "mediation 诉前",
                        "supervision 四类案件", "judge_contact 联系法官", "online_filing 网上立案");
        assertThat(jdbc.queryForList("select feed_code || ' ' || count(*) from core.feed_field group by feed_code"
                + " order by feed_code", String.class)).containsExactly("execution 9", "judge_contact 5", "mediation 7",
                        "online_filing 4", "supervision 5", "trial 13");
        assertThat(jdbc.queryForObject("select string_agg(label || '←' || array_to_string(spellings, '/'), ' ' order by position)"
                + " from core.feed_choice where feed_code = 'execution' and field_code = 'disposition'", String.class))
                .startsWith("执行完毕←执行完毕结案 终结本次执行程序←终本/终结本次执行 终结执行← ");
        assertThat(jdbc.queryForObject("select unknown_reason from core.feed_choice where feed_code = 'trial'"
                + " and field_code = 'procedure' and label = '普通程序'", String.class)).isEqualTo("BAD_VALUE");
        // The declared 类型代字 of the lists of cases are the reference table's, feed by feed; 四类案件
        // flags trial cases, and the registers keyed by 申请编号 carry none.
        assertThat(jdbc.queryForObject("""
                select count(*) from core.case_type t
                full join (select * from core.feed_case_type where feed_code in ('trial', 'execution', 'mediation')) f
                       on f.type_code = t.type_code
                where f.feed_code is distinct from t.feed
                """, Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from core.feed_case_type s
                full join core.feed_case_type t on t.type_code = s.type_code and t.feed_code = 'trial'
                where s.feed_code = 'supervision' and t.type_code is null or s.type_code is null and t.feed_code = 'trial'
                """, Integer.class)).isZero();
        assertThat(jdbc.queryForList("select feed_code || ' ' || key_field || ' ' || court_from || ' ' || coalesce(dated_by, '-')"
                + " from core.feed order by display_order", String.class)).containsExactly(
                "trial case_no case_numbers -", "execution case_no case_numbers -", "mediation case_no case_numbers -",
                "supervision case_no case_numbers -", "judge_contact application_no file_name applied_at",
                "online_filing application_no file_name submitted_at");
        assertThat(jdbc.queryForObject("select alias_types::text from core.feed_field where field_code = 'hearings'",
                String.class)).isEqualTo("{\"是否开庭\": \"yes_no_as_count\"}");
    }

    @Test
    void aNewDeclarationOfAFeedIsWhatTheNextReadingUses() {
        Feed trial = FeedDeclarations.builtIn().require("trial");
        String withAlias = trial.declaration().replace("aliases: [案件号, 案件编号]", "aliases: [案件号, 案件编号, 案件字号]");

        feeds.declare(List.of(FeedDeclarations.parse("trial.yaml", withAlias)));

        assertThat(references.load().feeds().require("trial").fields().get(0).headers())
                .containsExactly("案号", "案件号", "案件编号", "案件字号");
        assertThat(jdbc.queryForObject("select aliases from core.feed_field where feed_code = 'trial' and field_code = 'case_no'",
                java.sql.Array.class)).satisfies(array -> assertThat((String[]) array.getArray())
                .containsExactly("案件号", "案件编号", "案件字号"));
    }

    @Test
    void aDeclarationThatClashesWithAnotherFeedChangesNothing() {
        Feed clash = FeedDeclarations.parse("copy.yaml", FeedDeclarations.builtIn().require("mediation").declaration()
                .replace("code: mediation", "code: mediation_copy").replace("display_order: 3", "display_order: 7"));

        assertThatThrownBy(() -> feeds.declare(List.of(clash))).isInstanceOf(FeedDeclarationException.class)
                .hasMessageContaining("报表 mediation 和 mediation_copy 的 name 相同（“诉前调解”）");
        assertThat(jdbc.queryForObject("select count(*) from core.feed", Integer.class)).isEqualTo(6);
    }
}
