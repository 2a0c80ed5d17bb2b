package org.courtstats.samples.files;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV or tab-separated text file, streamed. Fields are quoted only when they must be (RFC 4180),
 * lines end in CRLF as Windows exports do, and a character the charset cannot encode fails the
 * write instead of becoming a '?'.
 */
final class DelimitedTableFile implements TableFile {

    private final Path path;
    private final ICSVWriter writer;
    private boolean sheetStarted;
    private int width;
    private int rows;

    DelimitedTableFile(Path path, Charset charset, boolean byteOrderMark, char separator) throws IOException {
        this.path = path;
        Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        if (byteOrderMark) {
            out.write('\uFEFF');
        }
        this.writer = new CSVWriterBuilder(out).withSeparator(separator).withLineEnd("\r\n").build();
    }

    @Override
    public void startSheet(String name) {
        if (sheetStarted) {
            throw new IllegalStateException(path.getFileName() + ": a text file has a single sheet");
        }
        sheetStarted = true;
    }

    @Override
    public int write(List<CellValue> cells) throws IOException {
        width = Math.max(width, cells.size());
        writer.writeNext(cells.stream().map(CellValue::display).toArray(String[]::new), false);
        failOnError();
        return ++rows;
    }

    @Override
    public void skipRow() throws IOException {
        writer.writeNext(new String[Math.max(1, width)], false);
        failOnError();
        rows++;
    }

    @Override
    public void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        // Text has no merged cells: the upper cell keeps the text, the others stay empty.
    }

    @Override
    public void columnWidths(List<Integer> widths) {
        // Text has no column widths.
    }

    /** opencsv keeps write errors to itself; an unencodable character must not pass silently. */
    private void failOnError() throws IOException {
        if (writer.getException() != null) {
            throw new IOException(path.getFileName() + ": cannot write", writer.getException());
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (writer.checkError()) {
                throw new IOException(path.getFileName() + ": cannot write", writer.getException());
            }
        } finally {
            writer.close();
        }
    }
}
