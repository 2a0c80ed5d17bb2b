package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * A graceful stop (the schedule told to shut down mid-import): the load stops after its current
 * chunk, nothing is published, and the next import of the same files resumes the run and completes it.
 */
@WarehouseTest
class ImportStopperIT {

    static final YearMonth AUGUST = YearMonth.of(2024, 8);

    @Autowired
    MonthlyImport monthlyImport;
    @Autowired
    ImportStopper stopper;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoSpyBean
    DeliveryRowWriter stagingWriter;
    @TempDir
    Path temp;

    @BeforeEach
    void emptyWarehouse() {
        Warehouses.reset(jdbc);
    }

    @Test
    void aStoppedImportPublishesNothingAndTheNextRunCompletesIt() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        RestartIT.writeLargeDelivery(inbox);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch stopAsked = new CountDownLatch(1);
        // The first chunk waits until the stop was asked for, so the stop lands mid-load.
        doAnswer(invocation -> {
            writing.countDown();
            stopAsked.await(60, TimeUnit.SECONDS);
            return invocation.callRealMethod();
        }).doCallRealMethod().when(stagingWriter).begin(anyLong());
        ExecutorService background = Executors.newSingleThreadExecutor();
        ImportReport stopped;
        try {
            Future<ImportReport> running = background.submit(() -> monthlyImport.run(AUGUST, inbox.root()));
            assertThat(writing.await(60, TimeUnit.SECONDS)).as("the load started").isTrue();

            assertThat(stopper.stop(AUGUST)).isTrue();
            assertThat(stopper.stop(YearMonth.of(2024, 7))).as("another month: not running").isFalse();
            stopAsked.countDown();
            stopped = running.get(120, TimeUnit.SECONDS);
        } finally {
            background.shutdown();
        }

        assertThat(stopped.failed()).isTrue();
        assertThat(stopped.failure()).startsWith("STOPPED");
        assertThat(jdbc.queryForObject("select count(*) from core.case_record", Integer.class)).isZero();
        assertThat(jdbc.queryForObject(Warehouses.UNPUBLISHED_ROWS, Integer.class))
                .as("stopped after the first chunk, not at once nor at the end")
                .isPositive().isLessThan(7_000);

        doCallRealMethod().when(stagingWriter).begin(anyLong());
        ImportReport resumed = monthlyImport.run(AUGUST, inbox.root());

        assertThat(resumed.failed()).as(resumed.failure()).isFalse();
        assertThat(resumed.deliveries()).extracting(line -> line.delivery().status()).containsOnly(Delivery.PUBLISHED);
        assertThat(jdbc.queryForObject("select rows_read from staging.delivery", Integer.class)).isEqualTo(7_003);
        assertThat(jdbc.queryForObject("select count(*) from staging.row_issue", Integer.class))
                .as("each bad row reported once").isEqualTo(7);
    }
}
