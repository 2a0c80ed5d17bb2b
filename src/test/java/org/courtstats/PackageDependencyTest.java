package org.courtstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the shape of docs/architecture.md: imports between the application's packages run one way,
 * and the vocabulary every layer names imports nothing of ours. A cycle means a type lives in the
 * wrong package; move it down rather than weaken this test.
 */
class PackageDependencyTest {

    private static final Path MAIN = Path.of("src/main/java/org/courtstats");
    private static final Pattern PACKAGE = Pattern.compile("^package org\\.courtstats\\.(\\w+)", Pattern.MULTILINE);
    /** The top package imported, also when the import names one of its sub-packages. */
    private static final Pattern IMPORT = Pattern.compile(
            "^import\\s+(?:static\\s+)?org\\.courtstats\\.(\\w+)(?:\\.[a-z]\\w*)*\\.[A-Z]", Pattern.MULTILINE);
    /** Within samples, its entry points (the package itself) count as a package of their own. */
    private static final Pattern SAMPLES_PACKAGE =
            Pattern.compile("^package org\\.courtstats\\.(samples(?:\\.[a-z]\\w*)?);", Pattern.MULTILINE);
    private static final Pattern SAMPLES_IMPORT = Pattern.compile(
            "^import\\s+(?:static\\s+)?org\\.courtstats\\.(samples(?:\\.[a-z]\\w*)?)\\.[A-Z]", Pattern.MULTILINE);

    @Test
    void packagesDoNotImportEachOther() throws IOException {
        assertThat(cycles(packageImports())).as("packages that reach each other through imports").isEmpty();
    }

    @Test
    void samplesSubPackagesDoNotImportEachOther() throws IOException {
        Map<String, Set<String>> imports = imports(MAIN.resolve("samples"), SAMPLES_PACKAGE, SAMPLES_IMPORT);

        assertThat(imports).containsKeys("samples", "samples.world", "samples.quirks", "samples.files");
        assertThat(cycles(imports)).as("parts of samples that reach each other through imports").isEmpty();
    }

    /** The simulated world knows nothing of how files look, and the writers nothing of courts. */
    @Test
    void sampleWorldAndWritersStandAlone() throws IOException {
        Map<String, Set<String>> imports = imports(MAIN.resolve("samples"), SAMPLES_PACKAGE, SAMPLES_IMPORT);

        assertThat(imports.get("samples.world")).isEmpty();
        assertThat(imports.get("samples.files")).isEmpty();
        assertThat(imports.get("samples.quirks")).containsOnly("samples.world", "samples.files");
    }

    private static List<String> cycles(Map<String, Set<String>> imports) {
        List<String> cycles = new ArrayList<>();
        for (String from : imports.keySet()) {
            for (String to : imports.get(from)) {
                if (from.compareTo(to) < 0 && reaches(imports, to, from, new TreeSet<>())) {
                    cycles.add(from + " <-> " + to);
                }
            }
        }
        return cycles;
    }

    @Test
    void vocabularyImportsNothingOfOurs() throws IOException {
        assertThat(packageImports().getOrDefault("vocabulary", Set.of())).isEmpty();
    }

    @Test
    void readingDoesNotNeedNormalising() throws IOException {
        assertThat(packageImports().get("ingest")).containsOnly("vocabulary");
    }

    private static boolean reaches(Map<String, Set<String>> imports, String from, String target, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : imports.getOrDefault(from, Set.of())) {
            if (reaches(imports, next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    /** Package (below org.courtstats) to the packages it imports from, the root package left out. */
    private static Map<String, Set<String>> packageImports() throws IOException {
        return imports(MAIN, PACKAGE, IMPORT);
    }

    /** Package (as the patterns' first group names it) to the packages it imports from. */
    private static Map<String, Set<String>> imports(Path root, Pattern packagePattern, Pattern importPattern)
            throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                Matcher own = packagePattern.matcher(source);
                if (!own.find()) {
                    continue;
                }
                Set<String> targets = imports.computeIfAbsent(own.group(1), p -> new TreeSet<>());
                Matcher imported = importPattern.matcher(source);
                while (imported.find()) {
                    if (!imported.group(1).equals(own.group(1))) {
                        targets.add(imported.group(1));
                    }
                }
            }
        }
        return imports;
    }
}
