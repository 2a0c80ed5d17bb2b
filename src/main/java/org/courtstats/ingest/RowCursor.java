package org.courtstats.ingest;

import java.io.Closeable;

/** Streams the rows of one sheet in file order, holding at most one row in memory. */
public interface RowCursor extends Closeable {

    /**
     * The next row that has at least one non-blank cell, or {@code null} at the end of the sheet.
     *
     * @throws UnreadableFileException when the bytes stop making sense part way (a truncated zip,
     *     a CSV byte sequence that is not text): the whole delivery is refused with its message.
     */
    SourceRow next();

    /** Releases the file; never throws. */
    @Override
    void close();
}
