package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtstats.jobs.ImportReport;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.courtstats.warehouse.Delivery;
import org.courtstats.warehouse.FeedRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15.4: a fourth feed added with files only. The worked example of jobs/feeds/README.md — its
 * declaration and its catalogue rows, read from that file — is declared as the feeds command does, and
 * a delivery of it is imported and published like any other feed's.
 */
@WarehouseTest
class FeedWithoutJavaIT {

    private static final Path README = Path.of("jobs/feeds/README.md");
    private static final List<String> HEADER = List.of("案号", "直播日期", "开始时间", "直播平台", "观看人次", "承办人");

    @Autowired
    FeedRepository feeds;
    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @BeforeEach
    void startEmpty() {
        Warehouses.reset(jdbc);
    }

    /** The other test classes share this warehouse: it goes back to the three shipped feeds. */
    @AfterEach
    void forgetTheFourthFeed() {
        Warehouses.reset(jdbc);
        jdbc.update("delete from core.indicator_term where indicator_code in"
                + " (select indicator_code from core.indicator where indicator_group = 'livestream')");
        jdbc.update("delete from core.indicator where indicator_group = 'livestream'");
        jdbc.update("delete from core.measure where feed = 'livestream'");
        jdbc.update("delete from core.feed where feed_code = 'livestream'");
    }

    @Test
    void aFeedDeclaredInAFileIsLoadedPublishedAndComputedLikeTheOthers() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Path declarations = Files.createDirectories(temp.resolve("feeds"));
        Files.writeString(declarations.resolve("livestream.yaml"), block(readme, "yaml", "code: livestream"));

        feeds.declare(FeedsCommand.read(declarations));
        for (String statement : block(readme, "sql", "insert into core.measure").split(";")) {
            if (!statement.isBlank()) {
                jdbc.update(statement);
            }
        }

        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int n = 1; n <= 70; n++) {
            int day = 1 + n % 28;
            rows.add(List.of("（2024）豫1302民初" + n + "号", "2024-08-" + day,
                    n == 2 ? "2024年8月3日 9时30分" : "2024-08-" + day + " 9:30", n % 2 == 0 ? "庭审公开网" : "官网",
                    n == 1 ? "" : String.valueOf(n * 10), "法官" + n % 5));
        }
        rows.add(List.of("（2024）豫1302民初97号", "2024-08-20", "2024年8月20日", "官网", "7", "法官1"));
        rows.add(List.of("（2024）豫1302民初99号", "2024-08-20", "2024-08-20 15:00", "抖音", "7", "法官1"));
        rows.add(List.of("（2024）豫1302执1号", "2024-08-21", "2024-08-21 15:00", "官网", "3", "法官2"));
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.xlsx("2024-08", "宛城区法院_庭审直播_2024年8月.xlsx", "南阳市宛城区人民法院2024年8月庭审直播明细", rows);

        ImportReport report = monthlyImport.run(YearMonth.of(2024, 8), inbox.root());

        assertThat(report.deliveries()).singleElement().satisfies(line -> {
            assertThat(line.delivery().feed()).isEqualTo("livestream");
            assertThat(line.delivery().courtCode()).isEqualTo("豫1302");
            assertThat(line.delivery().status()).isEqualTo(Delivery.PUBLISHED);
        });
        assertThat(jdbc.queryForList("select extra::text from core.case_record where case_no in"
                        + " ('（2024）豫1302民初1号', '（2024）豫1302民初2号') order by case_no", String.class))
                .containsExactly("{\"platform\": \"法院网站\", \"started_at\": \"2024-08-02T09:30:00\"}",
                        "{\"audience\": 20, \"platform\": \"中国庭审公开网\", \"started_at\": \"2024-08-03T09:30:00\"}");
        assertThat(jdbc.queryForObject("select count(*) from core.case_record where feed = 'livestream'"
                + " and judge is not null and filed_on between '2024-08-01' and '2024-08-31'", Integer.class)).isEqualTo(70);
        List<Map<String, Object>> rejected = jdbc.queryForList(
                "select field, reason_code, message from staging.row_issue order by row_number");
        assertThat(rejected).extracting(r -> r.get("field") + " " + r.get("reason_code")).containsExactly(
                "started_at BAD_DATE", "platform BAD_VALUE", "case_no WRONG_FEED");
        assertThat((String) rejected.get(0).get("message")).contains("开始时间", "日期时间“2024年8月20日”缺少时间");
        assertThat((String) rejected.get(1).get("message"))
                .contains("直播平台“抖音”无法识别，可用：中国庭审公开网、法院网站、其他");
        assertThat((String) rejected.get(2).get("message")).contains("属于执行案件，不应报在庭审直播表中");
        assertThat(jdbc.queryForMap("select indicator_group, value from mart.indicator_value where period = '2024-08'"
                + " and time_window = 'month' and court_code = '豫1302' and indicator_code = 'livestream_count'"))
                .containsEntry("indicator_group", "livestream")
                .hasEntrySatisfying("value", value -> assertThat((java.math.BigDecimal) value)
                        .isEqualByComparingTo(java.math.BigDecimal.valueOf(70)));
        assertThat(jdbc.queryForList("select field_code || ' ' || coalesce(case_row_column, 'extra') from core.feed_field"
                + " where feed_code = 'livestream' order by position", String.class))
                .containsExactly("case_no case_no", "filed_on filed_on", "started_at extra", "platform extra", "audience extra",
                        "judge judge");
    }

    @Test
    void aDeclarationWithAMistakeIsRefusedNamingFileKeyAndValueAndChangesNothing() throws Exception {
        Path declarations = Files.createDirectories(temp.resolve("feeds"));
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Files.writeString(declarations.resolve("livestream.yaml"),
                block(readme, "yaml", "code: livestream").replace("type: count", "type: number"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine commandLine = CourtstatsCommand.commandLine(Clock.system(ZoneId.of("Asia/Shanghai")));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int exit = commandLine.execute("feeds", "--dir", declarations.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("错误：报表声明文件“livestream.yaml”columns 第5项的 type（“number”）：不是可用的值类型")
                .contains("未作任何更改").doesNotContain("Exception");
        assertThat(jdbc.queryForObject("select count(*) from core.feed where feed_code = 'livestream'", Integer.class)).isZero();
    }

    /** The fenced block of that language in the README whose text starts so. */
    private static String block(String readme, String language, String start) {
        Matcher block = Pattern.compile("```" + language + "\\n(" + Pattern.quote(start) + ".*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(block.find()).as("a ```" + language + " block starting with " + start + " in " + README).isTrue();
        return block.group(1);
    }
}
