package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courtstats.reports.StatusReport;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.courtstats.warehouse.Delivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15.2: the three feeds of jobs/feeds/ that are not lists of cases — 四类案件监管台账 (a ledger of
 * trial cases), 联系法官申请 and 网上立案审核 (registers keyed by 申请编号, the court from the file
 * name) — go through the path of the others: header and format detection, rejected rows with Chinese
 * messages, refusal, idempotence, archive, rerun and status.
 */
@WarehouseTest
class RegisterFeedsIT {

    static final YearMonth AUGUST = YearMonth.of(2024, 8);

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    StatusReport status;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    private Inbox inbox;

    @BeforeEach
    void startEmpty() {
        Warehouses.reset(jdbc);
        inbox = new Inbox(temp.resolve("inbox"));
    }

    /** 宛城's trial cases of the month: those its 四类案件 ledger may flag. */
    private void trialOf宛城() throws Exception {
        List<List<String>> rows = new ArrayList<>(List.of(
                List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1302民初1号", "2024-08-01", "", ""),
                List.of("（2024）豫1302民初2号", "2024-08-02", "", ""),
                List.of("（2024）豫1302民初3号", "2024-07-02", "2024-08-20", "判决"),
                List.of("（2024）豫1302民初4号", "2024-08-05", "", "")));
        for (int n = 101; n <= 140; n++) {
            rows.add(List.of("（2024）豫1302民初" + n + "号", "2024-06-01", "", ""));
        }
        inbox.csv("2024-08", "宛城区法院_审判案件_2024年8月.csv", rows);
    }

    @Test
    void aContactRegisterIsKeyedByItsNumberAndTakesItsCourtFromTheFileName() throws Exception {
        trialOf宛城();
        // Rows 3-12 in Excel (the title is row 1, the header row 2).
        // Rows 3-12 in Excel (the title is row 1, the header row 2), then good rows enough that the six
        // rejected ones stay under 5%.
        List<List<String>> rows = new ArrayList<>(List.of(
                List.of("申请编号", "申请时间", "回复时间", "承办人", "案号"),
                List.of("LX001", "2024-08-01 09:30", "2024-08-02 10:00", "张法官", "（2024）豫1302民初1号"),
                List.of("LX002", "2024年8月3日 9时30分", "", "李法官", ""),
                List.of("LX003", "2024/8/5 8:00:05", "2024-08-08 08:00:05", "", "（2024）豫1306民初7号"),
                List.of("", "2024-08-06 10:00", "", "", ""),
                List.of("LX005", "2024/8/6", "", "", ""),
                List.of("LX006", "2024-08-07 11:00", "", "", "豫1302民初"),
                List.of("LX007", "2024-08-07 11:00", "2024-08-07 15:00", "", ""),
                List.of("LX007", "2024-08-08 11:00", "", "", ""),
                List.of("LX009", "2024-09-01 11:00", "", "", ""),
                List.of("LX010", "2024-08-09 16:20", "2024-08-10 09:00", "王法官", "")));
        for (int n = 100; n < 230; n++) {
            rows.add(List.of("LX" + n, "2024-03-" + (10 + n % 18) + " 08:00", "2024-03-28 08:00", "", ""));
        }
        inbox.xlsx("2024-08", "宛城区法院_联系法官_2024年8月.xlsx", "南阳市宛城区人民法院联系法官申请登记表（2024年8月）", rows);

        ImportReport report = monthlyImport.run(AUGUST, inbox.root());

        Delivery contact = only(report, "judge_contact");
        assertThat(contact.courtCode()).isEqualTo("豫1302");
        assertThat(contact.fileFormat()).startsWith("Excel");
        List<Map<String, Object>> rejected = jdbc.queryForList("select row_number, field, reason_code, case_no, message"
                + " from staging.row_issue where delivery_id = ? order by row_number, field", contact.id());
        assertThat(contact.status()).as(contact.refusalReason()).isEqualTo(Delivery.PUBLISHED);
        assertThat(contact.rowsRejected()).as(rejected.toString()).isEqualTo(6);
        assertThat(contact.rowsLoaded()).isEqualTo(4 + 130);
        assertThat(contact.archivePath()).isNotNull();
        assertThat(Files.exists(Path.of(contact.archivePath()))).isTrue();
        assertThat(rejected).extracting(r -> r.get("row_number") + " " + r.get("field") + " " + r.get("reason_code"))
                .containsExactly("6 application_no MISSING_VALUE", "7 applied_at BAD_DATE",
                        "8 related_case_no BAD_CASE_NO", "9 application_no DUPLICATE_KEY",
                        "10 application_no DUPLICATE_KEY", "11 applied_at AFTER_PERIOD");
        assertThat(messageOf(rejected, 6)).contains("第6行", "“申请编号”为空");
        assertThat(messageOf(rejected, 7)).contains("申请时间", "缺少时间");
        assertThat(messageOf(rejected, 9)).contains("申请编号“LX007”在本文件中出现了2次（第9、10行）", "请合并为一行");
        assertThat(messageOf(rejected, 11)).contains("晚于统计月份2024-08");
        assertThat(rejected.get(3).get("case_no")).isEqualTo("LX007");
        assertThat(jdbc.queryForList("select (case_no is null and case_court_code is null and judge is not distinct from '张法官')::text"
                + " || ' ' || extra::text || ' ' || filed_on from core.case_record where feed = 'judge_contact'"
                + " and extra ->> 'application_no' in ('LX001', 'LX002', 'LX003') order by extra ->> 'application_no'",
                String.class)).containsExactly(
                "true {\"applied_at\": \"2024-08-01T09:30:00\", \"replied_at\": \"2024-08-02T10:00:00\","
                        + " \"application_no\": \"LX001\", \"related_case_no\": \"（2024）豫1302民初1号\"} 2024-08-01",
                "false {\"applied_at\": \"2024-08-03T09:30:00\", \"application_no\": \"LX002\"} 2024-08-03",
                "false {\"applied_at\": \"2024-08-05T08:00:05\", \"replied_at\": \"2024-08-08T08:00:05\","
                        + " \"application_no\": \"LX003\", \"related_case_no\": \"（2024）豫1306民初7号\"} 2024-08-05");
    }

