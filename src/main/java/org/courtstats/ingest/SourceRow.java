package org.courtstats.ingest;

import java.util.List;

/**
 * One row of a sheet (or one CSV record) with the row number the user sees: Excel's row number,
 * counted from 1, hidden and empty rows included; for CSV the record's position counted from 1 as
 * Excel would show it when opening the file (a quoted field spanning lines is still one row).
 *
 * <p>{@code cells} is dense from column A to the last non-blank cell; missing cells are
 * {@link Cell#BLANK}. Readers never return a row whose cells are all blank.
 */
public record SourceRow(String sheet, int rowNumber, List<Cell> cells) {

    public Cell cell(int column) {
        return column < cells.size() ? cells.get(column) : Cell.BLANK;
    }
}
