package org.courtstats.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courtstats.UserError;
import org.courtstats.jobs.ImportReport;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.courtstats.warehouse.Delivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review before publishing (预发布) end to end: each check trips on a month made for it, a hold
 * leaves every published figure as it was, and the statistician's release or rejection decides.
 * 宛城 (豫1302) delivers trial cases; the other courts send a pending-only file so the month is
 * complete.
 */
@WarehouseTest
class ReviewBeforePublishingIT {

    static final String WANCHENG = "豫1302";
    static final List<String> HEADER = List.of("案号", "案由", "立案日期", "结案日期", "结案方式");

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    HeldDeliveries heldDeliveries;
    @Autowired
    ReviewFindings findings;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;
    int inboxes;

    /** A trial case of 宛城: filed on a day, closed on another (null: pending), with or without 案由. */
    record Case(int serial, LocalDate filed, LocalDate closed, String cause) {
        Case(int serial, LocalDate filed, LocalDate closed) {
            this(serial, filed, closed, "民间借贷纠纷");
        }

        List<String> row(YearMonth asOf) {
            boolean closedByThen = closed != null && !closed.isAfter(asOf.atEndOfMonth());
            return List.of("（2024）豫1302民初" + serial + "号", cause, filed.toString(),
                    closedByThen ? closed.toString() : "", closedByThen ? "判决" : "");
        }
    }

    @BeforeEach
    void emptyWarehouse() {
        Warehouses.reset(jdbc);
    }

    @AfterEach
    void defaultThresholds() {
        jdbc.update("update core.review_check set hold_above = null where check_code = 'outlier'");
    }

