package org.courtstats.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A delivery of a million rows loads in bounded memory: the import runs as the operator runs it, in a
 * JVM of its own limited to a 256 MB heap (on its own embedded warehouse), and publishes every row.
 * The workbook is the heaviest kind a reader meets: Excel's shared strings, one per case number.
 */
class MillionRowDeliveryIT {

    static final int ROWS = 1_000_000;

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void aMillionRowSheetIsPublishedWholeInA256MegabyteHeap() throws Exception {
        Path inbox = temp.resolve("inbox");
        HostileFiles.millionRows(inbox.resolve(HostileFiles.PERIOD), ROWS);
        Path output = temp.resolve("import.log");

        Process process = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElseThrow(), "-Xmx256m",
                "-Dcourtstats.data-dir=" + temp.resolve("data"), "-Dcourtstats.log-file=" + temp.resolve("courtstats.log"),
                "-Dcourtstats.embedded.durable=false",
                "-cp", System.getProperty("java.class.path"), "org.courtstats.CourtstatsApplication",
                "import", "--period", HostileFiles.PERIOD, "--inbox", inbox.toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = process.waitFor(210, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }

        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("finished in time; it printed:%n%s", printed).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).doesNotContain("OutOfMemoryError")
                .containsPattern("豫1302\\s+审判\\s+1,?000,?000\\s+1,?000,?000\\s+0\\s+0\\s+已发布");
    }
}
