package org.courtstats.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.courtstats.vocabulary.CaseType;
import org.courtstats.vocabulary.Court;
import org.courtstats.vocabulary.ReferenceData;

/**
 * The reference data for pure unit tests, read from the same CSV files the migration was written from
 * (copies under src/test/resources/normalize/), so that tests without a database see the same courts
 * and case types.
 */
public final class References {

    private static final ReferenceData DATA = new ReferenceData(courts(), caseTypes());

    private References() {
    }

    public static ReferenceData data() {
        return DATA;
    }

    private static List<Court> courts() {
        List<Court> courts = new ArrayList<>();
        for (String[] row : csv("/normalize/courts.csv")) {
            courts.add(new Court(row[0], row[1], row[2], Arrays.asList(row[3].split("\\|")), row[4].equals("basic")));
        }
        return courts;
    }

    private static List<CaseType> caseTypes() {
        List<CaseType> types = new ArrayList<>();
        for (String[] row : csv("/normalize/case-types.csv")) {
            types.add(new CaseType(row[0], row[4], row[3], row[5]));
        }
        return types;
    }

    /** The simple CSV of the reference files: no quoted commas in the columns used here. */
    private static List<String[]> csv(String resource) {
        try (InputStream in = References.class.getResourceAsStream(resource)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            return lines.stream().filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
