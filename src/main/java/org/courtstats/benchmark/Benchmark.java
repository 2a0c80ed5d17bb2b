package org.courtstats.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import org.courtstats.embedded.EmbeddedWarehouse;
import org.courtstats.indicators.CauseGroups;
import org.courtstats.jobs.ImportReport;
import org.courtstats.jobs.ImportRequest;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.jobs.StageTimes;
import org.courtstats.warehouse.Delivery;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures the import against the limits of the machine it runs on, every figure in one run on the
 * same rows: COPY of an equivalent CSV by psql, Apache POI's streaming parse and pandas for .xlsx, a
 * sequential scan for the indicator computation, one loading thread against all of them. Each import
 * runs on a fresh embedded warehouse of its own under the work folder, durable (fsync on) as in
 * production. Prints what it measured, the ratios and, for each target, by how much it is met or
 * missed.
 */
public final class Benchmark {

    /** The contract's trial columns, plus the delivering court: what psql loads into a typed table. */
    private static final String EQUIVALENT_COLUMNS = "court_code, case_no, cause, filed_on, closed_on, disposition,"
            + " deadline_on, overdue, procedure, hearings, original_case_no, judge, division, claim_amount";
    private static final String TYPED_TABLE = "create table benchmark_copy (court_code text, case_no text, cause text,"
            + " filed_on date, closed_on date, disposition text, deadline_on date, overdue boolean, procedure text,"
            + " hearings integer, original_case_no text, judge text, division text, claim_amount numeric(18, 2))";
    /** 邓州, the court with the most cases: its file is the one grown to a million rows. */
    private static final String LARGEST_COURT = "豫1381";
    /** The example 案由 groups, relative to the project folder the benchmark is run from. */
    private static final Path EXAMPLE_CAUSE_GROUPS = Path.of("jobs/load-cause-groups/cause-groups.csv");

    /**
     * @param scale          the generator's volume factor (8 gives about 950 000 trial rows in 15 files)
     * @param formats        csv and/or xlsx
     * @param provinceRows   rows of the province-sized month for the indicator figure (0 to skip)
     * @param provinceCourts courts of that month
     * @param millionRows    rows of the single-file deliveries (0 to skip)
     * @param growthScales   the generator's scales at which the CSV month is also imported, for the growth curve (none to skip)
     */
    public record Options(Path work, long seed, double scale, List<String> formats, long provinceRows,
                          int provinceCourts, long millionRows, List<Double> growthScales) {
    }

    private final Options options;
    private final Function<Map<String, Object>, ConfigurableApplicationContext> warehouses;
    private final PrintWriter out;
    private final DeliverySets sets;
    private final List<Target> targets = new ArrayList<>();

    /**
     * @param warehouses starts the application on the given properties (a fresh data folder each time)
     */
    public Benchmark(Options options, Function<Map<String, Object>, ConfigurableApplicationContext> warehouses,
                     PrintWriter out) {
        this.options = options;
        this.warehouses = warehouses;
        this.out = out;
        this.sets = new DeliverySets(options.work(), options.seed());
    }

    public void run() throws Exception {
        Files.createDirectories(options.work());
        printMachine();
        warmUp();
        ImportFigures csvImport = null;
        for (String format : options.formats()) {
            ImportFigures figures = measureFormat(format);
            if ("csv".equals(format)) {
                csvImport = figures;
            }
        }
        if (csvImport != null) {
            measureOneThread(csvImport);
        }
        if (options.millionRows() > 0) {
            for (String format : options.formats()) {
                measureMillionRowFile(format);
            }
        }
        if (!options.growthScales().isEmpty()) {
            measureGrowth();
        }
        printTargets();
    }

