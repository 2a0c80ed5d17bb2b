package org.courtstats.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.courtstats.support.CourtstatsProcess;
import org.courtstats.support.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17.4: zonky read and hashed the 15 MB binaries archive at every start to find the folder it
 * had unpacked. After the first start the binaries are found through a link instead, and a cleaned
 * temporary folder is unpacked again as before.
 */
class UnpackedBinariesIT {

    private static final String WORKING_DIRECTORY = "ot.epg.working-dir";

    @TempDir
    Path temp;
    String workingDirectoryBefore;

    @BeforeEach
    void unpackIntoTheTestsOwnFolder() {
        workingDirectoryBefore = System.getProperty(WORKING_DIRECTORY);
        System.setProperty(WORKING_DIRECTORY, temp.resolve("epg").toString());
    }

    @AfterEach
    void restore() {
        if (workingDirectoryBefore == null) {
            System.clearProperty(WORKING_DIRECTORY);
        } else {
            System.setProperty(WORKING_DIRECTORY, workingDirectoryBefore);
        }
        CourtstatsProcess.stopServersUnder(temp);
    }

    @Test
    void afterTheFirstStartTheBinariesAreFoundThroughALinkAndACleanedFolderIsUnpackedAgain() throws IOException {
        Path epg = temp.resolve("epg");
        startAndStop();
        Path link = onlyLink(epg);
        Path unpacked = epg.resolve(Files.readSymbolicLink(link));
        assertThat(unpacked.resolve("bin/postgres")).isRegularFile();

        try (LogCapture zonky = new LogCapture(EmbeddedPostgres.class)) {
            startAndStop();
            assertThat(zonky.messages()).contains("INFO Postgres binaries at " + link);
        }

        deleteTree(unpacked);
        try (LogCapture zonky = new LogCapture(EmbeddedPostgres.class)) {
            startAndStop();
            assertThat(zonky.messages()).contains("INFO Postgres binaries at " + unpacked);
        }
        assertThat(onlyLink(epg)).isEqualTo(link);
        assertThat(epg.resolve(Files.readSymbolicLink(link)).resolve("bin/postgres")).isRegularFile();
    }

    private void startAndStop() {
        try (EmbeddedWarehouse warehouse = EmbeddedWarehouse.start(temp.resolve("data"), 0, false)) {
            assertThat(warehouse.port()).isPositive();
        }
    }

    private static Path onlyLink(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> links = entries.filter(Files::isSymbolicLink).toList();
            assertThat(links).hasSize(1);
            return links.get(0);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> entries = Files.walk(folder)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(entry);
            }
        }
    }
}
