package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.courtstats.jobs.ImportReport;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.BiLogin;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * mart.judge_indicator: a judge's figures on a hand-made month, 改判 attributed back to the judge of
 * the 原审 case, divisions written with spaces and full-width letters made one; it names people, so a
 * BI login cannot read it and a login in courtstats_judge_reader can.
 */
@WarehouseTest
class JudgeIndicatorIT {

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    /**
     * 宛城 in August: 张三 (民一庭) received and closed 民初1 (judged, then reversed by 豫13's 民终1) and
     * 民初2 (mediated), and received 民初3; 李四 (written “民 二 庭” once and “民二庭” once) closed 民初4
     * (withdrawn) and 民初5 (judged; 豫13's 民终2 remanded it). 豫13's 民终3 reviews a case of 2019 not in
     * the warehouse: nobody's.
     */
    @BeforeEach
    void importAMonth() throws Exception {
        Warehouses.reset(jdbc);
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        List<String> header = List.of("案号", "立案日期", "结案日期", "结案方式", "承办人", "承办部门");
        inbox.csv("2024-08", "宛城区法院_审判案件_2024年8月.csv", List.of(header,
                List.of("（2024）豫1302民初1号", "2024-08-01", "2024-08-11", "判决", "张三", "民一庭"),
                List.of("（2024）豫1302民初2号", "2024-08-02", "2024-08-06", "调解", "张 三", "民一庭"),
                List.of("（2024）豫1302民初3号", "2024-08-03", "", "", "张三", "民一庭"),
                List.of("（2024）豫1302民初4号", "2024-08-04", "2024-08-24", "撤诉", "李四", "民 二 庭"),
                List.of("（2024）豫1302民初5号", "2024-08-05", "2024-08-15", "判决", "李四", "民二庭")));
        inbox.csv("2024-08", "南阳中院_审判案件_2024年8月.csv", List.of(
                List.of("案号", "立案日期", "结案日期", "结案方式", "原审案号", "承办人"),
                List.of("（2024）豫13民终1号", "2024-08-12", "2024-08-30", "改判", "（2024）豫1302民初1号", "王五"),
                List.of("（2024）豫13民终2号", "2024-08-16", "2024-08-30", "发回重审", "（2024）豫1302民初5号", "王五"),
                List.of("（2024）豫13民终3号", "2024-08-16", "2024-08-30", "改判", "（2019）豫1302民初9号", "王五")));
        ImportReport report = monthlyImport.run(YearMonth.of(2024, 8), inbox.root());
        assertThat(report.failed()).as(report.failure()).isFalse();
    }

    @Test
    void aJudgesFiguresWithReversalsAttributedToTheOriginalJudge() {
        Map<String, Object> zhang = judge("张三");
        assertThat(zhang).containsEntry("division", "民一庭").containsEntry("trial_received", 3L).containsEntry("trial_closed", 2L)
                .containsEntry("clearance_rate", new BigDecimal("66.67")).containsEntry("avg_trial_days", new BigDecimal("7.00"))
                .containsEntry("mediation_withdrawal_rate", new BigDecimal("50.00"))
                .containsEntry("first_instance_closed", 2L).containsEntry("reversed", 1L).containsEntry("remanded", 0L)
                .containsEntry("reversal_rate", new BigDecimal("50.000"));
        Map<String, Object> li = judge("李四");
        assertThat(li).as("one division however it was written").containsEntry("division", "民二庭")
                .containsEntry("trial_closed", 2L).containsEntry("reversed", 0L).containsEntry("remanded", 1L)
                .containsEntry("remand_rate", new BigDecimal("50.000"));
        assertThat(jdbc.queryForObject("select sum(reversed) from mart.judge_indicator where period = '2024-08'"
                + " and time_window = 'month'", Long.class)).as("民终3's original case is not in the warehouse").isEqualTo(1L);
    }

    @Test
    void onlyTheJudgeReaderRoleMayReadIt() {
        try (BiLogin bi = BiLogin.create(jdbc, "judge_bi")) {
            assertThatThrownBy(() -> bi.jdbc().queryForObject("select count(*) from mart.judge_indicator", Integer.class))
                    .rootCause().hasMessageContaining("permission denied");
            assertThat(bi.jdbc().queryForObject("select count(*) from mart.indicator_value", Integer.class)).isPositive();
        } finally {
            jdbc.execute("drop role if exists judge_bi");
        }
        jdbc.execute("drop role if exists appraiser");
        jdbc.execute("create role appraiser login password 'bi-secret' in role courtstats_judge_reader");
        try (BiLogin appraiser = BiLogin.connect(jdbc, "appraiser")) {
            assertThat(appraiser.jdbc().queryForObject("select count(*) from mart.judge_indicator where judge = '张三'",
                    Integer.class)).isEqualTo(2);
            assertThatThrownBy(() -> appraiser.jdbc().queryForObject("select count(*) from mart.indicator_value", Integer.class))
                    .as("the role reads the judges' figures only").rootCause().hasMessageContaining("permission denied");
        } finally {
            jdbc.execute("drop role if exists appraiser");
        }
    }

    private Map<String, Object> judge(String name) {
        return jdbc.queryForMap("select * from mart.judge_indicator where period = '2024-08' and time_window = 'month'"
                + " and court_code = '豫1302' and judge = ?", name);
    }
}
