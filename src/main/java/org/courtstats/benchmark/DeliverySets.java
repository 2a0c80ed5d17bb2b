package org.courtstats.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.courtstats.samples.GenerationSummary;
import org.courtstats.samples.SampleGenerator;

/**
 * The benchmark's inputs, written by the project's generator and kept between runs: the generator is
 * deterministic, so a folder written for the same seed, scale, format and courts is reused (its
 * recipe is in a marker file) instead of spending a minute writing the same bytes again.
 */
final class DeliverySets {

    static final YearMonth PERIOD = YearMonth.of(2024, 8);
    private static final String RECIPE_FILE = "recipe.txt";

    private final Path work;
    private final long seed;

    DeliverySets(Path work, long seed) {
        this.work = work;
        this.seed = seed;
    }

    /** A month of trial deliveries, one per court (or only {@code courts}), all in one format. */
    Inbox prepare(String name, String format, double scale, Set<String> courts) throws IOException {
        Path inbox = work.resolve("inbox-" + name);
        String recipe = "seed=" + seed + " format=" + format + " scale=" + scale + " courts=" + courts + " period=" + PERIOD;
        Path recipeFile = inbox.resolve(RECIPE_FILE);
        if (Files.isRegularFile(recipeFile) && Files.readString(recipeFile, StandardCharsets.UTF_8).equals(recipe)) {
            return new Inbox(inbox, files(inbox), 0);
        }
        deleteTree(inbox);
        SampleGenerator generator = new SampleGenerator(seed).inFormat(format);
        if (!courts.isEmpty()) {
            generator = generator.onlyCourts(courts);
        }
        long started = System.nanoTime();
        GenerationSummary summary = generator.generate(inbox, List.of(PERIOD), scale, Set.of("trial"));
        long elapsed = System.nanoTime() - started;
        Files.writeString(recipeFile, recipe, StandardCharsets.UTF_8);
        return new Inbox(inbox, summary.files().stream().map(f -> f.file()).sorted().toList(), elapsed);
    }

    private static List<Path> files(Path inbox) throws IOException {
        try (Stream<Path> listing = Files.list(inbox.resolve(PERIOD.toString()))) {
            return listing.sorted().toList();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * @param generatedNanos how long writing the files took, 0 when they were reused
     */
    record Inbox(Path root, List<Path> files, long generatedNanos) {

        long bytes() throws IOException {
            long total = 0;
            for (Path file : files) {
                total += Files.size(file);
            }
            return total;
        }
    }
}