    /** feeds.md 2.6 aliases, a GBK CSV, a result required once reviewed, a result not in the list. */
    @Test
    void anOnlineFilingRegisterReadsItsAliasesAndChoices() throws Exception {
        List<List<String>> rows = new ArrayList<>(List.of(
                List.of("申请号", "申请时间", "处理时间", "处理结果"),
                List.of("WS1", "2024-08-01 09:00", "2024-08-02 09:00", "准予立案"),
                List.of("WS2", "2024-08-01 09:00", "2024-08-05 09:00", "需补正"),
                List.of("WS3", "2024-08-01 09:00", "", ""),
                List.of("WS4", "2024-08-01 09:00", "2024-08-02 09:00", ""),
                List.of("WS5", "2024-08-01 09:00", "2024-08-02 09:00", "驳回")));
        for (int n = 100; n < 160; n++) {
            rows.add(List.of("WS" + n, "2024-02-01 09:00", "2024-02-02 09:00", "不予立案"));
        }
        inbox.csv("2024-08", "卧龙区法院_网上立案_202408.csv", java.nio.charset.Charset.forName("GBK"), rows);

        Delivery filing = only(monthlyImport.run(AUGUST, inbox.root()), "online_filing");

        assertThat(filing.courtCode()).isEqualTo("豫1303");
        assertThat(filing.status()).as(filing.refusalReason()).isEqualTo(Delivery.PUBLISHED);
        List<Map<String, Object>> rejected = jdbc.queryForList("select row_number, field, reason_code, message"
                + " from staging.row_issue where delivery_id = ? order by row_number", filing.id());
        assertThat(rejected).extracting(r -> r.get("row_number") + " " + r.get("field") + " " + r.get("reason_code"))
                .containsExactly("5 review_result MISSING_VALUE", "6 review_result BAD_VALUE");
        assertThat(messageOf(rejected, 5)).contains("已填写“处理时间”，但“处理结果”为空");
        assertThat(messageOf(rejected, 6)).contains("“驳回”", "通过、不通过、补正");
        assertThat(jdbc.queryForList("select extra ->> 'review_result' from core.case_record where feed = 'online_filing'"
                + " and extra ->> 'application_no' in ('WS1', 'WS2', 'WS3', 'WS100') order by extra ->> 'application_no'",
                String.class)).containsExactly("通过", "不通过", "补正", null);
    }

    /** 四类案件: a ledger of the court's trial cases, its court from the 案号. */
    @Test
    void aSupervisionLedgerRejectsACaseOfAnotherCourtAndAnUnknownCategory() throws Exception {
        trialOf宛城();
        List<List<String>> rows = new ArrayList<>(List.of(
                List.of("案号", "标注日期", "四类案件类别", "监管时间", "反馈时间"),
                List.of("（2024）豫1302民初1号", "2024-08-02", "群体性", "2024-08-03", "2024-08-10"),
                List.of("（2024）豫1303民初1号", "2024-08-02", "疑难复杂", "", ""),
                List.of("（2024）豫1302民初2号", "2024-08-02", "其他", "", "")));
        for (int n = 1; n <= 40; n++) {
            rows.add(List.of("（2024）豫1302民初" + (100 + n) + "号", "2024-08-05", "违法审判", "", ""));
        }
        inbox.csv("2024-08", "宛城区法院_四类案件_2024年8月.csv", rows);

        Delivery ledger = only(monthlyImport.run(AUGUST, inbox.root()), "supervision");

        assertThat(ledger.courtCode()).isEqualTo("豫1302");
        List<Map<String, Object>> rejected = jdbc.queryForList("select row_number, field, reason_code, message"
                + " from staging.row_issue where delivery_id = ? and field <> 'case_no' or delivery_id = ?"
                + " and reason_code = 'WRONG_COURT' order by row_number", ledger.id(), ledger.id());
        assertThat(rejected).extracting(r -> r.get("row_number") + " " + r.get("field") + " " + r.get("reason_code"))
                .containsExactly("3 case_no WRONG_COURT", "4 category BAD_VALUE");
        assertThat(messageOf(rejected, 3)).contains("属于", "不是", "豫1302");
        assertThat(messageOf(rejected, 4)).contains("“其他”", "群体性纠纷、疑难复杂、类案冲突、反映违法审判");
        assertThat(jdbc.queryForObject("select extra::text || ' ' || filed_on from core.case_record"
                + " where feed = 'supervision' and case_no = '（2024）豫1302民初1号'", String.class)).isEqualTo(
                "{\"category\": \"群体性纠纷\", \"feedback_on\": \"2024-08-10\", \"supervised_on\": \"2024-08-03\"} 2024-08-02");
    }

