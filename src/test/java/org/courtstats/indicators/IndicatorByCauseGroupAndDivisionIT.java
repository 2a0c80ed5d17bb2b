package org.courtstats.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courtstats.jobs.ImportReport;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * mart.indicator_by_slice by 案由 group and by division (承办部门), on a hand-made month whose values
 * are worked out below. The groups are loaded after the month is published: loading recomputes it.
 */
@WarehouseTest
class IndicatorByCauseGroupAndDivisionIT {

    static final List<String> HEADER = List.of("案号", "案由", "立案日期", "结案日期", "结案方式", "承办部门");
    static final List<String> INTERMEDIATE_HEADER = List.of("案号", "案由", "立案日期", "结案日期", "结案方式", "承办部门", "原审案号");
    static final String TCM_TRADEMARK = "侵害商标权纠纷（涉中医药）";

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    CauseGroups causeGroups;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    /**
     * 2024-08, every case closed in the month.
     * 宛城: 民初1 涉中医药商标 调解 民三庭; 民初2 the same 案由 with half-width brackets 判决 "民 三 庭";
     * 民初3 侵害商标权纠纷 撤诉 "民三庭　" (ideographic space); 民初4 金融借款合同纠纷 撤诉 民二庭;
     * 民初5 商标使用许可合同纠纷（中医药） 判决 民二庭; 民初6 离婚纠纷 调解 第１审判团队 (full-width 1);
     * 民初7 离婚纠纷 判决 第1审判团队; 民初8 离婚纠纷 撤诉, 承办部门 empty.
     * 卧龙: 民初1 涉中医药商标 撤诉 民三庭; 民初2 the same 判决 民三庭.
     * 南阳中院, appeals closed in the month: 民终1 of 宛城民初1 改判; 民终2 of 宛城民初5 发回重审; 民终3 of
     * 宛城's (2023)民初99, not in the warehouse, 改判; 民终4 of 卧龙民初2 判决 (upheld).
     */
    @BeforeEach
    void importTheMonthThenLoadTheGroups() throws Exception {
        Warehouses.reset(jdbc);
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("2024-08", "宛城区法院_审判案件_2024年8月.csv", List.of(HEADER,
                List.of("（2024）豫1302民初1号", TCM_TRADEMARK, "2024-08-01", "2024-08-10", "调解", "民三庭"),
                List.of("（2024）豫1302民初2号", "侵害商标权纠纷(涉中医药)", "2024-08-02", "2024-08-11", "判决", "民 三 庭"),
                List.of("（2024）豫1302民初3号", "侵害商标权纠纷", "2024-08-03", "2024-08-12", "撤诉", "民三庭\u3000"),
                List.of("（2024）豫1302民初4号", "金融借款合同纠纷", "2024-08-04", "2024-08-13", "撤诉", "民二庭"),
                List.of("（2024）豫1302民初5号", "商标使用许可合同纠纷（中医药）", "2024-08-05", "2024-08-14", "判决", "民二庭"),
                List.of("（2024）豫1302民初6号", "离婚纠纷", "2024-08-06", "2024-08-15", "调解", "第１审判团队"),
                List.of("（2024）豫1302民初7号", "离婚纠纷", "2024-08-07", "2024-08-16", "判决", "第1审判团队"),
                List.of("（2024）豫1302民初8号", "离婚纠纷", "2024-08-08", "2024-08-17", "撤诉", "")));
        inbox.csv("2024-08", "卧龙区法院_审判案件_2024年8月.csv", List.of(HEADER,
                List.of("（2024）豫1303民初1号", TCM_TRADEMARK, "2024-08-01", "2024-08-10", "撤诉", "民三庭"),
                List.of("（2024）豫1303民初2号", TCM_TRADEMARK, "2024-08-02", "2024-08-11", "判决", "民三庭")));
        inbox.csv("2024-08", "南阳中院_审判案件_2024年8月.csv", List.of(INTERMEDIATE_HEADER,
                List.of("（2024）豫13民终1号", TCM_TRADEMARK, "2024-08-20", "2024-08-28", "改判", "民三庭", "（2024）豫1302民初1号"),
                List.of("（2024）豫13民终2号", "商标使用许可合同纠纷（中医药）", "2024-08-20", "2024-08-28", "发回重审", "民三庭",
                        "（2024）豫1302民初5号"),
                List.of("（2024）豫13民终3号", "金融借款合同纠纷", "2024-08-20", "2024-08-28", "改判", "民二庭", "（2023）豫1302民初99号"),
                List.of("（2024）豫13民终4号", TCM_TRADEMARK, "2024-08-20", "2024-08-28", "判决", "民三庭", "（2024）豫1303民初2号")));
        inbox.pendingOnlyDeliveriesOfTheOtherCourts("2024-08", "trial", Set.of("豫1302", "豫1303", "豫13"));
        ImportReport report = monthlyImport.run(YearMonth.of(2024, 8), inbox.root());
        assertThat(report.failed()).as(report.failure()).isFalse();

        Path groups = temp.resolve("cause-groups.csv");
        Files.writeString(groups, """
                分组,匹配方式,案由,同时包含,说明
                涉中医药商标权纠纷,包含,商标,中医药,测试
                知识产权,包含,商标,,
                知识产权,包含,著作权,,
                涉企金融,等于,金融借款合同纠纷,,
                """, StandardCharsets.UTF_8);
        CauseGroups.Loaded loaded = causeGroups.replaceFrom(groups);
        assertThat(loaded.recomputed()).containsExactly(YearMonth.of(2024, 8));
    }

