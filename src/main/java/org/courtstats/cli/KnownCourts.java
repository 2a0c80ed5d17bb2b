package org.courtstats.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.courtstats.UserError;
import org.courtstats.vocabulary.Court;
import org.courtstats.vocabulary.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The courts' names as the warehouse last gave them, kept beside it, so that a --court nobody goes by
 * is refused before the warehouse starts (well under a second instead of the seconds a start takes).
 * The list is the warehouse's own (core.court, the names of mart.court.names), written whenever a
 * command has read it, and trusted only while the migrations shipped are those it was written under:
 * a release that changes the courts makes the next command check in the warehouse again.
 */
final class KnownCourts {

    private static final Logger log = LoggerFactory.getLogger(KnownCourts.class);
    private static final String FILE_NAME = "court-names.tsv";

    private KnownCourts() {
    }

    /** Refuses, before anything starts, a name that no court of the list last written goes by. */
    static void refuseUnknownEarly(String name) {
        read().ifPresent(courts -> {
            String wanted = name.strip();
            boolean known = courts.stream().anyMatch(names -> names.contains(wanted));
            if (!known) {
                throw unknown(name, courts.stream().map(names -> names.get(0) + " " + names.get(2)).toList());
            }
        });
    }

    /** The court of that name, from the warehouse's reference data; remembers the names for next time. */
    static Court resolve(String name, ReferenceData reference) {
        remember(reference);
        return reference.courtNamed(name).orElseThrow(() -> unknown(name, reference.courts().stream()
                .sorted(Comparator.comparing(Court::code)).map(c -> c.code() + " " + c.shortName()).toList()));
    }

    private static UserError unknown(String name, List<String> courts) {
        return new UserError("法院“" + name + "”不是本市的法院。请用法院代字、全称、简称或别名，可选："
                + courts.stream().sorted().collect(Collectors.joining("、")) + "。");
    }

    /** One line per court: code, full name, short name, aliases; under a first line naming the migrations. */
    private static void remember(ReferenceData reference) {
        List<String> lines = new ArrayList<>();
        lines.add(migrations());
        reference.courts().stream().sorted(Comparator.comparing(Court::code)).forEach(court -> {
            List<String> names = new ArrayList<>(List.of(court.code(), court.name(), court.shortName()));
            names.addAll(court.aliases());
            lines.add(String.join("\t", names));
        });
        try {
            Files.write(file(), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Cannot write the list of court names {}: {}", file(), e.getMessage());
        }
    }

    private static Optional<List<List<String>>> read() {
        try {
            if (!Files.isRegularFile(file())) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(migrations())) {
                return Optional.empty();
            }
            return Optional.of(lines.stream().skip(1).map(line -> Arrays.asList(line.split("\t"))).toList());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Path file() {
        return Path.of(System.getProperty("courtstats.data-dir",
                Optional.ofNullable(System.getenv("COURTSTATS_DATA_DIR")).orElse("courtstats-data"))).resolve(FILE_NAME);
    }

    /** The versioned migrations this build ships, by name: what the courts of core.court come from. */
    private static String migrations() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql");
            return "# " + Arrays.stream(found).map(Resource::getFilename).sorted().collect(Collectors.joining(" "));
        } catch (IOException e) {
            return "# unknown";
        }
    }
}
