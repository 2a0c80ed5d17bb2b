package org.courtstats.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits for the schedule's next time unless asked to stop (Ctrl-C, SIGTERM). It looks at the wall
 * clock again at least once a minute: a month-long wait measured in elapsed time would come late
 * after the machine was suspended or its clock was set.
 */
public final class StopSignal implements MonthlySchedule.Waiter {

    private static final long LOOK_AGAIN_MILLIS = Duration.ofMinutes(1).toMillis();

    private final CountDownLatch stop = new CountDownLatch(1);
    private final Clock clock;

    public StopSignal(Clock clock) {
        this.clock = clock;
    }

    public void stop() {
        stop.countDown();
    }

    public boolean stopped() {
        return stop.getCount() == 0;
    }

    @Override
    public boolean awaitUntil(Instant time) throws InterruptedException {
        while (!stopped()) {
            long left = Duration.between(clock.instant(), time).toMillis();
            if (left <= 0) {
                return true;
            }
            stop.await(Math.min(left, LOOK_AGAIN_MILLIS), TimeUnit.MILLISECONDS);
        }
        return false;
    }
}
