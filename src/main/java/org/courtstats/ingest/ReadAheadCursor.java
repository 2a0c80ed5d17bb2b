package org.courtstats.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a sheet's rows on a thread of its own, a few blocks ahead of the caller: parsing the file
 * (unzipping and parsing XML, decoding and splitting text) then runs beside the normalising and COPY
 * of the rows before, instead of taking turns with them on one thread. The blocks in flight are
 * bounded, so memory stays flat whatever the file's size.
 *
 * <p>The caller sees exactly what the wrapped cursor gives, in order, including an
 * {@link UnreadableFileException} (or any other failure) at the row where it happened. Not for use by
 * more than one caller thread.
 */
public final class ReadAheadCursor implements RowCursor {

    /** Rows handed over at a time: enough that the handover costs nothing per row. */
    private static final int BLOCK_ROWS = 256;
    /** Blocks read ahead at most. */
    private static final int BLOCKS_AHEAD = 8;

    /** A block of rows; the last one of the sheet carries how it ended. */
    private record Block(List<SourceRow> rows, boolean last, RuntimeException failure) {
    }

    private final RowCursor source;
    private final BlockingQueue<Block> blocks = new ArrayBlockingQueue<>(BLOCKS_AHEAD);
    private final Thread reader;
    private Block current = new Block(List.of(), false, null);
    private int position;
    private boolean ended;

    /** Starts reading {@code source} at once, on a daemon thread of the given name. */
    public ReadAheadCursor(RowCursor source, String threadName) {
        this.source = source;
        this.reader = new Thread(this::readAll, threadName);
        reader.setDaemon(true);
        reader.start();
    }

    private void readAll() {
        List<SourceRow> rows = new ArrayList<>(BLOCK_ROWS);
        try {
            SourceRow row;
            while ((row = source.next()) != null) {
                rows.add(row);
                if (rows.size() == BLOCK_ROWS) {
                    blocks.put(new Block(rows, false, null));
                    rows = new ArrayList<>(BLOCK_ROWS);
                }
            }
            blocks.put(new Block(rows, true, null));
        } catch (InterruptedException closed) {
            // close() asked the reading to stop: nobody waits for the rest.
        } catch (RuntimeException failure) {
            try {
                blocks.put(new Block(rows, true, failure));
            } catch (InterruptedException closed) {
                // Closed meanwhile: the failure has no one left to tell.
            }
        }
    }

    @Override
    public SourceRow next() {
        while (position == current.rows().size()) {
            if (ended) {
                return null;
            }
            if (current.last()) {
                ended = true;
                if (current.failure() != null) {
                    throw current.failure();
                }
                return null;
            }
            try {
                current = blocks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the file's rows", e);
            }
            position = 0;
        }
        return current.rows().get(position++);
    }

    /** Stops the reading thread, waits for it, then closes the file. */
    @Override
    public void close() {
        reader.interrupt();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
