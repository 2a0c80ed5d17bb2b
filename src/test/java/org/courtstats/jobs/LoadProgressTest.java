package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.courtstats.jobs.LoadProgress.Expected;
import org.courtstats.support.MutableClock;
import org.junit.jupiter.api.Test;

/** The numbers and lines of load progress, on a clock moved by hand. */
class LoadProgressTest {

    static final YearMonth AUGUST = YearMonth.of(2024, 8);

    final MutableClock clock = new MutableClock(Instant.parse("2024-09-03T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void showsRowsShareRateAndTimeLeft() {
        LoadProgress progress = new LoadProgress(AUGUST, List.of(new Expected(1, 200_000, 0), new Expected(2, 155_000, 0)), clock);
        progress.read(1, 100_000);
        progress.read(2, 35_000);
        clock.advance(Duration.ofSeconds(6));

        LoadProgress.Snapshot snapshot = progress.snapshot();

        // 135 000 of 355 000 rows in 6 s: 22 500 rows/s, 220 000 rows left → 9.8 s, shown as 10.
        assertThat(snapshot.forTerminal()).isEqualTo("导入 2024-08：已读 135,000 行（约 38%），每秒 22,500 行，预计还需 10 秒");
        assertThat(snapshot.forLog()).isEqualTo("2024-08: 135000 rows read (~38%), 22500 rows/s, ETA 10 s");
    }

    @Test
    void longLoadsCountTheTimeLeftInMinutesAndHours() {
        LoadProgress minutes = new LoadProgress(AUGUST, List.of(new Expected(1, 10_000_000, 0)), clock);
        LoadProgress hours = new LoadProgress(AUGUST, List.of(new Expected(1, 100_000_000, 0)), clock);
        minutes.read(1, 100_000);
        hours.read(1, 100_000);
        clock.advance(Duration.ofSeconds(10));

        assertThat(minutes.snapshot().forTerminal()).endsWith("（约 1%），每秒 10,000 行，预计还需 16 分 30 秒");
        assertThat(minutes.snapshot().forLog()).endsWith("ETA 16 min 30 s");
        assertThat(hours.snapshot().forTerminal()).endsWith("（约 0%），每秒 10,000 行，预计还需 2 小时 46 分");
        assertThat(hours.snapshot().forLog()).endsWith("ETA 2 h 46 min");
    }

    /**
     * Issue 17.5: a load slow in its first seconds (inspecting, warming up) and fast after: the time
     * left follows the recent rate, not the average since the start, and is "估算中" at first.
     */
    @Test
    void theTimeLeftFollowsTheRecentRateAndIsEstimatedAtFirst() {
        LoadProgress progress = new LoadProgress(AUGUST, List.of(new Expected(1, 1_000_000, 0)), clock);
        List<String> lines = new ArrayList<>();
        for (int second = 1; second <= 25; second++) {
            progress.read(1, second <= 10 ? 1_000 : 20_000);
            clock.advance(Duration.ofSeconds(1));
            lines.add(progress.snapshot().forTerminal());
        }

        assertThat(lines.subList(0, 4)).allSatisfy(line -> assertThat(line).endsWith("，剩余时间估算中"));
        // After 25 s: 310 000 rows read, 690 000 left. The average since the start (12 400 rows/s)
        // would say 56 s; the last 10 s ran at 20 000 rows/s: 35 s.
        assertThat(lines.get(24)).isEqualTo("导入 2024-08：已读 310,000 行（约 31%），每秒 20,000 行，预计还需 35 秒");
        assertThat(progress.snapshot().rowsPerSecond()).as("the average, for the summary").isEqualTo(12_400);
    }

    @Test
    void hasNoRateBeforeTheFirstSecondNorShareWithoutAnEstimate() {
        LoadProgress progress = new LoadProgress(AUGUST, List.of(new Expected(1, 0, 0)), clock);
        progress.read(1, 2_000);
        clock.advance(Duration.ofMillis(900));

        assertThat(progress.snapshot().forTerminal()).isEqualTo("导入 2024-08：已读 2,000 行");
        assertThat(progress.snapshot().forLog()).isEqualTo("2024-08: 2000 rows read");
    }

    @Test
    void anEstimateTooLowNeverShowsAHundredPercentBeforeTheEnd() {
        LoadProgress progress = new LoadProgress(AUGUST, List.of(new Expected(1, 1_000, 0)), clock);
        progress.read(1, 1_200);
        clock.advance(Duration.ofSeconds(6));

        assertThat(progress.snapshot().forTerminal()).isEqualTo("导入 2024-08：已读 1,200 行（约 99%），每秒 200 行，即将完成");
        assertThat(progress.snapshot().forLog()).isEqualTo("2024-08: 1200 rows read (~99%), 200 rows/s, almost done");
    }

    @Test
    void aLoadedDeliveryReplacesItsEstimateWithWhatItRead() {
        LoadProgress progress = new LoadProgress(AUGUST, List.of(new Expected(1, 1_000, 0), new Expected(2, 1_000, 0)), clock);
        progress.read(1, 800);
        progress.loaded(1);
        progress.loaded(2); // refused when inspected: read nothing

        assertThat(progress.snapshot().rowsExpected()).isEqualTo(800);
    }

    @Test
    void aRestartCountsWhatTheInterruptedAttemptReadButNotInTheRate() {
        LoadProgress progress = new LoadProgress(AUGUST, List.of(new Expected(1, 1_000, 400), new Expected(2, 1_000, 0)), clock);
        progress.read(1, 600);
        clock.advance(Duration.ofSeconds(6));

        LoadProgress.Snapshot snapshot = progress.snapshot();

        assertThat(snapshot.rowsRead()).isEqualTo(1_000);
        assertThat(snapshot.rowsPerSecond()).isEqualTo(100);
        assertThat(snapshot.forLog()).isEqualTo("2024-08: 1000 rows read (~50%), 100 rows/s, ETA 10 s");
    }

    @Test
    void countsEveryChunkOfDeliveriesLoadingAtOnce() throws Exception {
        int deliveries = 4;
        int threadsPerDelivery = 2;
        int chunks = 500;
        List<Expected> expected = new ArrayList<>();
        for (long id = 1; id <= deliveries; id++) {
            expected.add(new Expected(id, 1, 0));
        }
        LoadProgress progress = new LoadProgress(AUGUST, expected, clock);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> loaders = new ArrayList<>();
        for (long id = 1; id <= deliveries; id++) {
            long delivery = id;
            for (int t = 0; t < threadsPerDelivery; t++) {
                loaders.add(() -> {
                    start.await();
                    for (int c = 0; c < chunks; c++) {
                        progress.read(delivery, 2_000);
                        progress.snapshot();
                    }
                    return null;
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(loaders.size());
        try {
            List<Future<Void>> running = loaders.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Void> loader : running) {
                loader.get();
            }
        } finally {
            pool.shutdown();
        }
        for (long id = 1; id <= deliveries; id++) {
            progress.loaded(id);
        }

        long total = (long) deliveries * threadsPerDelivery * chunks * 2_000;
        assertThat(progress.snapshot().rowsRead()).isEqualTo(total);
        assertThat(progress.snapshot().rowsExpected()).isEqualTo(total);
    }

    @Test
    void theEndSaysHowLongItTook() {
        LoadProgress progress = new LoadProgress(AUGUST, List.of(new Expected(1, 251_005, 0)), clock);
        progress.read(1, 250_923);
        progress.loaded(1);
        clock.advance(Duration.ofSeconds(28));

        assertThat(progress.snapshot().summary()).isEqualTo("2024-08: 250923 rows read in 28 s (8961 rows/s)");
    }

    @Test
    void onATerminalTheLineIsRewrittenInPlaceAndErasedAtTheEnd() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressOutput output = new ProgressOutput(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        LoadProgress progress = new LoadProgress(AUGUST, List.of(new Expected(1, 4_000, 0)), clock);
        progress.read(1, 2_000);
        clock.advance(Duration.ofSeconds(1));

        output.show(progress.snapshot());
        output.finished(progress.snapshot());

        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\r\u001B[K导入 2024-08：已读 2,000 行（约 50%），剩余时间估算中\r\u001B[K");
        assertThat(output.interval()).isEqualTo(Duration.ofMillis(250));
        assertThat(new ProgressOutput(null).interval()).isEqualTo(Duration.ofSeconds(10));
    }
}