    /** Imports 宛城's year-to-date snapshot of the month: the cases filed by its end, closed as of then. */
    ImportReport importMonth(YearMonth month, List<Case> cases) throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox" + inboxes++));
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        cases.stream().filter(c -> !c.filed().isAfter(month.atEndOfMonth())).forEach(c -> rows.add(c.row(month)));
        inbox.csv(month.toString(), "宛城区法院_审判案件_" + month + ".csv", rows);
        inbox.pendingOnlyDeliveriesOfTheOtherCourts(month.toString(), "trial", Set.of(WANCHENG));
        return monthlyImport.run(month, inbox.root());
    }

    /** Ten cases filed each month from March, each closed on the 15th of the month after. */
    static List<Case> steadyCourt(YearMonth through) {
        List<Case> cases = new ArrayList<>();
        int serial = 1;
        for (YearMonth month = YearMonth.of(2024, 3); !month.isAfter(through); month = month.plusMonths(1)) {
            for (int i = 0; i < 10; i++) {
                cases.add(new Case(serial++, month.atDay(1 + i), month.plusMonths(1).atDay(15)));
            }
        }
        return cases;
    }

    Delivery wancheng(ImportReport report) {
        return report.deliveries().stream().map(ImportReport.Line::delivery)
                .filter(d -> WANCHENG.equals(d.courtCode())).findFirst().orElseThrow();
    }

    List<Map<String, Object>> publishedValues(YearMonth month) {
        return jdbc.queryForList("select indicator_code, time_window, court_code, numerator, denominator, value, rank"
                + " from mart.indicator_result where period = ? order by 1, 2, 3", java.sql.Date.valueOf(month.atDay(1)));
    }

    /**
     * July: 民初1 pending, 民初2 closed, 民初3 pending. August leaves 民初1 out and brings 民初5, filed in
     * June but never sent before: 2 of August's 3 cases break continuity (66.67% > 1%): held.
     */
    @Test
    void aBreakWithThePreviousMonthHoldsTheDeliveryAndListsItsCases() throws Exception {
        LocalDate june = LocalDate.of(2024, 6, 10);
        List<Case> july = List.of(new Case(1, june, null), new Case(2, june, LocalDate.of(2024, 7, 20)),
                new Case(3, LocalDate.of(2024, 7, 2), null));
        assertThat(wancheng(importMonth(YearMonth.of(2024, 7), july)).status()).isEqualTo(Delivery.PUBLISHED);

        List<Case> august = List.of(july.get(1), july.get(2), new Case(5, june, null));
        ImportReport report = importMonth(YearMonth.of(2024, 8), august);

        assertThat(report.anyHeld()).isTrue();
        Delivery held = wancheng(report);
        assertThat(held.status()).isEqualTo(Delivery.HELD);
        List<ReviewFindings.Finding> found = findings.holding(held.id());
        assertThat(found).singleElement().satisfies(finding -> {
            assertThat(finding.checkName()).isEqualTo("与上月衔接");
            assertThat(finding.caseCount()).isEqualTo(2);
            assertThat(finding.cases()).extracting(ReviewFindings.InvolvedCase::caseNo)
                    .containsExactly("（2024）豫1302民初1号", "（2024）豫1302民初5号");
            assertThat(finding.cases().get(0).note()).isEqualTo("上月末未结，本文件中没有");
            assertThat(finding.cases().get(1).note()).isEqualTo("2024-06-10立案，上月报表中没有");
            assertThat(finding.found()).contains("合计占本文件3件的66.67%");
        });
        // Nothing of 宛城 is published for August: its values wait; the other courts' are out.
        assertThat(jdbc.queryForObject("select count(*) from core.published_slice where court_code = ? and period = '2024-08-01'",
                Integer.class, WANCHENG)).isZero();
        assertThat(jdbc.queryForObject("select value from mart.indicator_result where period = '2024-08-01'"
                + " and court_code = ? and indicator_code = 'clearance_rate' and time_window = 'month'",
                java.math.BigDecimal.class, WANCHENG)).isNull();

        heldDeliveries.release(YearMonth.of(2024, 8), WANCHENG, null);

        assertThat(jdbc.queryForMap("select status, review_decision from staging.delivery where delivery_id = ?", held.id()))
                .containsEntry("status", "published").containsEntry("review_decision", "released");
        // August: received 0 (民初5 was filed in June), closed 民初2? no: closed in July; so 结收比 has no
        // denominator in the month, and the year to date counts 3 received, 1 closed.
        assertThat(jdbc.queryForObject("select numerator || '/' || denominator from mart.indicator_result"
                + " where period = '2024-08-01' and court_code = ? and indicator_code = 'clearance_rate'"
                + " and time_window = 'ytd'", String.class, WANCHENG)).isEqualTo("1/3");
    }

    /**
     * 宛城's August (10 cases) is published; a resend with 4 of them lost 60% (> 50%): held, and every
     * published figure stays as it was until the statistician decides. Rejected, it goes; the first
     * delivery stays in force.
     */
    @Test
    void aResendWithLessThanHalfTheCasesIsHeldAndEveryPublishedFigureStays() throws Exception {
        YearMonth august = YearMonth.of(2024, 8);
        List<Case> cases = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            cases.add(new Case(i, august.atDay(i), i <= 5 ? august.atDay(20) : null));
        }
        Delivery first = wancheng(importMonth(august, cases));
        List<Map<String, Object>> before = publishedValues(august);

        ImportReport resend = importMonth(august, cases.subList(0, 4));

        Delivery held = wancheng(resend);
        assertThat(held.status()).isEqualTo(Delivery.HELD);
        assertThat(findings.holding(held.id())).singleElement().satisfies(finding -> {
            assertThat(finding.checkName()).isEqualTo("重报案件减少");
            assertThat(finding.found()).isEqualTo("4件，少6件（60.00%）");
            assertThat(finding.cases()).hasSize(6);
        });
        assertThat(publishedValues(august)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select delivery_id from core.published_slice where court_code = ? and period = '2024-08-01'",
                Long.class, WANCHENG)).isEqualTo(first.id());

        // The same bytes again change nothing: still held.
        assertThat(wancheng(importMonth(august, cases.subList(0, 4))).status()).isEqualTo(Delivery.HELD);

        heldDeliveries.reject(august, WANCHENG, "trial");

        assertThat(jdbc.queryForObject("select status from staging.delivery where delivery_id = ?", String.class, held.id()))
                .isEqualTo("rejected");
        assertThat(jdbc.queryForObject("select count(*) from core.case_row where delivery_id = ?", Integer.class, held.id()))
                .isZero();
        assertThat(publishedValues(august)).isEqualTo(before);
        assertThatThrownBy(() -> heldDeliveries.release(august, WANCHENG, null)).isInstanceOf(UserError.class)
                .hasMessageContaining("2024-08 豫1302 没有待审核的报送文件");
    }

    /** A resend with 60% more cases warns (above 50%) and is published. */
    @Test
    void aResendWithManyMoreCasesWarnsAndIsPublished() throws Exception {
        YearMonth august = YearMonth.of(2024, 8);
        List<Case> cases = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            cases.add(new Case(i, august.atDay(i), null));
        }
        importMonth(august, cases.subList(0, 10));

        Delivery resend = wancheng(importMonth(august, cases));

        assertThat(resend.status()).isEqualTo(Delivery.PUBLISHED);
        assertThat(findings.ofMonth(august, WANCHENG)).singleElement().satisfies(finding -> {
            assertThat(finding.checkName()).isEqualTo("重报案件增加");
            assertThat(finding.holds()).isFalse();
            assertThat(finding.found()).isEqualTo("16件，多6件（60.00%）");
        });
    }

    /**
     * March to July: 10 received and (from April) 10 closed a month. August receives 40: 30 away from a
     * median of 10 whose MAD is 0, so the scale is one case and the deviation 30 (> 3.5): a warning.
     * Pending at the month's end: the 40 (July's 10 close on 15 August), against 10: a warning too;
     * closed (July's 10) is as usual.
     */
    @Test
    void aMonthFarFromTheCourtsHistoryWarns() throws Exception {
        List<Case> cases = steadyCourt(YearMonth.of(2024, 7));
        for (YearMonth month = YearMonth.of(2024, 3); month.isBefore(YearMonth.of(2024, 8)); month = month.plusMonths(1)) {
            importMonth(month, cases);
        }
        assertThat(jdbc.queryForObject("select count(*) from staging.review_finding", Integer.class)).isZero();
        int serial = cases.size() + 1;
        for (int i = 0; i < 40; i++) {
            cases.add(new Case(serial++, LocalDate.of(2024, 8, 1 + i % 28), null));
        }

        Delivery august = wancheng(importMonth(YearMonth.of(2024, 8), cases));

        assertThat(august.status()).isEqualTo(Delivery.PUBLISHED);
        assertThat(findings.ofMonth(YearMonth.of(2024, 8), WANCHENG))
                .filteredOn(finding -> finding.checkName().equals("收结存数量异常"))
                .extracting(ReviewFindings.Finding::subject, ReviewFindings.Finding::found)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("received", "2024-08收案40件（偏离30.00个稳健标准差）"),
                        org.assertj.core.groups.Tuple.tuple("pending", "2024-08月末未结40件（偏离30.00个稳健标准差）"));
    }

    /** July has 案由 on every case, August on none: 100 points fewer, a warning naming the column. */
    @Test
    void anOptionalFieldLeftEmptyWarns() throws Exception {
        LocalDate july = LocalDate.of(2024, 7, 1);
        List<Case> cases = List.of(new Case(1, july, null), new Case(2, july, null));
        importMonth(YearMonth.of(2024, 7), cases);

        List<Case> withoutCause = cases.stream().map(c -> new Case(c.serial(), c.filed(), c.closed(), "")).toList();
        Delivery august = wancheng(importMonth(YearMonth.of(2024, 8), withoutCause));

        assertThat(august.status()).isEqualTo(Delivery.PUBLISHED);
        assertThat(findings.ofMonth(YearMonth.of(2024, 8), WANCHENG)).singleElement().satisfies(finding -> {
            assertThat(finding.checkName()).isEqualTo("选填字段填报率下降");
            assertThat(finding.subject()).isEqualTo("cause");
            assertThat(finding.message()).startsWith("“案由”的填报率比上月下降了100.0个百分点");
        });
    }

    /**
     * March to July 宛城 closes as many as it receives (结收比 100 from April); August closes none: 0,
     * far from the history. By default a warning; with the outlier check set to hold, the delivery is
     * held after the month's values were computed, and the values are those without it.
     */
    @Test
    void anIndicatorFarFromTheCourtsHistoryWarnsOrHoldsAsConfigured() throws Exception {
        List<Case> cases = steadyCourt(YearMonth.of(2024, 8)).stream()
                .map(c -> c.filed().getMonthValue() == 7 ? new Case(c.serial(), c.filed(), null) : c).toList();
        for (YearMonth month = YearMonth.of(2024, 3); month.isBefore(YearMonth.of(2024, 8)); month = month.plusMonths(1)) {
            importMonth(month, cases);
        }
        jdbc.update("update core.review_check set hold_above = 3.5 where check_code = 'outlier'");

        Delivery august = wancheng(importMonth(YearMonth.of(2024, 8), cases));

        assertThat(august.status()).isEqualTo(Delivery.HELD);
        assertThat(findings.holding(august.id())).extracting(ReviewFindings.Finding::subject).contains("clearance_rate");
        assertThat(jdbc.queryForObject("select count(*) from mart.indicator_result where period = '2024-08-01'"
                + " and court_code = ? and value is not null", Integer.class, WANCHENG)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from core.case_row where delivery_id = ?", Integer.class, august.id()))
                .isPositive();

        heldDeliveries.release(YearMonth.of(2024, 8), WANCHENG, "trial");

        assertThat(jdbc.queryForObject("select value from mart.indicator_result where period = '2024-08-01'"
                + " and court_code = ? and indicator_code = 'clearance_rate' and time_window = 'month'",
                java.math.BigDecimal.class, WANCHENG)).isEqualByComparingTo("0");
    }
}
