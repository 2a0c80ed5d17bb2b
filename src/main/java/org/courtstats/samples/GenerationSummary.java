package org.courtstats.samples;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What {@link SampleGenerator#generate} wrote, and a plain-text report of it for the command line. */
public record GenerationSummary(Path outDir, List<GeneratedFile> files) {

    public long totalRows() {
        return files.stream().mapToLong(GeneratedFile::rows).sum();
    }

    public long totalBytes() {
        return files.stream().mapToLong(GeneratedFile::bytes).sum();
    }

    /** One line per file, then totals by month and by format. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-8s %-7s %-9s %-14s %8s %6s %6s %10s  %s%n",
                "month", "court", "feed", "format", "rows", "reject", "skip", "bytes", "file"));
        for (GeneratedFile f : files) {
            out.append(String.format("%-8s %-7s %-9s %-14s %8d %6d %6d %10d  %s%n", f.month(), f.courtCode(),
                    f.feed(), f.format(), f.rows(), f.rejectedRows(), f.outsideWindowRows(), f.bytes(),
                    outDir.relativize(f.file())));
        }
        Map<String, long[]> byMonth = new TreeMap<>();
        Map<String, long[]> byFormat = new TreeMap<>();
        for (GeneratedFile f : files) {
            add(byMonth, f.month().toString(), f);
            add(byFormat, f.format(), f);
        }
        byMonth.forEach((month, t) -> out.append(String.format("month  %-14s %5d files %9d rows %12d bytes%n",
                month, t[0], t[1], t[2])));
        byFormat.forEach((format, t) -> out.append(String.format("format %-14s %5d files %9d rows %12d bytes%n",
                format, t[0], t[1], t[2])));
        out.append(String.format("total  %-14s %5d files %9d rows %12d bytes%n", "", files.size(), totalRows(),
                totalBytes()));
        return out.toString();
    }

    private static void add(Map<String, long[]> totals, String key, GeneratedFile f) {
        long[] t = totals.computeIfAbsent(key, k -> new long[3]);
        t[0]++;
        t[1] += f.rows();
        t[2] += f.bytes();
    }
}
