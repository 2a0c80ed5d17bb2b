package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.courtstats.support.Inbox;
import org.courtstats.support.WarehouseTest;
import org.courtstats.support.Warehouses;
import org.courtstats.warehouse.DeliveryRowWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Load progress in a real import: deliveries loading at once all count, the expected total ends as
 * the rows really read, and a restarted run starts from what the interrupted one read.
 */
@WarehouseTest
@TestPropertySource(properties = "courtstats.import.parallel-deliveries=4")
class LoadProgressIT {

    static final YearMonth AUGUST = YearMonth.of(2024, 8);

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoSpyBean
    ProgressOutput output;
    @MockitoSpyBean
    DeliveryRowWriter stagingWriter;
    @TempDir
    Path temp;

    @BeforeEach
    void emptyWarehouse() {
        Warehouses.reset(jdbc);
    }

    @Test
    void countsTheRowsOfDeliveriesLoadingAtOnce() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        for (String court : List.of("1302", "1303", "1321", "1322")) {
            inbox.csv("2024-08", "豫" + court + "_审判案件.csv", trialRows(court, 5_000));
        }
        Set<String> loadingThreads = ConcurrentHashMap.newKeySet();
        doAnswer(invocation -> {
            loadingThreads.add(Thread.currentThread().getName());
            return invocation.callRealMethod();
        }).when(stagingWriter).begin(anyLong());

        ImportReport report = monthlyImport.run(AUGUST, inbox.root());

        assertThat(report.failed()).as(report.failure()).isFalse();
        assertThat(loadingThreads).as("deliveries loaded in parallel").hasSizeGreaterThan(1);
        LoadProgress.Snapshot end = finished();
        assertThat(end.rowsRead()).isEqualTo(4 * 5_000).isEqualTo(rowsReadOfTheDeliveries());
        assertThat(end.rowsExpected()).isEqualTo(end.rowsRead());
    }

    @Test
    void aRestartedRunStartsFromWhatTheInterruptedOneRead() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        RestartIT.writeLargeDelivery(inbox);
        // The third chunk fails after two were committed.
        doCallRealMethod().doCallRealMethod().doThrow(new IllegalStateException("disk full (simulated)"))
                .doCallRealMethod().when(stagingWriter).begin(anyLong());
        assertThat(monthlyImport.run(AUGUST, inbox.root()).failed()).isTrue();
        assertThat(finished().rowsRead()).isEqualTo(2 * WarehouseTest.CHUNK_ROWS);
        reset(output);

        ImportReport resumed = monthlyImport.run(AUGUST, inbox.root());

        assertThat(resumed.failed()).as(resumed.failure()).isFalse();
        LoadProgress.Snapshot end = finished();
        assertThat(end.rowsRead()).isEqualTo(rowsReadOfTheDeliveries());
        assertThat(end.rowsReadNow()).isEqualTo(end.rowsRead() - 2 * WarehouseTest.CHUNK_ROWS);
        assertThat(end.rowsExpected()).isEqualTo(end.rowsRead());
    }

    LoadProgress.Snapshot finished() {
        ArgumentCaptor<LoadProgress.Snapshot> snapshot = ArgumentCaptor.forClass(LoadProgress.Snapshot.class);
        verify(output).finished(snapshot.capture());
        return snapshot.getValue();
    }

    long rowsReadOfTheDeliveries() {
        return jdbc.queryForObject("select sum(rows_read) from staging.delivery", Long.class);
    }

    static List<List<String>> trialRows(String court, int count) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("案号", "立案日期", "结案日期", "结案方式"));
        for (int i = 1; i <= count; i++) {
            rows.add(List.of("（2024）豫" + court + "民初" + i + "号", "2024-08-01", "2024-08-20", "判决"));
        }
        return rows;
    }
}
