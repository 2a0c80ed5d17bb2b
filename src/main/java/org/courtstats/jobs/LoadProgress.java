package org.courtstats.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * How far the load of one run has got: rows read against the rows expected, the rate, the time left.
 * Deliveries load in parallel and count from their own threads, so every count is atomic.
 *
 * <p>The rows expected of a delivery are an estimate until its load ends; then the rows it really
 * read replace the estimate, so the total becomes exact as the run goes on. Rows that an interrupted
 * attempt of the run already read count as read, but not in the rate: they took no time now.
 *
 * <p>The time left is estimated from the recent rate (over the last {@link #RECENT} of snapshots),
 * not the average since the start: the first seconds (inspecting files, warming up) are much slower
 * than the rest, and the average made a 54-second load announce 26 minutes. Until the rate has been
 * measured over {@link #SETTLED} the time left is "估算中".
 */
final class LoadProgress {

    /**
     * @param rows        the rows the delivery is expected to yield (an estimate, or the exact count
     *                    when an earlier attempt loaded it completely)
     * @param alreadyRead the rows an earlier attempt of the run read (and committed)
     */
    record Expected(long deliveryId, long rows, long alreadyRead) {
    }

    private final YearMonth period;
    private final Clock clock;
    private final Instant started;
    private final long alreadyRead;
    private final LongAdder readNow = new LongAdder();
    private final Map<Long, Expected> byDelivery = new ConcurrentHashMap<>();
    private final Map<Long, LongAdder> readNowByDelivery = new ConcurrentHashMap<>();
    private final AtomicLong expected = new AtomicLong();
    /** Rows read now at the moments of the recent snapshots, oldest first; guarded by itself. */
    private final Deque<Sample> recent = new ArrayDeque<>();

    /** How far back the recent rate looks. */
    static final Duration RECENT = Duration.ofSeconds(10);
    /** How long the rate must have been measured before the time left is worth showing. */
    static final Duration SETTLED = Duration.ofSeconds(5);

    private record Sample(Instant at, long rowsReadNow) {
    }

    LoadProgress(YearMonth period, Collection<Expected> deliveries, Clock clock) {
        this.period = period;
        this.clock = clock;
        this.started = clock.instant();
        long before = 0;
        for (Expected delivery : deliveries) {
            byDelivery.put(delivery.deliveryId(), delivery);
            expected.addAndGet(delivery.rows());
            before += delivery.alreadyRead();
        }
        this.alreadyRead = before;
        recent.add(new Sample(started, 0));
    }

    /** A chunk of {@code rows} rows of the delivery was read. */
    void read(long deliveryId, long rows) {
        readNow.add(rows);
        readNowByDelivery.computeIfAbsent(deliveryId, id -> new LongAdder()).add(rows);
    }

    /** The delivery's load ended: what it read replaces the estimate. */
    void loaded(long deliveryId) {
        Expected delivery = byDelivery.get(deliveryId);
        if (delivery == null) {
            return;
        }
        LongAdder now = readNowByDelivery.get(deliveryId);
        long actual = delivery.alreadyRead() + (now == null ? 0 : now.sum());
        expected.addAndGet(actual - delivery.rows());
        byDelivery.put(deliveryId, new Expected(deliveryId, actual, delivery.alreadyRead()));
    }

    Snapshot snapshot() {
        long now = readNow.sum();
        Instant at = clock.instant();
        return new Snapshot(period, alreadyRead + now, expected.get(), now, Duration.between(started, at),
                recentRate(at, now));
    }

    /**
     * Rows per second since the oldest sample of the recent window (the newest one taken before the
     * window began, so that a snapshot every 10 seconds still has one); -1 while the span measured is
     * shorter than {@link #SETTLED}.
     */
    private long recentRate(Instant at, long rowsReadNow) {
        synchronized (recent) {
            recent.addLast(new Sample(at, rowsReadNow));
            Instant windowStart = at.minus(RECENT);
            while (recent.size() > 2 && secondOldest().at().isBefore(windowStart)) {
                recent.removeFirst();
            }
            Sample base = recent.peekFirst();
            long millis = Duration.between(base.at(), at).toMillis();
            return millis < SETTLED.toMillis() ? -1 : (rowsReadNow - base.rowsReadNow()) * 1000 / millis;
        }
    }

    private Sample secondOldest() {
        Iterator<Sample> samples = recent.iterator();
        samples.next();
        return samples.next();
    }

    /**
     * The progress at one moment, and how it reads: in Chinese on the statistician's terminal, in
     * English in the operators' log.
     *
     * @param rowsRead     rows read by the run, earlier attempts included
     * @param rowsExpected rows the run is expected to read (estimated until every delivery is loaded)
     * @param rowsReadNow  rows read since this attempt started: what the rate is measured on
     * @param recentRowsPerSecond the rate of the last seconds, -1 while it is still being measured
     */
    record Snapshot(YearMonth period, long rowsRead, long rowsExpected, long rowsReadNow, Duration elapsed,
                    long recentRowsPerSecond) {

        /** Share of the expected rows read, never 100 before the end since the total is an estimate. */
        OptionalInt percent() {
            if (rowsExpected <= 0) {
                return OptionalInt.empty();
            }
            return OptionalInt.of((int) Math.min(99, rowsRead * 100 / rowsExpected));
        }

        /** Rows per second on average over this attempt, or 0 before a whole second has passed. */
        long rowsPerSecond() {
            long millis = elapsed.toMillis();
            return millis < 1000 ? 0 : rowsReadNow * 1000 / millis;
        }

        /** Whether the time left is still being estimated: a total is known, the recent rate not yet. */
        boolean estimating() {
            return rowsExpected > 0 && recentRowsPerSecond < 0;
        }

        /** Time left at the recent rate; null when there is no such rate or no total yet. */
        Duration timeLeft() {
            long rate = recentRowsPerSecond;
            if (rate <= 0 || rowsExpected <= 0) {
                return null;
            }
            long remaining = Math.max(0, rowsExpected - rowsRead);
            return Duration.ofSeconds((remaining + rate - 1) / rate);
        }

        /** 导入 2024-08：已读 123,456 行（约 38%），每秒 45,000 行，预计还需 12 秒 (or …，剩余时间估算中) */
        String forTerminal() {
            StringBuilder line = new StringBuilder("导入 ").append(period).append("：已读 ")
                    .append(grouped(rowsRead)).append(" 行");
            percent().ifPresent(p -> line.append("（约 ").append(p).append("%）"));
            if (recentRowsPerSecond > 0) {
                line.append("，每秒 ").append(grouped(recentRowsPerSecond)).append(" 行");
            }
            Duration left = timeLeft();
            if (left != null) {
                line.append(left.isZero() ? "，即将完成" : "，预计还需 " + chinese(left));
            } else if (estimating()) {
                line.append("，剩余时间估算中");
            }
            return line.toString();
        }

        /** 2024-08: 123456 rows read (~38%), 45000 rows/s, ETA 12 s */
        String forLog() {
            StringBuilder line = new StringBuilder().append(period).append(": ").append(rowsRead).append(" rows read");
            percent().ifPresent(p -> line.append(" (~").append(p).append("%)"));
            if (recentRowsPerSecond > 0) {
                line.append(", ").append(recentRowsPerSecond).append(" rows/s");
            }
            Duration left = timeLeft();
            if (left != null) {
                line.append(left.isZero() ? ", almost done" : ", ETA " + english(left));
            } else if (estimating()) {
                line.append(", ETA being estimated");
            }
            return line.toString();
        }

        /** 2024-08: 250923 rows read in 28 s (8961 rows/s) */
        String summary() {
            String line = period + ": " + rowsRead + " rows read in " + english(elapsed);
            return rowsPerSecond() > 0 ? line + " (" + rowsPerSecond() + " rows/s)" : line;
        }

        private static String grouped(long number) {
            return String.format(Locale.ROOT, "%,d", number);
        }

        private static String chinese(Duration duration) {
            return inUnits(duration, "秒", "分", "小时");
        }

        private static String english(Duration duration) {
            return inUnits(duration, "s", "min", "h");
        }

        /** 12 s, 3 min 5 s, 1 h 5 min: two units at most, as precise as an estimate deserves. */
        private static String inUnits(Duration duration, String second, String minute, String hour) {
            long seconds = duration.toSeconds();
            if (seconds < 60) {
                return seconds + " " + second;
            }
            if (seconds < 3600) {
                return seconds / 60 + " " + minute + " " + seconds % 60 + " " + second;
            }
            return seconds / 3600 + " " + hour + " " + seconds % 3600 / 60 + " " + minute;
        }
    }
}