    private void printMachine() {
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "courtstats benchmark — %s, %d cores, Java %s, heap limit %s%n",
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), runtime.availableProcessors(),
                Runtime.version(), megabytes(runtime.maxMemory()));
        out.printf(Locale.ROOT, "work folder %s; generator seed %d, scale %s; period %s, trial feed%n%n",
                options.work(), options.seed(), options.scale(), DeliverySets.PERIOD);
        out.flush();
    }

    /**
     * Imports each format's month once before measuring: the JIT compiler needs several seconds of CPU
     * to compile the hot paths, and without this the first figure measured it rather than the import.
     */
    private void warmUp() throws Exception {
        for (String format : options.formats()) {
            DeliverySets.Inbox inbox = sets.prepare(format, format, options.scale(), Set.of());
            out.printf(Locale.ROOT, "warming up on the %s month (%d files, %s, %s; not measured) …%n", format,
                    inbox.files().size(), megabytes(inbox.bytes()), inbox.generatedNanos() > 0
                            ? String.format(Locale.ROOT, "generated in %.0f s", inbox.generatedNanos() / 1e9)
                            : "generated by an earlier run");
            out.flush();
            try (ConfigurableApplicationContext context = freshWarehouse("warm-up", 0)) {
                timedImport(context, "warm-up", ImportRequest.month(DeliverySets.PERIOD, inbox.root()));
            }
        }
        out.println();
    }

    /** Imports the month in one format and measures everything that compares with it. */
    private ImportFigures measureFormat(String format) throws Exception {
        DeliverySets.Inbox inbox = sets.prepare(format, format, options.scale(), Set.of());
        out.printf(Locale.ROOT, "== %s: %d files, %s%n", format.toUpperCase(Locale.ROOT), inbox.files().size(),
                megabytes(inbox.bytes()));
        try (ConfigurableApplicationContext context = freshWarehouse(format, 0)) {
            ImportFigures month = timedImport(context, format + " month", ImportRequest.month(DeliverySets.PERIOD, inbox.root()));
            printImport(month);
            targets.add(heapTarget(format + " month of " + String.format(Locale.ROOT, "%,d", month.rowsRead()) + " rows",
                    month, month.allPublished()));
            Rate copy = psqlCopy(context, format);
            double ratio = month.endToEnd().rowsPerSecond() / copy.rowsPerSecond();
            out.printf(Locale.ROOT, "  ratio import / psql \\copy            %.2f%n", ratio);
            if ("csv".equals(format)) {
                printServerFloor(context, copy);
                targets.add(Target.atLeast("CSV month import ≥ 0.5 × psql \\copy of the same rows", ratio, 0.5, "×"));
            }
            if ("xlsx".equals(format)) {
                measureXlsxYardsticks(inbox, month);
            }
            measureRerun(context, inbox, month);
            if ("csv".equals(format) && options.provinceRows() > 0) {
                measureProvince(context);
            }
            out.println();
            out.flush();
            return month;
        }
    }

    private void measureXlsxYardsticks(DeliverySets.Inbox inbox, ImportFigures month) throws Exception {
        long started = System.nanoTime();
        long parsed = PoiStreamingParse.parse(inbox.files());
        Rate poi = new Rate(parsed, System.nanoTime() - started);
        double poiRatio = month.endToEnd().rowsPerSecond() / poi.rowsPerSecond();
        out.printf(Locale.ROOT, "  POI streaming parse only (1 thread)  %s%n", poi.describe());
        out.printf(Locale.ROOT, "  ratio import / POI parse             %.2f%n", poiRatio);
        targets.add(Target.atLeast("XLSX month import ≥ 1.5 × POI streaming parse alone", poiRatio, 1.5, "×"));
        Rate pandas = PandasReadExcel.measure(inbox.files(), 150_000);
        if (pandas == null) {
            out.println("  pandas read_excel                    not installed (apt-get install python3-pandas"
                    + " python3-openpyxl); compared with the issue's 10 000 rows/s instead");
            pandas = new Rate(10_000, 1_000_000_000L);
        } else {
            out.printf(Locale.ROOT, "  pandas read_excel (first files)      %s%n", pandas.describe());
        }
        double pandasRatio = month.endToEnd().rowsPerSecond() / pandas.rowsPerSecond();
        out.printf(Locale.ROOT, "  ratio import / pandas                %.2f%n", pandasRatio);
        targets.add(Target.atLeast("XLSX import ≥ 4 × pandas read_excel", pandasRatio, 4.0, "×"));
    }

    /**
     * Reruns, from its unchanged file (forced), the court with the median number of rows (the target:
     * "one of 15 courts") and the court with the most (the worst case, printed for information).
     */
    private void measureRerun(ConfigurableApplicationContext context, DeliverySets.Inbox inbox, ImportFigures month) {
        List<String> courts = new ArrayList<>(month.rowsByCourt().keySet());
        String median = courts.get(courts.size() / 2);
        String largest = courts.get(courts.size() - 1);
        double medianShare = rerunShare(context, inbox, month, median, "median court");
        rerunShare(context, inbox, month, largest, "largest court");
        targets.add(Target.atMost("single-court rerun (" + month.label().split(" ")[0] + ", median court) ≤ 25% of the"
                + " month's import", medianShare * 100, 25, "%"));
    }

    private double rerunShare(ConfigurableApplicationContext context, DeliverySets.Inbox inbox, ImportFigures month,
                              String court, String which) {
        ImportFigures rerun = timedImport(context, "rerun " + court,
                new ImportRequest(DeliverySets.PERIOD, inbox.root(), court, false, true));
        double share = (double) rerun.wallNanos() / month.wallNanos();
        out.printf(Locale.ROOT, "  rerun of %s (%s)%s %s, %.0f%% of the month's import%n", court, which,
                " ".repeat(Math.max(1, 16 - which.length())), rerun.endToEnd().describe(), share * 100);
        return share;
    }

    private void measureProvince(ConfigurableApplicationContext context) throws SQLException {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        ProvinceWarehouse province = new ProvinceWarehouse(jdbc);
        // The cause_group slices need groups: the example's, whose 案由 the generator writes. Loaded
        // before the month grows, so that loading (which recomputes) stays out of the figures.
        if (Files.isRegularFile(EXAMPLE_CAUSE_GROUPS)) {
            int groups = context.getBean(CauseGroups.class).replaceFrom(EXAMPLE_CAUSE_GROUPS).groups().size();
            out.printf(Locale.ROOT, "  cause groups: %d from %s%n", groups, EXAMPLE_CAUSE_GROUPS);
        } else {
            out.printf(Locale.ROOT, "  cause groups: none (%s not found: run from the project folder to slice by 案由 group)%n",
                    EXAMPLE_CAUSE_GROUPS);
        }
        out.printf(Locale.ROOT, "  slice kinds of the catalogue: %s%n", jdbc.queryForObject("select string_agg(distinct k, ', ')"
                + " from core.indicator cross join unnest(slice_kinds) as k", String.class));
        out.printf(Locale.ROOT, "  building a province-sized month of %,d rows (a few minutes) …%n", options.provinceRows());
        out.flush();
        long started = System.nanoTime();
        long rows = province.grow(options.provinceRows(), options.provinceCourts());
        out.printf(Locale.ROOT, "  province month: %,d rows, %d courts (built in %.0f s)%n", rows, province.courts(),
                (System.nanoTime() - started) / 1e9);
        long scan = Math.min(province.scanNanos(), province.scanNanos());
        // The first computation groups the cases of the deliveries just added and keeps the groups;
        // a recompute (a rerun of one court, a catalogue change, the review's second computation)
        // reads the kept groups of the others. Both are printed; the target is the recompute's.
        long first = province.recomputeNanos();
        long recompute = Math.min(province.recomputeNanos(), province.recomputeNanos());
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        long afresh = province.recomputeAfreshNanos(transaction);
        long unsliced = Math.min(province.recomputeWithoutSlicesNanos(transaction),
                province.recomputeWithoutSlicesNanos(transaction));
        double ratio = (double) recompute / scan;
        out.printf(Locale.ROOT, "  one sequential scan of the month     %.2f s%n", scan / 1e9);
        out.printf(Locale.ROOT, "  first computation of the month       %.2f s = %.1f × the scan (the added courts' cases grouped and kept)%n",
                first / 1e9, (double) first / scan);
        out.printf(Locale.ROOT, "  every delivery's cases grouped afresh %.2f s = %.1f × the scan (as after the 案由 groups change)%n",
                afresh / 1e9, (double) afresh / scan);
        out.printf(Locale.ROOT, "  recompute the month's indicators     %.2f s = %.1f × the scan (every slice included, groups kept)%n",
                recompute / 1e9, ratio);
        out.printf(Locale.ROOT, "  — without the slices                 %.2f s = %.1f × the scan; the slices add %.2f s = %.2f × the scan%n",
                unsliced / 1e9, (double) unsliced / scan, (recompute - unsliced) / 1e9, (double) (recompute - unsliced) / scan);
        targets.add(Target.atMost("indicators of " + String.format(Locale.ROOT, "%,d", rows)
                + " rows, every slice included, ≤ 5 × one scan", ratio, 5, "×"));
        // The drill-down of one court's value, as a statistician asks it: a court's own figure (its
        // slice only) and an attributed one (the cases whose 原审案号 names it, across every slice).
        for (String[] value : new String[][] {{"P001", "within_limit_rate"}, {"豫1302", "reversal_rate"}}) {
            long drill = Math.min(province.drillDownNanos(value[0], value[1]), province.drillDownNanos(value[0], value[1]));
            out.printf(Locale.ROOT, "  drill-down of %s %-18s %.2f s%n", value[0], value[1], drill / 1e9);
            targets.add(Target.atMost("one drill-down value (" + value[1] + " of " + value[0] + ") on the province month",
                    drill / 1e9, 1, " s"));
        }
    }

    private void measureOneThread(ImportFigures twoThreads) throws Exception {
        DeliverySets.Inbox inbox = sets.prepare("csv", "csv", options.scale(), Set.of());
        try (ConfigurableApplicationContext context = freshWarehouse("csv-1-thread", 1)) {
            ImportFigures one = timedImport(context, "csv month, 1 thread", ImportRequest.month(DeliverySets.PERIOD, inbox.root()));
            double loadSpeedUp = (double) one.step("loadDeliveries") / twoThreads.step("loadDeliveries");
            double speedUp = (double) one.wallNanos() / twoThreads.wallNanos();
            out.printf(Locale.ROOT, "== Parallel loading (CSV month): 1 thread %s; %d threads %.2f s%n",
                    one.endToEnd().describe(), twoThreads.threads(), twoThreads.wallNanos() / 1e9);
            out.printf(Locale.ROOT, "  speed-up of the load step %.2f×, end to end %.2f×%n%n", loadSpeedUp, speedUp);
            targets.add(Target.atLeast("deliveries load in parallel: speed-up of the load step", loadSpeedUp, 1.0, "×"));
        }
    }

    /**
     * One court's delivery of a million rows in one file, so one loading thread: against psql's
     * {@code \copy} of the same rows (CSV) or POI's streaming parse of the same file alone (.xlsx).
     */
    private void measureMillionRowFile(String format) throws Exception {
        double scale = scaleForRows(options.millionRows());
        DeliverySets.Inbox inbox = sets.prepare("single-" + format, format, scale, Set.of(LARGEST_COURT));
        try (ConfigurableApplicationContext context = freshWarehouse("single-" + format, 0)) {
            ImportFigures figures = timedImport(context, "one " + format + " file",
                    ImportRequest.month(DeliverySets.PERIOD, inbox.root()));
            out.printf(Locale.ROOT, "== One %s file of %,d rows (%s): %s, peak heap %s of %s%n", format,
                    figures.rowsRead(), megabytes(inbox.bytes()), figures.endToEnd().describe(),
                    megabytes(figures.peakHeapBytes()), megabytes(Runtime.getRuntime().maxMemory()));
            out.printf(Locale.ROOT, "    steps (wall): register %.2f s, load %.2f s, publish+indicators %.2f s%n",
                    figures.step("registerDeliveries") / 1e9, figures.step("loadDeliveries") / 1e9,
                    figures.step("publishMonth") / 1e9);
            printCpu(figures);
            String rows = String.format(Locale.ROOT, "%,d-row %s file (one court, one thread)", figures.rowsRead(), format);
            if ("csv".equals(format)) {
                Rate copy = psqlCopy(context, "single-" + format);
                double ratio = figures.endToEnd().rowsPerSecond() / copy.rowsPerSecond();
                out.printf(Locale.ROOT, "  ratio import / psql \\copy            %.2f%n", ratio);
                printServerFloor(context, copy);
                targets.add(Target.atLeast(rows + " import ≥ 0.5 × psql \\copy of the same rows", ratio, 0.5, "×"));
            } else {
                long started = System.nanoTime();
                Rate poi = new Rate(PoiStreamingParse.parse(inbox.files()), System.nanoTime() - started);
                double ratio = figures.endToEnd().rowsPerSecond() / poi.rowsPerSecond();
                out.printf(Locale.ROOT, "  POI streaming parse only (1 thread)  %s%n", poi.describe());
                out.printf(Locale.ROOT, "  ratio import / POI parse             %.2f%n", ratio);
                targets.add(Target.atLeast(rows + " import ≥ 1.2 × POI streaming parse alone", ratio, 1.2, "×"));
            }
            out.println();
            boolean published = figures.allPublished() && figures.rowsRead() >= options.millionRows();
            targets.add(heapTarget(rows, figures, published));
        }
    }

    /** Whether an import ran whole under a heap of 256 MB at most (the JVM's limit, -Xmx256m). */
    private static Target heapTarget(String what, ImportFigures figures, boolean published) {
        long limit = Runtime.getRuntime().maxMemory();
        boolean smallHeap = limit <= 256L * 1024 * 1024;
        return new Target(what + " imports with -Xmx256m",
                !smallHeap ? "not shown: run the benchmark with java -Xmx256m (heap limit now " + megabytes(limit) + ")"
                        : published ? "published whole, peak heap " + megabytes(figures.peakHeapBytes()) + " of " + megabytes(limit)
                                : "not published whole",
                smallHeap && published);
    }

    /**
     * The month as CSV at growing sizes, each on a fresh warehouse: how the import's time and the
     * indicators' grow with the rows, for the scaling plan (docs/scaling.md).
     */
    private void measureGrowth() throws Exception {
        out.println("== Growth (CSV month, 15 courts, 2 loading threads; each size on a fresh warehouse)");
        out.println("  scale       rows   import s    rows/s    load s  publish+indicators s  recompute s  peak heap");
        for (double scale : options.growthScales()) {
            DeliverySets.Inbox inbox = sets.prepare("growth-" + scale, "csv", scale, Set.of());
            try (ConfigurableApplicationContext context = freshWarehouse("growth", 0)) {
                ImportFigures figures = timedImport(context, "growth " + scale,
                        ImportRequest.month(DeliverySets.PERIOD, inbox.root()));
                ProvinceWarehouse month = new ProvinceWarehouse(context.getBean(JdbcTemplate.class));
                long recompute = Math.min(month.recomputeNanos(), month.recomputeNanos());
                out.printf(Locale.ROOT, "  %5s %10d %10.2f %9.0f %9.2f %21.2f %12.2f %10s%n", scale, figures.rowsRead(),
                        figures.wallNanos() / 1e9, figures.endToEnd().rowsPerSecond(), figures.step("loadDeliveries") / 1e9,
                        figures.step("publishMonth") / 1e9, recompute / 1e9, megabytes(figures.peakHeapBytes()));
                out.flush();
            }
        }
        out.println();
    }

    /**
     * The generator's scale at which the largest court's file has about {@code rows} rows: volumes grow
     * in proportion to the scale, so one small CSV at scale 1 tells.
     */
    private double scaleForRows(long rows) throws IOException {
        DeliverySets.Inbox probe = sets.prepare("probe", "csv", 1.0, Set.of(LARGEST_COURT));
        long atScaleOne = 0;
        for (Path file : probe.files()) {
            try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
                atScaleOne += lines.count() - 1;
            }
        }
        // Volumes are drawn at random around the scale: aim 2% high so that the file has at least as many rows.
        return Math.ceil(rows * 1.02 * 100.0 / atScaleOne) / 100.0;
    }

    private ConfigurableApplicationContext freshWarehouse(String name, int threads) throws IOException {
        Path data = options.work().resolve("warehouse-" + name);
        DeliverySets.deleteTree(data);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("courtstats.data-dir", data);
        properties.put("courtstats.import.parallel-deliveries", threads);
        // The benchmark's files were just written by itself: none is an upload still under way.
        properties.put("courtstats.inbox.settle-seconds", 0);
        properties.put("logging.level.org.courtstats.jobs", "WARN");
        properties.put("logging.level.org.courtstats.embedded", "WARN");
        return warehouses.apply(properties);
    }

    private ImportFigures timedImport(ConfigurableApplicationContext context, String label, ImportRequest request) {
        MonthlyImport monthlyImport = context.getBean(MonthlyImport.class);
        StageTimes stageTimes = context.getBean(StageTimes.class);
        System.gc();
        CpuClock cpu = new CpuClock(Path.of(context.getEnvironment().getRequiredProperty("courtstats.embedded.data-dir")));
        long jvmCpuBefore = CpuClock.jvmNanos();
        long serverCpuBefore = cpu.serverNanos();
        long started = System.nanoTime();
        ImportReport report;
        HeapWatch heap = new HeapWatch();
        try {
            report = monthlyImport.run(request);
        } finally {
            heap.close();
        }
        long peakHeap = heap.peakBytes();
        long wall = System.nanoTime() - started;
        long jvmCpu = CpuClock.jvmNanos() - jvmCpuBefore;
        long serverCpuAfter = cpu.serverNanos();
        long serverCpu = serverCpuBefore < 0 || serverCpuAfter < 0 ? -1 : serverCpuAfter - serverCpuBefore;
        if (report.failed()) {
            throw new IllegalStateException(label + ": the import failed: " + report.failure());
        }
        long read = 0;
        long loaded = 0;
        boolean allPublished = true;
        Map<String, Long> rowsByCourt = new LinkedHashMap<>();
        for (ImportReport.Line line : report.deliveries()) {
            Delivery delivery = line.delivery();
            read += delivery.rowsRead();
            rowsByCourt.merge(String.valueOf(delivery.courtCode()), (long) delivery.rowsRead(), Long::sum);
            boolean published = Delivery.PUBLISHED.equals(delivery.status());
            loaded += published ? delivery.rowsLoaded() : 0;
            allPublished &= published;
        }
        Map<String, Long> steps = new LinkedHashMap<>();
        context.getBean(JdbcTemplate.class).query("select step_name, extract(epoch from end_time - start_time) * 1e9"
                        + " from batch.batch_step_execution where job_execution_id = ? and step_name not like '%:%'"
                        + " order by step_execution_id",
                rs -> {
                    steps.put(rs.getString(1), rs.getLong(2));
                }, report.jobExecutionId());
        int threads = context.getEnvironment().getProperty("courtstats.import.parallel-deliveries", Integer.class, 0);
        return new ImportFigures(label, threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), read, loaded,
                allPublished, wall, steps, stageTimes.snapshot(), peakHeap, sortedByValue(rowsByCourt), jvmCpu,
                stageTimes.loadCpu().toNanos(), serverCpu);
    }

    private static Map<String, Long> sortedByValue(Map<String, Long> map) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        map.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    private void printImport(ImportFigures figures) {
        out.printf(Locale.ROOT, "  import end to end (%d threads)       %s (%,d rows published)%n", figures.threads(),
                figures.endToEnd().describe(), figures.rowsLoaded());
        out.printf(Locale.ROOT, "    steps (wall): register %.2f s, load %.2f s, publish+indicators %.2f s%n",
                figures.step("registerDeliveries") / 1e9, figures.step("loadDeliveries") / 1e9,
                figures.step("publishMonth") / 1e9);
        StringBuilder stages = new StringBuilder();
        figures.stages().forEach((stage, time) -> stages.append(stages.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.2f s (%,.0f rows/s)", stage.label(), time.toNanos() / 1e9,
                        time.isZero() ? 0 : figures.rowsRead() / (time.toNanos() / 1e9))));
        out.printf(Locale.ROOT, "    stages (summed over threads): %s%n", stages);
        printCpu(figures);
        out.printf(Locale.ROOT, "    peak heap in use %s of %s%n", megabytes(figures.peakHeapBytes()),
                megabytes(Runtime.getRuntime().maxMemory()));
        out.flush();
    }

    /** Where the CPU went: whether the machine's cores were the limit. */
    private void printCpu(ImportFigures figures) {
        out.printf(Locale.ROOT, "    CPU: this JVM %.1f s (loading threads %.1f s), PostgreSQL %s, in %.1f s on %d cores"
                        + " (%.0f%% busy)%n",
                figures.jvmCpuNanos() / 1e9, figures.loadCpuNanos() / 1e9, figures.serverCpuNanos() < 0 ? "unknown"
                        : String.format(Locale.ROOT, "%.1f s", figures.serverCpuNanos() / 1e9),
                figures.wallNanos() / 1e9, Runtime.getRuntime().availableProcessors(),
                100.0 * (figures.jvmCpuNanos() + Math.max(0, figures.serverCpuNanos()))
                        / figures.wallNanos() / Runtime.getRuntime().availableProcessors());
    }

    /**
     * Writes the rows the import published as a clean CSV of the contract's columns and times psql's
     * {@code \copy} of it into a typed table on the same server (best of two). Without psql on the PATH,
     * the same COPY FROM STDIN is sent through JDBC, and the output says so.
     */
    private Rate psqlCopy(ConfigurableApplicationContext context, String name) throws Exception {
        Path csv = options.work().resolve("equivalent-" + name + ".csv");
        DataSource dataSource = context.getBean(DataSource.class);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long rows;
        try (Connection connection = dataSource.getConnection();
             Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            rows = connection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select " + EQUIVALENT_COLUMNS
                    + " from core.case_record where period = '" + DeliverySets.PERIOD.atDay(1) + "' and feed = 'trial')"
                    + " to stdout with (format csv)", writer);
        }
        jdbc.execute("drop table if exists benchmark_copy");
        jdbc.execute(TYPED_TABLE);
        EmbeddedWarehouse warehouse = context.getBean(EmbeddedWarehouse.class);
        boolean psql = psqlInstalled();
        long best = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 2; attempt++) {
            jdbc.execute("truncate benchmark_copy");
            long started = System.nanoTime();
            if (psql) {
                runPsql(warehouse, "\\copy benchmark_copy from '" + csv + "' with (format csv)");
            } else {
                try (Connection connection = dataSource.getConnection(); InputStream in = Files.newInputStream(csv)) {
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy benchmark_copy from stdin with (format csv)", in);
                }
            }
            best = Math.min(best, System.nanoTime() - started);
        }
        Long copied = jdbc.queryForObject("select count(*) from benchmark_copy", Long.class);
        if (copied == null || copied != rows) {
            throw new IllegalStateException("psql copied " + copied + " rows of " + rows);
        }
        Rate rate = new Rate(rows, best);
        out.printf(Locale.ROOT, "  %s of the same rows  %s (%s, 14 columns)%n",
                psql ? "psql \\copy into a typed table" : "COPY via JDBC (no psql)     ", rate.describe(),
                megabytes(Files.size(csv)));
        return rate;
    }

    /**
     * What PostgreSQL alone needs to store the rows the import loaded, as the import sends them (binary
     * COPY of core.case_row's columns into a table like it, with its indexes; nothing to parse): the
     * part of the import no client can make faster, printed against psql's {@code \copy} of the clean CSV so
     * that the CSV ratio can be read against what is possible (best of two).
     */
    private void printServerFloor(ConfigurableApplicationContext context, Rate psql) throws Exception {
        Path rows = options.work().resolve("loaded-rows.bin");
        DataSource dataSource = context.getBean(DataSource.class);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long count;
        try (Connection connection = dataSource.getConnection(); OutputStream file = Files.newOutputStream(rows)) {
            count = connection.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select r.* from core.case_row r"
                    + " join core.published_slice p on p.delivery_id = r.delivery_id where p.period = '"
                    + DeliverySets.PERIOD.atDay(1) + "' and p.feed = 'trial') to stdout with (format binary)", file);
        }
        long best = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 2; attempt++) {
            jdbc.execute("drop table if exists benchmark_case_row");
            jdbc.execute("create table benchmark_case_row (like core.case_row including all)");
            long started = System.nanoTime();
            try (Connection connection = dataSource.getConnection(); InputStream in = Files.newInputStream(rows)) {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy benchmark_case_row from stdin with (format binary)", in);
            }
            best = Math.min(best, System.nanoTime() - started);
        }
        jdbc.execute("drop table benchmark_case_row");
        Files.delete(rows);
        Rate server = new Rate(count, best);
        out.printf(Locale.ROOT, "  PostgreSQL storing the loaded rows alone (binary COPY, %d columns, no parsing)"
                        + "  %s = %.2f × psql's \\copy time%n",
                jdbc.queryForObject("select count(*) from pg_attribute where attrelid = 'core.case_row'::regclass"
                        + " and attnum > 0 and not attisdropped", Integer.class), server.describe(),
                psql.rowsPerSecond() / server.rowsPerSecond());
    }

    private static boolean psqlInstalled() {
        try {
            Process process = new ProcessBuilder("psql", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void runPsql(EmbeddedWarehouse warehouse, String command) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(warehouse.psqlCommand().split(" ")));
        arguments.addAll(List.of("-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", command));
        ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true);
        builder.environment().put("PGPASSFILE", warehouse.passwordFile().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("psql failed: " + output);
        }
    }

    private void printTargets() {
        out.println("== Targets");
        for (Target target : targets) {
            out.printf(Locale.ROOT, "  %-4s %s: %s%n", target.met() ? "met" : "MISS", target.name(), target.measured());
        }
        out.flush();
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
    }
}
