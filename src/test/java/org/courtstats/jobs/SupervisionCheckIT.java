package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.courtstats.reports.RejectedRows;
import org.courtstats.reports.RowProblem;
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
 * Issue 15.2: a flagged 案号 of 四类案件监管台账 that is not a trial case of that court in the month's
 * trial delivery is rejected (NOT_A_TRIAL_CASE) when the month is published, against the trial slice in
 * force — of the same run (decided first) or published before — and the rejects list shows it.
 */
@WarehouseTest
class SupervisionCheckIT {

    static final YearMonth AUGUST = YearMonth.of(2024, 8);
    static final List<String> TRIAL = List.of("案号", "立案日期", "结案日期", "结案方式");
    static final List<String> LEDGER = List.of("案号", "标记日期", "类别", "监管日期", "反馈日期");

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    RejectedRows rejects;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @BeforeEach
    void startEmpty() {
        Warehouses.reset(jdbc);
    }

    /** 宛城's trial cases 民初1号 … 民初30号 (民初31号 is rejected there: a bad date). */
    private static List<List<String>> trial() {
        List<List<String>> rows = new ArrayList<>(List.of(TRIAL));
        for (int n = 1; n <= 30; n++) {
            rows.add(List.of("（2024）豫1302民初" + n + "号", "2024-08-0" + (1 + n % 9), "", ""));
        }
        rows.add(List.of("（2024）豫1302民初31号", "2024-08-32", "", ""));
        return rows;
    }

    /** Flags 民初1号 … 民初25号, and then the given 案号 (of 宛城, of trial types). */
    private static List<List<String>> ledger(String... more) {
        List<List<String>> rows = new ArrayList<>(List.of(LEDGER));
        for (int n = 1; n <= 25; n++) {
            rows.add(List.of("（2024）豫1302民初" + n + "号", "2024-08-10", "疑难复杂", "", ""));
        }
        for (String caseNo : more) {
            rows.add(List.of(caseNo, "2024-08-11", "类案冲突", "", ""));
        }
        return rows;
    }

    @Test
    void aFlaggedCaseNotInTheCourtsTrialDeliveryOfTheSameRunIsRejectedAndListed() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("2024-08", "宛城区法院_审判案件_2024年8月.csv", trial());
        inbox.csv("2024-08", "宛城区法院_四类案件_2024年8月.csv", ledger("（2024）豫1302民初31号"));

        ImportReport report = monthlyImport.run(AUGUST, inbox.root());

        assertThat(report.deliveries()).extracting(line -> line.delivery().feed() + " " + line.delivery().status())
                .containsExactlyInAnyOrder("trial published", "supervision published");
        Delivery ledger = report.deliveries().stream().map(ImportReport.Line::delivery)
                .filter(d -> d.feed().equals("supervision")).findFirst().orElseThrow();
        assertThat(ledger.rowsLoaded()).isEqualTo(25);
        assertThat(ledger.rowsRejected()).isEqualTo(1);
        List<RowProblem> listed = rejects.rejected(AUGUST, Optional.of("豫1302")).stream()
                .filter(problem -> problem.feed().equals("supervision")).toList();
        assertThat(listed).singleElement().satisfies(problem -> {
            assertThat(problem.reasonCode()).isEqualTo("NOT_A_TRIAL_CASE");
            assertThat(problem.rowNumber()).isEqualTo(27);
            assertThat(problem.rawValue()).isEqualTo("（2024）豫1302民初31号");
            assertThat(problem.message()).contains("第27行“案号”列", "案号“（2024）豫1302民初31号”不在南阳市宛城区人民法院2024年8月已发布的审判案件中",
                    "四类案件只能标记本院已报送的审判案件");
        });
        assertThat(jdbc.queryForObject("select title from core.row_reason where reason_code = 'NOT_A_TRIAL_CASE'",
                String.class)).isEqualTo("不是本院本月的审判案件");
    }

    /** A later run checks a resent ledger against the trial slice published before it. */
    @Test
    void aResentLedgerIsCheckedAgainstTheTrialSlicePublishedBefore() throws Exception {
        Inbox first = new Inbox(temp.resolve("first"));
        first.csv("2024-08", "宛城区法院_审判案件_2024年8月.csv", trial());
        assertThat(monthlyImport.run(AUGUST, first.root()).deliveries()).singleElement()
                .satisfies(line -> assertThat(line.delivery().status()).isEqualTo(Delivery.PUBLISHED));

        Inbox resend = new Inbox(temp.resolve("resend"));
        resend.csv("2024-08", "宛城区法院_四类案件_2024年8月.csv", ledger("（2024）豫1302刑初5号"));
        Delivery ledger = monthlyImport.run(AUGUST, resend.root()).deliveries().get(0).delivery();

        assertThat(ledger.status()).isEqualTo(Delivery.PUBLISHED);
        assertThat(jdbc.queryForList("select reason_code || ' ' || case_no from staging.row_issue where delivery_id = ?",
                String.class, ledger.id())).containsExactly("NOT_A_TRIAL_CASE （2024）豫1302刑初5号");
        assertThat(jdbc.queryForObject("select count(*) from core.case_record where feed = 'supervision'", Integer.class))
                .isEqualTo(25);
    }

    /** Without a trial slice of the court for the month nothing can be checked: every row is rejected. */
    @Test
    void aLedgerOfACourtWithoutATrialDeliveryIsRefused() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("2024-08", "宛城区法院_四类案件_2024年8月.csv", ledger());

        Delivery ledger = monthlyImport.run(AUGUST, inbox.root()).deliveries().get(0).delivery();

        assertThat(ledger.status()).isEqualTo(Delivery.REFUSED);
        assertThat(ledger.refusalCode()).isEqualTo("TOO_MANY_REJECTED");
        assertThat(ledger.refusalReason()).contains("不是本院本月的审判案件（25行）");
        assertThat(jdbc.queryForObject("select min(message) from staging.row_issue where delivery_id = ?", String.class,
                ledger.id())).contains("南阳市宛城区人民法院2024年8月尚无已发布的审判案件报表，无法核对案号");
    }
}
