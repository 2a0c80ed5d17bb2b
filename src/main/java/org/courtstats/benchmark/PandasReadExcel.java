package org.courtstats.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The other yardstick for .xlsx: pandas {@code read_excel} (openpyxl), what an analyst would script,
 * run by the machine's python3 (with pandas and openpyxl) on the first files until enough rows are read for a steady rate.
 */
final class PandasReadExcel {

    private static final String SCRIPT = String.join("\n",
            "import sys, time",
            "import pandas as pd",
            "rows = 0",
            "started = time.perf_counter()",
            "for name in sys.argv[2:]:",
            "    sheets = pd.read_excel(name, sheet_name=None, header=None, dtype=str)",
            "    rows += sum(len(sheet) for sheet in sheets.values())",
            "    if rows >= int(sys.argv[1]):",
            "        break",
            "print(rows, time.perf_counter() - started)");

    private PandasReadExcel() {
    }

    /** @return rows and seconds, or null when python3 with pandas and openpyxl is not installed */
    static Rate measure(List<Path> workbooks, long enoughRows) throws IOException, InterruptedException {
        String python = pythonWithPandas();
        if (python == null) {
            return null;
        }
        List<String> command = new ArrayList<>(List.of(python, "-c", SCRIPT, String.valueOf(enoughRows)));
        workbooks.forEach(workbook -> command.add(workbook.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IOException("pandas failed: " + output);
        }
        String[] figures = output.substring(output.lastIndexOf('\n') + 1).trim().split("\\s+");
        return new Rate(Long.parseLong(figures[0]), (long) (Double.parseDouble(figures[1]) * 1e9));
    }

    /** The first python3 that has pandas and openpyxl: the one on the PATH, or Debian's (python3-pandas). */
    private static String pythonWithPandas() {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process process = new ProcessBuilder(python, "-c", "import pandas, openpyxl").redirectErrorStream(true).start();
                process.getInputStream().readAllBytes();
                if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return python;
                }
            } catch (IOException | InterruptedException e) {
                // not this one
            }
        }
        return null;
    }
}
