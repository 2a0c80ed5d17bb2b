package org.courtstats.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.courtstats.UserError;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Loading the 案由 groups: the repository's example, and files with a bad line, which change nothing. */
@WarehouseTest
class CauseGroupsIT {

    @Autowired
    CauseGroups causeGroups;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @BeforeEach
    void emptyWarehouse() {
        Warehouses.reset(jdbc);
    }

    @Test
    void theExampleFileOfTheRepositoryLoadsWithItsTcmTrademarkGroupAsData() throws Exception {
        CauseGroups.Loaded loaded = causeGroups.replaceFrom(Path.of("jobs/load-cause-groups/cause-groups.csv"));

        assertThat(loaded.groups()).extracting(CauseGroups.Group::name)
                .contains("知识产权", "涉中医药商标权纠纷", "涉企金融", "涉民生");
        assertThat(loaded.recomputed()).as("nothing published yet").isEmpty();
        assertThat(jdbc.queryForList("select match || ' ' || pattern || ' ' || also_contains from core.cause_group_rule"
                + " where group_name = '涉中医药商标权纠纷'", String.class))
                .containsExactlyInAnyOrder("contains 商标 中医药", "contains 商标 中药");
        // The groups hit the 案由 the sample generator writes (金融借款合同纠纷, 劳动争议, 离婚纠纷, 危险驾驶罪 …).
        assertThat(jdbc.queryForObject("""
                select count(distinct r.group_name) from core.cause_group_rule r
                cross join unnest(array['金融借款合同纠纷', '信用卡纠纷', '劳动争议', '追索劳动报酬纠纷', '离婚纠纷',
                                        '机动车交通事故责任纠纷', '危险驾驶罪', '非法吸收公众存款罪']) as c (cause)
                where case r.match when 'exact' then c.cause = r.pattern when 'prefix' then starts_with(c.cause, r.pattern)
                                   else strpos(c.cause, r.pattern) > 0 end
                  and strpos(c.cause, r.also_contains) > 0
                """, Integer.class)).isEqualTo(5);
    }

    @Test
    void aBadLineChangesNothingAndSaysWhere() throws Exception {
        causeGroups.replaceFrom(csv("分组,匹配方式,案由\n知识产权,包含,商标\n"));

        assertThatThrownBy(() -> causeGroups.replaceFrom(csv("分组,匹配方式,案由\n涉企金融,等于,金融借款合同纠纷\n涉企金融,类似,保险\n")))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("groups.csv”第3行").hasMessageContaining("匹配方式").hasMessageContaining("类似")
                .hasMessageContaining("等于、开头 或 包含");
        assertThatThrownBy(() -> causeGroups.replaceFrom(csv("分组,匹配方式,案由\n涉企金融,包含,\n")))
                .isInstanceOf(UserError.class).hasMessageContaining("第2行").hasMessageContaining("“案由”为空");
        assertThatThrownBy(() -> causeGroups.replaceFrom(csv("分组,案由\n涉企金融,保险\n")))
                .isInstanceOf(UserError.class).hasMessageContaining("缺少“匹配方式”列");
        assertThatThrownBy(() -> causeGroups.replaceFrom(csv("分组,匹配方式,案由\n知识产权,包含,商标\n知识产权,包含, 商标\n")))
                .isInstanceOf(UserError.class).hasMessageContaining("第3行").hasMessageContaining("重复");

        assertThat(jdbc.queryForList("select group_name || ' ' || pattern from core.cause_group_rule", String.class))
                .as("the groups loaded first are in force").containsExactly("知识产权 商标");
    }

    @Test
    void patternsAreKeptNormalisedAsTheCausesTheyAreMatchedAgainst() throws Exception {
        causeGroups.replaceFrom(csv("group_name,match,pattern,also_contains\n知识产权,prefix,侵害 商标权（ 涉中医药 ）,\n"));

        assertThat(jdbc.queryForObject("select pattern from core.cause_group_rule", String.class)).isEqualTo("侵害商标权(涉中医药)");
    }

    private Path csv(String text) throws Exception {
        Path file = temp.resolve("cause-groups.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