    @Test
    void aCauseGroupsRatioIsTheIndicatorOverTheGroupsCases() {
        // 涉中医药商标权纠纷 调撤率: 宛城 民初1 调解, 民初2 判决 (its 案由 with half-width brackets is the
        // same), 民初5 判决 → 1 of 3; 卧龙 撤诉 and 判决 → 1 of 2; 全市 (1 + 1) / (3 + 2).
        assertThat(slice("豫1302", "mediation_withdrawal_rate", "cause_group", "涉中医药商标权纠纷"))
                .containsEntry("numerator", new BigDecimal("1")).containsEntry("denominator", new BigDecimal("3"))
                .containsEntry("value", new BigDecimal("33.33")).containsEntry("rank", 2).containsEntry("ranked_courts", 2);
        assertThat(slice("豫1303", "mediation_withdrawal_rate", "cause_group", "涉中医药商标权纠纷"))
                .containsEntry("value", new BigDecimal("50.00")).containsEntry("rank", 1);
        assertThat(slice("全市", "mediation_withdrawal_rate", "cause_group", "涉中医药商标权纠纷"))
                .containsEntry("value", new BigDecimal("40.00"));
        // 知识产权 holds every 商标 case, 民初3 too: 宛城 调解 1 + 撤诉 1 of 4.
        assertThat(slice("豫1302", "mediation_withdrawal_rate", "cause_group", "知识产权"))
                .containsEntry("value", new BigDecimal("50.00"));
        // 服判息诉率 by group counts the appeals of the group's 案由 (the appeal's own): 宛城 涉中医药
        // (3 − 民终1 − 民终2) / 3; 涉企金融 (1 − 民终3) / 1.
        assertThat(slice("豫1302", "acceptance_rate", "cause_group", "涉中医药商标权纠纷"))
                .containsEntry("value", new BigDecimal("33.33"));
        assertThat(slice("豫1302", "acceptance_rate", "cause_group", "涉企金融")).containsEntry("value", new BigDecimal("0.00"));
    }

    @Test
    void groupsOverlapSoTheyDoNotAddUp() {
        // 宛城 closed 8: 涉中医药 3 + 知识产权 4 + 涉企金融 1 = 8 only by chance of the groups; 民初1, 2 and 5
        // are in two groups and the three 离婚纠纷 in none.
        assertThat(jdbc.queryForList("select slice_value || ' ' || value from mart.indicator_by_slice where period = '2024-08'"
                + " and time_window = 'month' and court_code = '豫1302' and indicator_code = 'trial_closed'"
                + " and slice_kind = 'cause_group'", String.class))
                .containsExactlyInAnyOrder("涉中医药商标权纠纷 3", "知识产权 4", "涉企金融 1");
    }

