package org.courtstats.cli;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.courtstats.jobs.ImportReport;
import org.courtstats.jobs.ImportStopper;
import org.courtstats.schedule.StopSignal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and SIGTERM while the schedule or an import runs. The first stops the command (the
 * schedule's waiting, the import's remaining months) and asks the import in progress to stop after
 * its current chunk; the command then ends on its own, closing its warehouse, and the next run of
 * the same import resumes it. A second signal quits at once (the next run still resumes, from the
 * last committed chunk).
 *
 * <p>The signals are handled here, before the JVM starts to shut down, because a shutdown hook would
 * come too late: once shutdown starts, the application context's hook closes the embedded warehouse
 * (stopping its server, when no other courtstats process uses it) under the running import. {@code sun.misc.Signal} is the JDK's supported way to do this (module
 * jdk.unsupported); where a signal cannot be handled (the JVM runs with -Xrs), it keeps its default.
 */
final class StopOnSignal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StopOnSignal.class);

    private final StopSignal stop;
    private final String command;
    private final Map<Signal, SignalHandler> previous = new HashMap<>();
    private volatile YearMonth runningPeriod;
    private volatile ImportStopper runningStopper;

    /** @param command what stops, for the operators' log: "the schedule", "the import" */
    StopOnSignal(StopSignal stop, String command) {
        this.stop = stop;
        this.command = command;
        for (String name : List.of("INT", "TERM")) {
            try {
                Signal signal = new Signal(name);
                previous.put(signal, Signal.handle(signal, this::handle));
            } catch (IllegalArgumentException unavailable) {
                log.warn("SIG{} cannot be handled here: it stops {} without waiting for the import in progress", name, command);
            }
        }
    }

    /** Runs an import of the month during which a signal asks it to stop. */
    ImportReport importing(YearMonth period, Supplier<ImportReport> run) {
        importStarting(period);
        try {
            return run.get();
        } finally {
            importEnded();
        }
    }

    /** An import of the month starts: from now on a signal asks it to stop. */
    void importStarting(YearMonth period) {
        runningPeriod = period;
    }

    /** The import's warehouse is up: what stops its job. */
    void importStoppableBy(ImportStopper stopper) {
        runningStopper = stopper;
    }

    void importEnded() {
        runningPeriod = null;
        runningStopper = null;
    }

    private void handle(Signal signal) {
        if (stop.stopped()) {
            log.warn("Second SIG{}: quitting without waiting for the import in progress; the next run resumes it",
                    signal.getName());
            System.exit(128 + signal.getNumber());
        }
        stop.stop();
        YearMonth period = runningPeriod;
        if (period == null) {
            log.info("SIG{}: {} stops", signal.getName(), command);
            return;
        }
        log.info("SIG{}: {} stops once the import of {} has stopped after its current chunk; "
                + "the next run resumes it (a second signal quits at once)", signal.getName(), command, period);
        // The import may still be starting its warehouse or checksumming the files, its job not started
        // yet: ask again each second until the stop lands or the import ends.
        try {
            while (runningPeriod != null && !askToStop(runningPeriod)) {
                TimeUnit.SECONDS.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean askToStop(YearMonth period) {
        ImportStopper stopper = runningStopper;
        try {
            return stopper != null && stopper.stop(period);
        } catch (RuntimeException e) {
            log.warn("Could not ask the import of {} to stop yet: {}", period, e.getMessage());
            return false;
        }
    }

    /** Gives the signals back their handlers of before. */
    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
