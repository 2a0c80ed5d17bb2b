package org.courtstats.ingest;

import java.io.Closeable;
import java.util.List;

/**
 * An opened delivery file of any supported format (.xlsx, .xls, CSV, tab-separated text), read
 * streaming. Open one with {@link Spreadsheets#open(java.nio.file.Path)}.
 */
public interface Spreadsheet extends Closeable {

    /** What the file really is, from its bytes (not its name), in Chinese for the load report. */
    FileFormat format();

    /** All sheets in workbook order, hidden ones included (flagged). */
    List<SheetInfo> sheets();

    /**
     * A new cursor over one sheet's rows. May be called again for the same sheet to read it from
     * the start (a restart skips rows it already loaded).
     *
     * @throws UnreadableFileException when the sheet cannot be read
     */
    RowCursor rows(SheetInfo sheet);

    /** Releases the file; never throws. */
    @Override
    void close();
}
