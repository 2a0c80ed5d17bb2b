package org.courtstats.samples.files;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A file being written row by row, whatever its format. Rows are numbered as the user sees them:
 * Excel's row number, or the line of a text file, from 1.
 */
public interface TableFile extends Closeable {

    /**
     * Opens a file for writing.
     *
     * @param created       the document's creation date (the report date), fixed so that the same
     *                      arguments give the same bytes
     * @param sharedStrings whether an .xlsx keeps a shared-string table (as Excel and WPS do); without
     *                      one, strings are written inline and memory stays flat for huge files
     */
    static TableFile open(OutputFormat format, Path path, LocalDate created, boolean sharedStrings) throws IOException {
        return switch (format) {
            case XLSX -> new XlsxTableFile(path, created, sharedStrings);
            case XLS -> new XlsTableFile(path);
            case CSV_UTF8_BOM -> new DelimitedTableFile(path, StandardCharsets.UTF_8, true, ',');
            case CSV_UTF8 -> new DelimitedTableFile(path, StandardCharsets.UTF_8, false, ',');
            case CSV_GBK -> new DelimitedTableFile(path, Charset.forName("GBK"), false, ',');
            case TSV_UTF8 -> new DelimitedTableFile(path, StandardCharsets.UTF_8, false, '\t');
        };
    }

    /** Starts the next sheet; a text file has exactly one. */
    void startSheet(String name) throws IOException;

    /** Writes a row and returns its row number. */
    int write(List<CellValue> cells) throws IOException;

    /** Leaves a blank row (in a text file: a line of separators, as Excel saves it). */
    void skipRow() throws IOException;

    /** Merges cells of rows already written (row numbers from 1, columns from 0); text files ignore it. */
    void merge(int firstRow, int lastRow, int firstColumn, int lastColumn);

    /** Column widths in characters; text files ignore them. */
    void columnWidths(List<Integer> widths);
}
