package org.courtstats.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads a reporting month given on the command line (YYYY-MM). */
final class Periods {

    private Periods() {
    }

    static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("月份“" + text + "”无效，应写作 YYYY-MM，例如 2024-08");
        }
    }
}
