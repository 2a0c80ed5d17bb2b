package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.courtstats.vocabulary.FeedDeclarations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * mart.data_quality tells, per court and feed, what was delivered and how good it was: a published
 * file, a refused resend while the earlier file stays published, a refused first file, nothing at all.
 */
@WarehouseTest
class DataQualityIT {

    static final YearMonth AUGUST = YearMonth.of(2024, 8);
    static final List<String> TRIAL = List.of("案号", "立案日期", "结案日期", "结案方式");

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @Test
    void eachCourtAndFeedShowsItsLatestDeliveryAndWhetherASliceIsPublished() throws Exception {
        Warehouses.reset(jdbc);
        // 宛城: 40 good rows and a bad case number (2.4% rejected): published. 卧龙: 1 of 2 bad: refused.
        Inbox first = new Inbox(temp.resolve("first"));
        List<List<String>> wancheng = new ArrayList<>(List.of(TRIAL));
        for (int i = 1; i <= 40; i++) {
            wancheng.add(List.of("（2024）豫1302民初" + i + "号", "2024-08-01", "", ""));
        }
        wancheng.add(List.of("豫1302民初41号", "2024-08-01", "", ""));
        first.csv("2024-08", "宛城区法院_审判案件.csv", wancheng);
        first.csv("2024-08", "卧龙区法院_审判案件.csv", List.of(TRIAL,
                List.of("（2024）豫1303民初1号", "2024-08-01", "", ""),
                List.of("（2024）豫1303民初2号", "24-08-01", "", "")));
        monthlyImport.run(AUGUST, first.root());
        // 宛城 resends a file with a bad date in one of its two rows: refused, its first file stays.
        Inbox resend = new Inbox(temp.resolve("resend"));
        resend.csv("2024-08", "宛城区法院_审判案件（更正）.csv", List.of(TRIAL,
                List.of("（2024）豫1302民初1号", "2024-08-01", "", ""),
                List.of("（2024）豫1302民初2号", "2024-13-01", "", "")));
        monthlyImport.run(AUGUST, resend.root());

        assertThat(jdbc.queryForObject("select count(*) from mart.data_quality where period = '2024-08'", Integer.class))
                .as("every court of the city × every feed").isEqualTo(15 * FeedDeclarations.builtIn().all().size());
        assertThat(slice("豫1302", "trial"))
                .containsEntry("delivered", true)
                .containsEntry("status", "refused")
                .containsEntry("status_name", "拒收（沿用此前数据）")
                .containsEntry("file_name", "宛城区法院_审判案件（更正）.csv")
                .containsEntry("files_received", 2L)
                .containsEntry("rows_read", 2)
                .containsEntry("rows_rejected", 1)
                .containsEntry("rejected_rate", new BigDecimal("50.00"))
                .containsEntry("top_reasons", "BAD_DATE 日期格式错误 ×1")
                .containsEntry("refusal_code", "TOO_MANY_REJECTED")
                // Issue 17.9: the file the indicators still count, beside the refused resend.
                .containsEntry("published_file_name", "宛城区法院_审判案件.csv")
                .containsEntry("published_rows_read", 41)
                .containsEntry("published_rows_loaded", 40);
        assertThat(slice("豫1303", "trial"))
                .containsEntry("delivered", false)
                .containsEntry("status", "refused")
                .containsEntry("status_name", "拒收")
                .containsEntry("files_received", 1L);
        assertThat(slice("豫1302", "execution"))
                .containsEntry("delivered", false)
                .containsEntry("status", "not_received")
                .containsEntry("status_name", "未报送")
                .containsEntry("files_received", 0L)
                .containsEntry("rows_read", null)
                .containsEntry("rejected_rate", null)
                .containsEntry("published_rows_read", null);

        assertThat(jdbc.queryForList("""
                select reason_code, reason_title, severity, problems, rows_affected, headers, delivery_status
                from mart.data_quality_reason where period = '2024-08' and court_code = '豫1302'
                """)).as("the resend's problems, not those of the file it failed to replace").containsExactly(Map.of(
                "reason_code", "BAD_DATE", "reason_title", "日期格式错误", "severity", "error", "problems", 1L,
                "rows_affected", 1L, "headers", "立案日期", "delivery_status", "refused"));
    }

    private Map<String, Object> slice(String court, String feed) {
        return jdbc.queryForMap("select * from mart.data_quality where period = '2024-08' and court_code = ? and feed = ?",
                court, feed);
    }
}