    @Test
    void aRegisterWhoseFileNameNamesNoCourtIsRefusedSayingHowToNameIt() throws Exception {
        inbox.csv("2024-08", "联系法官申请_2024年8月.csv", List.of(List.of("申请编号", "申请时间", "回复时间"),
                List.of("LX1", "2024-08-01 09:00", "")));

        Delivery contact = only(monthlyImport.run(AUGUST, inbox.root()), "judge_contact");

        assertThat(contact.status()).isEqualTo(Delivery.REFUSED);
        assertThat(contact.refusalCode()).isEqualTo("UNKNOWN_COURT");
        assertThat(contact.refusalReason()).contains("联系法官申请", "文件名中没有本市法院的名称", "宛城区法院_联系法官_2024年8月.xlsx");
    }

    /**
     * The same bytes again change nothing; a court's resend replaces its slice only (natural key:
     * court, feed, 申请编号 within the month); status lists the registers a court did not send.
     */
    @Test
    void registersAreIdempotentRerunPerCourtAndShownByStatus() throws Exception {
        inbox.csv("2024-08", "宛城区法院_联系法官_2024年8月.csv", List.of(List.of("申请编号", "申请时间", "回复时间"),
                List.of("LX1", "2024-08-01 09:00", ""), List.of("LX2", "2024-08-02 09:00", "")));
        inbox.csv("2024-08", "卧龙区法院_联系法官_2024年8月.csv", List.of(List.of("申请编号", "申请时间", "回复时间"),
                List.of("LX1", "2024-08-01 09:00", "")));
        assertThat(monthlyImport.run(AUGUST, inbox.root()).deliveries()).extracting(line -> line.delivery().status())
                .containsOnly(Delivery.PUBLISHED);

        assertThat(monthlyImport.run(AUGUST, inbox.root()).deliveries()).allMatch(ImportReport.Line::unchanged);

        inbox.csv("2024-08", "宛城区法院_联系法官_2024年8月.csv", List.of(List.of("申请编号", "申请时间", "回复时间"),
                List.of("LX1", "2024-08-01 09:00", "2024-08-01 17:00"), List.of("LX2", "2024-08-02 09:00", ""),
                List.of("LX3", "2024-08-03 09:00", "")));
        ImportReport rerun = monthlyImport.run(new ImportRequest(AUGUST, inbox.root(), "豫1302", false, false));

        assertThat(rerun.deliveries()).singleElement().satisfies(line -> {
            assertThat(line.delivery().courtCode()).isEqualTo("豫1302");
            assertThat(line.delivery().status()).isEqualTo(Delivery.PUBLISHED);
        });
        assertThat(jdbc.queryForList("select court_code || ' ' || (extra ->> 'application_no') || ' '"
                + " || coalesce(extra ->> 'replied_at', '-') from core.case_record where feed = 'judge_contact'"
                + " order by 1", String.class)).containsExactly(
                "豫1302 LX1 2024-08-01T17:00:00", "豫1302 LX2 -", "豫1302 LX3 -", "豫1303 LX1 -");
        assertThat(jdbc.queryForObject(Warehouses.UNPUBLISHED_ROWS, Integer.class)).isZero();
        assertThat(status.missing(AUGUST)).filteredOn(slice -> slice.courtCode().equals("豫1302"))
                .extracting(StatusReport.MissingSlice::feed)
                .containsExactly("trial", "execution", "mediation", "supervision", "online_filing");
    }

    private static String messageOf(List<Map<String, Object>> issues, int row) {
        return issues.stream().filter(issue -> ((Number) issue.get("row_number")).intValue() == row)
                .map(issue -> (String) issue.get("message")).findFirst().orElseThrow();
    }

    private static Delivery only(ImportReport report, String feed) {
        return report.deliveries().stream().map(ImportReport.Line::delivery).filter(d -> feed.equals(d.feed()))
                .reduce((a, b) -> {
                    throw new AssertionError("two deliveries of " + feed);
                }).orElseThrow(() -> new AssertionError("no delivery of " + feed + " in " + report.deliveries()));
    }
}
