package org.courtstats.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.courtstats.samples.files.OutputFormat;
import org.courtstats.samples.quirks.CourtStyles;
import org.courtstats.samples.quirks.DeliveryStyle;
import org.courtstats.samples.quirks.RegisterStyle;
import org.courtstats.samples.quirks.RegisterStyles;
import org.courtstats.samples.world.Court;
import org.courtstats.samples.world.Courts;
import org.courtstats.samples.world.Feed;
import org.courtstats.samples.world.Register;
import org.courtstats.samples.world.World;

/**
 * Writes sample deliveries of the city's 15 courts: what the pipeline receives every month, in every
 * format and with every quirk feeds.md allows, for as many months as asked.
 *
 * <p><b>One world, many snapshots.</b> All cases of all courts are simulated from January 2021 (filings
 * by population and season, durations, dispositions, time limits, the intermediate court's appeals
 * of the basic courts' judgments, executions of their judgments and mediations). Each requested month
 * then gets, per court and feed, the year-to-date snapshot as of its last day (feeds.md section 1),
 * so 2023-08 and 2024-08 agree with each other.
 *
 * <p><b>Files.</b> {@code outDir/YYYY-MM/<name>}, one per court, feed and month. How each court's files
 * look (format, name, layout, value spellings, bad rows) is tabled in {@link CourtStyles}, and for the
 * registers (四类案件, 联系法官, 网上立案) in {@link RegisterStyles}. Every file
 * keeps its bad rows well under the 5% that would refuse it; the returned summary lists, per file,
 * the rows the pipeline should reject, skip and flag.
 *
 * <p><b>Determinism.</b> The same seed and arguments give byte-identical files: every random draw is
 * keyed by what it is for, POI's document dates are fixed to the report date, and nothing depends
 * on hash-map order or the clock. The snapshot of a month does not depend on which other months are
 * asked for.
 *
 * <p><b>Scale.</b> 1.0 gives realistic volumes (a basic court closes 400–1500 trial cases a month).
 * Memory does not grow with the scale: the world is replayed a month at a time, .xlsx files are
 * streamed, and a .xls that would exceed 65 536 rows is written as .xlsx instead.
 *
 * <p>Files in {@code outDir} other than the ones written are left alone. Not thread-safe.
 */
public final class SampleGenerator {

    /** The feeds, in the order files are written: the case files, then the registers. */
    public static final Set<String> FEEDS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "trial", "execution", "mediation", "supervision", "judge_contact", "online_filing")));

    private final long seed;
    private final OutputFormat format;
    private final Set<String> courts;

    public SampleGenerator(long seed) {
        this(seed, null, null);
    }

    private SampleGenerator(long seed, OutputFormat format, Set<String> courts) {
        this.seed = seed;
        this.format = format;
        this.courts = courts;
    }

    /**
     * The same generator writing only these courts' files (法院代字): one court's delivery at a large
     * scale costs only that court's rows, since the world is rebuilt court by court.
     */
    public SampleGenerator onlyCourts(Set<String> courtCodes) {
        return new SampleGenerator(seed, format, Set.copyOf(courtCodes));
    }

    /**
     * The same generator writing every court's files in one format instead of the court's own (for
     * benchmarks that compare formats on the same rows); layout, spellings and bad rows stay the court's.
     *
     * @param name {@code xlsx}, {@code xls} or {@code csv} (UTF-8)
     */
    public SampleGenerator inFormat(String name) {
        OutputFormat chosen = switch (name) {
            case "xlsx" -> OutputFormat.XLSX;
            case "xls" -> OutputFormat.XLS;
            case "csv" -> OutputFormat.CSV_UTF8;
            default -> throw new IllegalArgumentException("unknown format " + name + ": choose xlsx, xls or csv");
        };
        return new SampleGenerator(seed, chosen, courts);
    }

    /**
     * Writes every court's snapshot of the given feeds for each month.
     *
     * @param months from 2021-01 on; duplicates are ignored, order does not matter
     * @param scale  volume factor, 1.0 realistic; must be positive
     * @param feeds  a non-empty subset of {@link #FEEDS}
     */
    public GenerationSummary generate(Path outDir, List<YearMonth> months, double scale, Set<String> feeds)
            throws IOException {
        Set<YearMonth> sortedMonths = checkMonths(months);
        checkScale(scale);
        List<Feed> chosen = checkFeeds(feeds);
        List<Register> registers = Arrays.stream(Register.values()).filter(r -> feeds.contains(r.id())).toList();
        World world = new World(seed, scale);
        List<GeneratedFile> files = new ArrayList<>();
        for (YearMonth month : sortedMonths) {
            for (Court court : Courts.ALL) {
                if (courts != null && !courts.contains(court.code())) {
                    continue;
                }
                for (Feed feed : chosen) {
                    DeliveryStyle style = format == null ? CourtStyles.of(court, feed) : CourtStyles.of(court, feed).in(format);
                    files.add(new DeliveryWriter(world, seed, court, feed, month, style)
                            .writeTo(outDir.resolve(month.toString())));
                }
                for (Register register : registers) {
                    RegisterStyle style = format == null ? RegisterStyles.of(court, register)
                            : RegisterStyles.of(court, register).in(format);
                    files.add(new RegisterWriter(world, seed, court, register, month, style, format)
                            .writeTo(outDir.resolve(month.toString())));
                }
            }
        }
        return new GenerationSummary(outDir, List.copyOf(files));
    }

    /**
     * Writes into {@code outDir/YYYY-MM/} resent deliveries for the month that the pipeline must
     * refuse whole, each for a different rule of feeds.md section 6. Use the same seed and scale as
     * for {@link #generate}, so the resends hold the same cases as the month's accepted files.
     */
    public List<RefusedResend> writeRefusedResends(Path outDir, YearMonth month, double scale) throws IOException {
        checkMonths(List.of(month));
        checkScale(scale);
        return new RefusedResends(new World(seed, scale), seed, month).writeTo(outDir.resolve(month.toString()));
    }

    /**
     * Writes into {@code outDir/YYYY-MM/} a resent delivery for the month that is well formed but must
     * be held for review: it would replace the published slice with a third of its cases. Use the same
     * seed and scale as for {@link #generate}.
     */
    public List<HeldResend> writeHeldResends(Path outDir, YearMonth month, double scale) throws IOException {
        checkMonths(List.of(month));
        checkScale(scale);
        return new HeldResends(new World(seed, scale), seed, month).writeTo(outDir.resolve(month.toString()));
    }

    private static TreeSet<YearMonth> checkMonths(List<YearMonth> months) {
        if (months.isEmpty()) {
            throw new IllegalArgumentException("no month given");
        }
        TreeSet<YearMonth> sorted = new TreeSet<>(months);
        if (sorted.first().isBefore(World.START)) {
            throw new IllegalArgumentException("the simulation starts in " + World.START + "; got " + sorted.first());
        }
        return sorted;
    }

    private static void checkScale(double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, got " + scale);
        }
    }

    private static List<Feed> checkFeeds(Set<String> feeds) {
        if (feeds.isEmpty()) {
            throw new IllegalArgumentException("no feed given: choose from " + String.join(", ", FEEDS));
        }
        Set<Feed> chosen = new LinkedHashSet<>();
        feeds.stream().filter(id -> !Register.isRegister(id)).forEach(id -> chosen.add(Feed.of(id)));
        List<Feed> ordered = new ArrayList<>();
        for (Feed feed : Feed.values()) {
            if (chosen.contains(feed)) {
                ordered.add(feed);
            }
        }
        return ordered;
    }
}