    @Test
    void aDivisionIsTheDivisionAsWrittenWithoutSpacesOrFullWidthCharacters() {
        // 民三庭, "民 三 庭" and "民三庭　" are one division: 调解 1 + 撤诉 1 of 3; 第１审判团队 and 第1审判团队 one.
        assertThat(slice("豫1302", "mediation_withdrawal_rate", "division", "民三庭"))
                .containsEntry("numerator", new BigDecimal("2")).containsEntry("denominator", new BigDecimal("3"))
                .containsEntry("value", new BigDecimal("66.67"))
                .as("divisions are a court's own: not ranked across courts").containsEntry("rank", null);
        assertThat(slice("豫1302", "mediation_withdrawal_rate", "division", "民二庭")).containsEntry("value", new BigDecimal("50.00"));
        assertThat(slice("豫1302", "mediation_withdrawal_rate", "division", "第1审判团队"))
                .containsEntry("value", new BigDecimal("50.00"));
        // The divisions of a court add up to it, the cases without a 承办部门 in （未填）.
        assertThat(jdbc.queryForList("select slice_value || ' ' || value from mart.indicator_by_slice where period = '2024-08'"
                + " and time_window = 'month' and court_code = '豫1302' and indicator_code = 'trial_closed'"
                + " and slice_kind = 'division'", String.class))
                .containsExactlyInAnyOrder("民三庭 3", "民二庭 2", "第1审判团队 2", "（未填） 1");
        assertThat(jdbc.queryForObject("select count(*) from mart.indicator_by_slice where period = '2024-08'"
                + " and slice_kind = 'division' and court_code = '豫1303' and slice_value <> '民三庭'"
                + " and indicator_code = 'mediation_withdrawal_rate'", Integer.class))
                .as("a court has rows for its own divisions only").isZero();
    }

    @Test
    void anAttributedRatioByDivisionCountsForTheOriginalCasesDivisionAndSaysWhatIsMissing() {
        // 宛城 改判率 for the court: 民终1 and 民终3 of 8 first-instance cases = 25.000.
        assertThat(jdbc.queryForObject("select value from mart.indicator_value where period = '2024-08'"
                + " and time_window = 'month' and court_code = '豫1302' and indicator_code = 'reversal_rate'", BigDecimal.class))
                .isEqualByComparingTo("25.000");
        // By division: 民终1's 原审 民初1 is 民三庭's (1 of 3); 民终2 is a remand of 民初5, 民二庭's; 民终3's
        // 原审 is not in the warehouse: attributed to no division, and the coverage says 1 of the 2 reversals.
        assertThat(slice("豫1302", "reversal_rate", "division", "民三庭"))
                .containsEntry("numerator", new BigDecimal("1")).containsEntry("value", new BigDecimal("33.333"))
                .containsEntry("coverage", new BigDecimal("50.00")).containsEntry("coverage_low", true);
        assertThat(slice("豫1302", "reversal_rate", "division", "民二庭")).containsEntry("value", new BigDecimal("0.000"));
        assertThat(slice("豫1302", "remand_rate", "division", "民二庭"))
                .containsEntry("value", new BigDecimal("50.000")).containsEntry("coverage", new BigDecimal("100.00"));
        assertThat(jdbc.queryForObject("select sum(numerator) from mart.indicator_by_slice where period = '2024-08'"
                + " and time_window = 'month' and court_code = '豫1302' and indicator_code = 'reversal_rate'"
                + " and slice_kind = 'division'", BigDecimal.class))
                .as("the unattributed reversal is in no division").isEqualByComparingTo("1");
        // 服判息诉率 of 民三庭: (3 − 民终1) / 3; 卧龙's 民三庭: (2 − 民终4) / 2, its appeal upheld.
        assertThat(slice("豫1302", "acceptance_rate", "division", "民三庭")).containsEntry("value", new BigDecimal("66.67"));
        assertThat(slice("豫1303", "acceptance_rate", "division", "民三庭"))
                .containsEntry("value", new BigDecimal("50.00")).containsEntry("coverage", new BigDecimal("100.00"));
        assertThat(slice("豫1303", "reversal_remand_ratio", "division", "民三庭")).containsEntry("value", new BigDecimal("0.00"));
    }

    @Test
    void theCatalogueSaysWhichKindsOfSliceAnIndicatorIsPublishedBy() {
        assertThat(jdbc.queryForObject("select count(*) from mart.indicator_by_slice where period = '2024-08'"
                + " and indicator_code = 'suits_per_10k' and slice_kind in ('cause_group', 'division')", Integer.class))
                .as("万人起诉率 is per resident: by domain only").isZero();
        assertThat(jdbc.queryForList("select distinct indicator_group from mart.indicator_by_slice where period = '2024-08'"
                + " and slice_kind in ('cause_group', 'division')", String.class)).containsExactly("trial");
    }

    private Map<String, Object> slice(String court, String indicator, String kind, String value) {
        return jdbc.queryForMap("select numerator, denominator, value, rank, ranked_courts, coverage, coverage_low"
                + " from mart.indicator_by_slice where period = '2024-08' and time_window = 'month' and court_code = ?"
                + " and indicator_code = ? and slice_kind = ? and slice_value = ?", court, indicator, kind, value);
    }
}
