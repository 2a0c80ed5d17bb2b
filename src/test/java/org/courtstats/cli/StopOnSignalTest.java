package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.courtstats.jobs.ImportStopper;
import org.courtstats.schedule.StopSignal;
import org.junit.jupiter.api.Test;
import sun.misc.Signal;

/**
 * SIGTERM raised in this very JVM, with the schedule's handler installed: it stops the schedule and
 * asks the import in progress to stop, again until it lands, instead of letting the JVM shut down.
 */
class StopOnSignalTest {

    final StopSignal stop = new StopSignal(Clock.systemUTC());

    @Test
    void sigtermStopsTheScheduleInsteadOfTheJvm() throws Exception {
        try (StopOnSignal signals = new StopOnSignal(stop, "the schedule")) {
            Signal.raise(new Signal("TERM"));

            assertThat(stopped()).isTrue();
        }
    }

    @Test
    void sigtermAsksTheImportInProgressToStopUntilItLands() throws Exception {
        YearMonth august = YearMonth.of(2024, 8);
        ImportStopper stopper = mock(ImportStopper.class);
        // The first time its job has not started yet.
        when(stopper.stop(august)).thenReturn(false, true);
        try (StopOnSignal signals = new StopOnSignal(stop, "the schedule")) {
            signals.importStarting(august);
            signals.importStoppableBy(stopper);

            Signal.raise(new Signal("TERM"));

            assertThat(stopped()).isTrue();
            verify(stopper, timeout(10_000).times(2)).stop(august);
        }
    }

    /** Whether the schedule's wait ends as stopped rather than due (it waits for a year otherwise). */
    boolean stopped() throws Exception {
        return !CompletableFuture.supplyAsync(() -> {
            try {
                return stop.awaitUntil(Instant.now().plusSeconds(365L * 24 * 3600));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).get(10, TimeUnit.SECONDS);
    }
}
