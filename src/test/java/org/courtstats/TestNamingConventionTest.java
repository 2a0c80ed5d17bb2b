package org.courtstats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the test naming the build relies on: surefire runs the unit tests ({@code *Test}) in
 * {@code mvn test}, failsafe runs the tests that start a warehouse or a process ({@code *IT}) in
 * {@code mvn verify}. A database test named {@code *Test} would slow every unit run, and a unit named
 * {@code *IT} would only run in {@code verify}; a test named anything else would run in neither.
 * Classes without test methods (fixtures, annotations, helpers in support) are not tests and are left alone.
 */
class TestNamingConventionTest {

    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern TEST_METHOD =
            Pattern.compile("@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    /**
     * What makes a test a database (or process) one, each with the reason the failure names: the
     * support annotations and classes that start a warehouse or the application in a process, an
     * embedded server or the application context started directly, a process of its own, or a run
     * of the command line on a data directory (every command but help, usage errors and schedule
     * starts the embedded warehouse there; the benchmark starts its own).
     */
    private static final List<Marker> DATABASE_MARKERS = List.of(
            new Marker("@(WarehouseTest|InputSamplesWarehouseTest)\\b", "is annotated to run on a warehouse"),
            new Marker("\\b(Warehouses|InputSamplesWarehouse|CourtstatsProcess|CommandsOnTheirOwnWarehouse)\\b", "uses a support class that starts a warehouse or a process"),
            new Marker("\\b(EmbeddedPostgres|EmbeddedWarehouse)\\b", "starts an embedded PostgreSQL"),
            new Marker("\\bWarehouse(\\.|::)start\\b|\\bSpringApplication(Builder)?\\b|@SpringBootTest\\b|@SpringBatchTest\\b",
                    "starts the application, and with it its warehouse"),
            new Marker("\\bProcessBuilder\\b|Runtime\\.getRuntime\\(\\)\\.exec", "starts a process"),
            new Marker("\\bcourtstats\\.data-dir=?\"", "runs the application on a data directory"),
            new Marker("execute\\(\\s*\"benchmark\"", "runs the benchmark, which imports into warehouses of its own"));

    @Test
    void databaseTestsAreNamedItAndUnitTestsAreNamedTest() throws IOException {
        List<String> misnamed = new ArrayList<>();
        for (Path file : testSources()) {
            String name = file.getFileName().toString().replaceFirst("\\.java$", "");
            if (name.equals(TestNamingConventionTest.class.getSimpleName())) {
                continue; // its own markers are the patterns above, not a warehouse
            }
            String code = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
            if (!TEST_METHOD.matcher(code).find()) {
                continue;
            }
            String className = TESTS.relativize(file).toString().replace('/', '.').replaceFirst("\\.java$", "");
            Optional<String> database = DATABASE_MARKERS.stream().map(m -> m.reasonIfIn(code)).flatMap(Optional::stream).findFirst();
            if (database.isPresent() && !name.endsWith("IT")) {
                misnamed.add(className + " " + database.get() + ": name it " + stem(name) + "IT");
            } else if (database.isEmpty() && !name.endsWith("Test")) {
                misnamed.add(className + " is a unit test (no warehouse, no process): name it " + stem(name) + "Test");
            }
        }
        assertThat(misnamed).as("test classes whose name puts them in the wrong plugin (surefire *Test, failsafe *IT)").isEmpty();
    }

    @Test
    void theConventionRecognisesBothKinds() {
        assertThat(DATABASE_MARKERS.stream().map(m -> m.reasonIfIn("@WarehouseTest class A {}")).flatMap(Optional::stream))
                .isNotEmpty();
        assertThat(DATABASE_MARKERS.stream().map(m -> m.reasonIfIn("new ProcessBuilder(\"sh\")")).flatMap(Optional::stream))
                .isNotEmpty();
        assertThat(DATABASE_MARKERS.stream().map(m -> m.reasonIfIn("Values.date(\"2024-08-01\")")).flatMap(Optional::stream))
                .isEmpty();
        assertThat(stem("MonthlyImportIntegrationTests")).isEqualTo("MonthlyImport");
        assertThat(stem("RowNormalizerTests")).isEqualTo("RowNormalizer");
    }

    private static List<Path> testSources() throws IOException {
        try (Stream<Path> files = Files.walk(TESTS)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The name without the suffix that says (or wrongly says) what kind of test it is. */
    private static String stem(String name) {
        return name.replaceFirst("(IntegrationTests?|Tests?|IT)$", "");
    }

    private record Marker(Pattern pattern, String reason) {

        Marker(String regex, String reason) {
            this(Pattern.compile(regex), reason);
        }

        Optional<String> reasonIfIn(String code) {
            Matcher found = pattern.matcher(code);
            return found.find() ? Optional.of(reason) : Optional.empty();
        }
    }
}
