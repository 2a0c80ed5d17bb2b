package org.courtstats.jobs;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Where an import spends its time, stage by stage, summed over the threads that load deliveries in
 * parallel (so the load stages add up to about threads × wall time). Logged after every run and
 * printed by the benchmark; the cost is three clock readings per row.
 */
@Component
public class StageTimes implements StepExecutionListener {

    /** The stages of an import, in order. */
    public enum Stage {
        /**
         * Waiting for the file's rows: they are read (unzipped and parsed, decoded and split) on a
         * thread of their own, so this is the time that thread was behind.
         */
        READ("read"),
        /** Checking and normalising each row's values. */
        NORMALIZE("normalize"),
        /** COPY of the rows (and row problems) into the warehouse. */
        STAGE("stage (COPY)"),
        /** Judging each delivery and pointing its slice at it. */
        PUBLISH("publish"),
        /** Recomputing the month's indicators. */
        INDICATORS("indicators");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final AtomicLongArray nanos = new AtomicLongArray(Stage.values().length);
    private final AtomicLong loadCpuNanos = new AtomicLong();
    private final ThreadLocal<long[]> stepCpuStart = ThreadLocal.withInitial(() -> new long[1]);
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    public void add(Stage stage, long elapsedNanos) {
        nanos.addAndGet(stage.ordinal(), elapsedNanos);
    }

    /** Starts counting afresh (the benchmark does before each run). */
    public void reset() {
        for (int i = 0; i < nanos.length(); i++) {
            nanos.set(i, 0);
        }
        loadCpuNanos.set(0);
    }

    /** CPU time the loading threads used (normalising, writing, Spring Batch's own work; not the threads reading the files). */
    public Duration loadCpu() {
        return Duration.ofNanos(loadCpuNanos.get());
    }

    /** Each delivery's load runs on one thread from start to end: its CPU time is that thread's. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        stepCpuStart.get()[0] = threads.getCurrentThreadCpuTime();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        loadCpuNanos.addAndGet(threads.getCurrentThreadCpuTime() - stepCpuStart.get()[0]);
        return null;
    }

    public Map<Stage, Duration> snapshot() {
        Map<Stage, Duration> times = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            times.put(stage, Duration.ofNanos(nanos.get(stage.ordinal())));
        }
        return times;
    }

    /** One line for the operator's log: {@code read 12.1 s, normalize 3.0 s, …}. */
    public String describe() {
        StringBuilder line = new StringBuilder();
        snapshot().forEach((stage, time) -> line.append(line.isEmpty() ? "" : ", ").append(stage.label()).append(' ')
                .append(String.format(java.util.Locale.ROOT, "%.1f s", time.toNanos() / 1e9)));
        return line.append(String.format(java.util.Locale.ROOT, "; loading threads' CPU %.1f s",
                loadCpu().toNanos() / 1e9)).toString();
    }
}
