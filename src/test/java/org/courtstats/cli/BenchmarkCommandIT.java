package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The benchmark runs end to end at a tiny scale (its figures are meaningless here; what is checked
 * is that every measurement runs and is reported). The real run is in the README.
 */
class BenchmarkCommandIT {

    @TempDir
    Path work;

    @Test
    void measuresTheImportAgainstCopyAndReportsEveryTargetItRan() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = CourtstatsCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        int status = commandLine.execute("benchmark", "--work", work.toString(), "--scale", "0.05", "--formats", "csv",
                "--province-rows", "40000", "--province-courts", "20", "--single-file-rows", "2000", "--growth", "0.02,0.04");

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("== CSV: 15 files")
                .containsPattern("import end to end \\(\\d threads\\)\\s+[\\d ]+ rows in")
                .containsPattern("stages \\(summed over threads\\): read .* normalize .* stage \\(COPY\\) .* publish .* indicators")
                .containsPattern("(psql \\\\copy into a typed table|COPY via JDBC \\(no psql\\)) of the same rows")
                .contains("rerun of").contains("(median court)").contains("(largest court)")
                .containsPattern("province month: [\\d,]+ rows, 20 courts")
                .contains("== Parallel loading (CSV month): 1 thread")
                .contains("== One csv file of")
                .contains("== Targets")
                .containsPattern("(met |MISS) CSV month import ≥ 0.5 × psql \\\\copy")
                .containsPattern("(met |MISS) [\\d,]+-row csv file \\(one court, one thread\\) import ≥ 0.5 × psql \\\\copy")
                .containsPattern("(met |MISS) csv month of [\\d,]+ rows imports with -Xmx256m")
                .contains("== Growth (CSV month")
                .containsPattern("\\n\\s+0\\.02\\s+\\d+ .*\\n\\s+0\\.04\\s+\\d+ ")
                .containsPattern("— without the slices\\s+[\\d.]+ s = [\\d.]+ × the scan; the slices add")
                .containsPattern("(met |MISS) indicators of [\\d,]+ rows, every slice included, ≤ 5 × one scan")
                .containsPattern("(met |MISS) deliveries load in parallel");
        assertThat(work.resolve("inbox-csv/recipe.txt")).as("the generated deliveries are kept for the next run").exists();
        assertThat(work.resolve("equivalent-csv.csv")).exists();
    }
}
