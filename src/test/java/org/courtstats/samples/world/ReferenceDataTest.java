package org.courtstats.samples.world;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generator repeats the reference data it needs (it ships without it); this keeps the copies true
 * to the project's copies of shared/reference (the ones the migrations were written from).
 */
class ReferenceDataTest {

    private static final Path REFERENCE = Path.of("src", "test", "resources", "normalize");

    @Test
    void courtsAreThoseOfCourtsCsvInItsOrder() throws Exception {
        List<String[]> rows = read("courts.csv");
        assertThat(Courts.ALL).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            Court court = Courts.ALL.get(i);
            assertThat(court.index()).isEqualTo(i);
            assertThat(court.code()).isEqualTo(row[0]);
            assertThat(court.name()).isEqualTo(row[1]);
            assertThat(court.shortName()).isEqualTo(row[2]);
            List<String> names = new ArrayList<>(List.of(row[1], row[2]));
            for (String alias : row[3].split("\\|")) {
                if (!names.contains(alias)) {
                    names.add(alias);
                }
            }
            assertThat(court.names()).containsExactlyElementsOf(names);
            assertThat(court.intermediate()).isEqualTo(row[4].equals("intermediate"));
            assertThat(court.population()).isEqualTo(Integer.parseInt(row[6]));
        }
    }

    @Test
    void everyTypeCodeBelongsToItsFeedInCaseTypesCsvExceptTheDeliberatelyUnknownOne() throws Exception {
        Map<String, String> feeds = new HashMap<>();
        read("case-types.csv").forEach(row -> feeds.put(row[0], row[4]));
        for (String type : CaseTypes.all()) {
            if (type.equals(CaseTypes.UNKNOWN_TYPE)) {
                assertThat(feeds).doesNotContainKey(type);
            } else {
                assertThat(feeds.get(type)).as(type).isEqualTo(CaseTypes.feedOf(type).id());
            }
        }
    }

    private static List<String[]> read(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(REFERENCE.resolve(file)); CSVReader csv = new CSVReader(in)) {
            List<String[]> rows = new ArrayList<>(csv.readAll());
            rows.remove(0);
            return rows;
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(e);
        }
    }
}
