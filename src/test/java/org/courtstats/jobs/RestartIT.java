package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.courtstats.warehouse.Delivery;
import org.courtstats.warehouse.DeliveryRowWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A run that fails part way, then the same command again, gives exactly what an uninterrupted run
 * gives: Spring Batch restarts the run, each delivery resumes after its last committed chunk, and the
 * failed chunk's COPY rolled back with its transaction.
 */
@WarehouseTest
class RestartIT {

    static final YearMonth AUGUST = YearMonth.of(2024, 8);

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoSpyBean
    DeliveryRowWriter rowWriter;
    @TempDir
    Path temp;

    @BeforeEach
    void emptyWarehouse() {
        Warehouses.reset(jdbc);
    }

    @Test
    void aRunThatFailedMidDeliveryResumesAndEndsAsAnUninterruptedRun() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        writeLargeDelivery(inbox);

        ImportReport clean = monthlyImport.run(AUGUST, inbox.root());
        assertThat(clean.failed()).isFalse();
        assertThat(jdbc.queryForObject("select duplicates_possible from staging.delivery", Boolean.class))
                .as("an uninterrupted load saw every case number once").isFalse();
        List<Map<String, Object>> cleanCases = cases();
        List<Map<String, Object>> cleanIndicators = indicators();
        Map<String, Object> cleanCounts = counts();
        Warehouses.reset(jdbc);

