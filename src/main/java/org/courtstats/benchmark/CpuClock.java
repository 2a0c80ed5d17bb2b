package org.courtstats.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time used so far by this JVM and by the PostgreSQL server of a data directory (the postmaster,
 * its live backends, and the backends it has reaped), from /proc on Linux: it tells which side of
 * the COPY a load is waiting for. Elsewhere the server's figure is unknown (-1).
 */
final class CpuClock {

    private static final double TICKS_PER_SECOND = 100.0;

    private final Path postmasterPid;

    CpuClock(Path dataDirectory) {
        this.postmasterPid = dataDirectory.resolve("postmaster.pid");
    }

    /** Nanoseconds of CPU this JVM has used. */
    static long jvmNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** Nanoseconds of CPU the server has used, or -1 when /proc cannot tell. */
    long serverNanos() {
        try {
            long pid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
            long ticks = ticks(pid, true);
            for (ProcessHandle backend : ProcessHandle.of(pid).map(p -> p.children().toList()).orElse(List.of())) {
                ticks += ticks(backend.pid(), false);
            }
            return (long) (ticks / TICKS_PER_SECOND * 1e9);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime + stime (and the reaped children's cutime + cstime) from /proc/PID/stat, in clock ticks. */
    private static long ticks(long pid, boolean withReapedChildren) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        // Fields after the command name (which may hold spaces) start after the last ')'.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        if (withReapedChildren) {
            ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        }
        return ticks;
    }
}
