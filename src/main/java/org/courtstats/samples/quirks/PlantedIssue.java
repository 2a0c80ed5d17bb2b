package org.courtstats.samples.quirks;

import org.courtstats.vocabulary.ReasonCode;

/**
 * An issue the pipeline should report for a row of a generated file: a planted error (the row is
 * to be rejected) or a warning the data carries (the row is kept).
 *
 * @param row    the row number as Excel shows it, or the line of a text file, from 1
 * @param column the header of the column at fault, as written in the file
 * @param value  the cell as written (empty for a missing value)
 */
public record PlantedIssue(int row, ReasonCode reason, String column, String value) {
}
