package org.courtstats.samples.files;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** What a writer puts in one cell: the form a court's style chose for a value. */
public sealed interface CellValue {

    CellValue BLANK = new Text("");

    /** The value as a CSV field, and as a planted issue reports it. */
    String display();

    record Text(String text) implements CellValue {
        @Override
        public String display() {
            return text;
        }
    }

    /** A number cell; {@code format} is an Excel number format, or null for General. */
    record Number(BigDecimal value, String format) implements CellValue {
        @Override
        public String display() {
            return value.toPlainString();
        }
    }

    /** A date cell with an Excel date format; a built-in format is given by its index as text ("14"). */
    record Date(LocalDateTime value, String format) implements CellValue {
        @Override
        public String display() {
            return value.toLocalTime().equals(LocalTime.MIDNIGHT)
                    ? value.toLocalDate().toString() : value.toString();
        }
    }

    record Bool(boolean value) implements CellValue {
        @Override
        public String display() {
            return value ? "TRUE" : "FALSE";
        }
    }
}