        // The third chunk fails after two were committed.
        doCallRealMethod().doCallRealMethod().doThrow(new IllegalStateException("disk full (simulated)"))
                .doCallRealMethod().when(rowWriter).begin(anyLong());
        ImportReport failed = monthlyImport.run(AUGUST, inbox.root());
        assertThat(failed.failed()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from core.case_record", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select (select count(*) from core.case_row)"
                + " + (select count(distinct row_number) from staging.row_issue)"
                + " + (select rows_skipped from staging.delivery)", Integer.class))
                .as("the rows of two committed chunks").isEqualTo(2 * WarehouseTest.CHUNK_ROWS);

        ImportReport resumed = monthlyImport.run(AUGUST, inbox.root());

        assertThat(resumed.failed()).as(resumed.failure()).isFalse();
        assertThat(resumed.jobExecutionId()).isNotEqualTo(failed.jobExecutionId());
        assertThat(resumed.deliveries()).extracting(line -> line.delivery().status()).containsOnly(Delivery.PUBLISHED);
        assertThat(cases()).isEqualTo(cleanCases);
        assertThat(indicators()).isEqualTo(cleanIndicators);
        assertThat(counts()).isEqualTo(cleanCounts);
        assertThat(jdbc.queryForObject("select count(*) from staging.row_issue", Integer.class))
                .as("each bad row reported once").isEqualTo(7);
    }

    @Test
    void aPartitionWhoseContextWasNeverSavedIsLoadedWholeOnRestart() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        writeLargeDelivery(inbox);
        monthlyImport.run(AUGUST, inbox.root());
        List<Map<String, Object>> cleanCases = cases();
        List<Map<String, Object>> cleanIndicators = indicators();
        Warehouses.reset(jdbc);

        // The first chunk fails: nothing of the delivery is committed. Then, as when PostgreSQL dies
        // just after the partition's step execution was created, its execution context is not saved.
        doThrow(new IllegalStateException("server gone (simulated)")).doCallRealMethod()
                .when(rowWriter).begin(anyLong());
        assertThat(monthlyImport.run(AUGUST, inbox.root()).failed()).isTrue();
        assertThat(jdbc.update("delete from batch.batch_step_execution_context where step_execution_id in"
                + " (select step_execution_id from batch.batch_step_execution where step_name like 'loadDelivery:delivery-%')"))
                .isPositive();

        ImportReport resumed = monthlyImport.run(AUGUST, inbox.root());

        assertThat(resumed.failed()).as(resumed.failure()).isFalse();
        assertThat(resumed.deliveries()).extracting(line -> line.delivery().status()).containsOnly(Delivery.PUBLISHED);
        assertThat(cases()).isEqualTo(cleanCases);
        assertThat(indicators()).isEqualTo(cleanIndicators);
    }

    @Test
    void aRunLeftInAStateSpringBatchWillNotRestartIsRunAgainAfresh() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        writeLargeDelivery(inbox);
        doCallRealMethod().doThrow(new IllegalStateException("warehouse shut down under the job (simulated)"))
                .doCallRealMethod().when(rowWriter).begin(anyLong());
        ImportReport failed = monthlyImport.run(AUGUST, inbox.root());
        // A shutdown mid-step leaves the execution UNKNOWN, which Spring Batch refuses to restart.
        jdbc.update("update batch.batch_job_execution set status = 'UNKNOWN' where job_execution_id = ?",
                failed.jobExecutionId());

        ImportReport again = monthlyImport.run(AUGUST, inbox.root());

        assertThat(again.failed()).as(again.failure()).isFalse();
        assertThat(again.deliveries()).extracting(line -> line.delivery().status()).containsExactly(Delivery.PUBLISHED);
        assertThat(jdbc.queryForObject("select count(*) from core.case_record", Integer.class)).isEqualTo(6_993);
        assertThat(jdbc.queryForList("select status from staging.delivery order by delivery_id", String.class))
                .containsExactly(Delivery.ABANDONED, Delivery.PUBLISHED);
        assertThat(jdbc.queryForObject("select count(*) from batch.batch_job_execution_params"
                + " where parameter_name = 'replacesExecution' and parameter_value = ?", Integer.class,
                String.valueOf(failed.jobExecutionId()))).isEqualTo(1);
    }

    @Test
    void aFailedRunWhoseFilesChangedIsAbandonedForTheNewRun() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        writeLargeDelivery(inbox);
        doCallRealMethod().doThrow(new IllegalStateException("disk full (simulated)"))
                .doCallRealMethod().when(rowWriter).begin(anyLong());
        ImportReport failed = monthlyImport.run(AUGUST, inbox.root());
        assertThat(failed.failed()).isTrue();
        assertThat(failed.failure()).contains("宛城区法院_审判案件_2024年8月.csv").contains("disk full (simulated)");

        // The court sends a corrected file before the failed run was rerun.
        java.nio.file.Files.delete(inbox.root().resolve("2024-08/宛城区法院_审判案件_2024年8月.csv"));
        inbox.csv("2024-08", "宛城区法院_审判案件_2024年8月（更正）.csv", List.of(List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1302民初1号", "2024-08-01", "", "")));
        ImportReport corrected = monthlyImport.run(AUGUST, inbox.root());

        assertThat(corrected.deliveries()).extracting(line -> line.delivery().status()).containsExactly(Delivery.PUBLISHED);
        assertThat(jdbc.queryForList("select status from staging.delivery order by delivery_id", String.class))
                .containsExactly(Delivery.ABANDONED, Delivery.PUBLISHED);
        assertThat(jdbc.queryForObject(Warehouses.UNPUBLISHED_ROWS, Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select status from batch.batch_job_execution where job_execution_id = ?",
                String.class, failed.jobExecutionId())).isEqualTo("ABANDONED");
    }

    /**
     * The loader spots a case number sent twice by remembering the ones it saw; a load resumed after a
     * failure has forgotten those of the committed chunks, so publishing checks the rows themselves.
     */
    @Test
    void aCaseNumberSentTwiceAcrossTheFailedChunkIsStillRejected() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        writeDeliveryWithARepeatedCaseNumber(inbox);
        doCallRealMethod().doThrow(new IllegalStateException("disk full (simulated)"))
                .doCallRealMethod().when(rowWriter).begin(anyLong());
        assertThat(monthlyImport.run(AUGUST, inbox.root()).failed()).isTrue();

        ImportReport resumed = monthlyImport.run(AUGUST, inbox.root());

        assertThat(resumed.failed()).as(resumed.failure()).isFalse();
        assertThat(jdbc.queryForList("select row_number from staging.row_issue where reason_code = 'DUPLICATE_CASE_NO'"
                + " order by row_number", Integer.class)).containsExactly(8, 4_501);
        assertThat(counts()).containsEntry("rows_loaded", 4_998).containsEntry("rows_rejected", 2)
                .containsEntry("rows_read", 5_000);
    }

    @Test
    void aCaseNumberSentTwiceInAnUninterruptedLoadIsRejected() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        writeDeliveryWithARepeatedCaseNumber(inbox);

        ImportReport report = monthlyImport.run(AUGUST, inbox.root());

        assertThat(report.failed()).as(report.failure()).isFalse();
        assertThat(jdbc.queryForList("select row_number from staging.row_issue where reason_code = 'DUPLICATE_CASE_NO'"
                + " order by row_number", Integer.class)).containsExactly(8, 4_501);
        assertThat(counts()).containsEntry("rows_loaded", 4_998).containsEntry("rows_rejected", 2);
    }

    /** 5 000 rows in three chunks; rows 8 and 4 501 (Excel row numbers) have the same case number. */
    static void writeDeliveryWithARepeatedCaseNumber(Inbox inbox) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("案号", "立案日期", "结案日期", "结案方式"));
        for (int i = 1; i <= 5_000; i++) {
            int number = i == 4_500 ? 7 : i;
            rows.add(List.of("（2024）豫1302民初" + number + "号", "2024-03-01", "2024-04-01", "判决"));
        }
        inbox.csv("2024-08", "宛城区法院_审判案件_2024年8月.csv", rows);
    }

    /**
     * 7 000 rows: four chunks, with totals rows and a case closed last year (skipped) and a bad date
     * every 1 000 rows (rejected) among them.
     */
    static void writeLargeDelivery(Inbox inbox) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("案号", "立案日期", "结案日期", "结案方式"));
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 1; i <= 7_000; i++) {
            LocalDate filed = start.plusDays(i % 230);
            boolean closed = i % 3 != 0;
            rows.add(List.of("（2024）豫1302民初" + i + "号", i % 1_000 == 0 ? "2024-02-30" : filed.toString(),
                    closed ? filed.plusDays(i % 7).toString() : "", closed ? (i % 2 == 0 ? "判决" : "调解") : ""));
            if (i % 2_500 == 0) {
                rows.add(List.of("小计", "", "", ""));
            }
        }
        rows.add(List.of("（2023）豫1302民初5号", "2023-03-01", "2023-06-01", "判决"));
        inbox.csv("2024-08", "宛城区法院_审判案件_2024年8月.csv", rows);
    }

    List<Map<String, Object>> cases() {
        return jdbc.queryForList("select court_code, case_no, filed_on, closed_on, disposition, sheet_name, row_number"
                + " from core.case_record order by case_no");
    }

    List<Map<String, Object>> indicators() {
        return jdbc.queryForList("select time_window, court_code, indicator_code, numerator, denominator, value, rank"
                + " from mart.indicator_result order by 1, 2, 3");
    }

    Map<String, Object> counts() {
        return jdbc.queryForMap("select status, rows_read, rows_loaded, rows_rejected, rows_skipped from staging.delivery");
    }
}
