package org.courtstats.samples.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An .xlsx written with POI's streaming workbook: only a small window of rows is in memory, the
 * rest is flushed to a temporary file, so a file of a million rows needs no more heap than one of
 * a thousand. The creation date is set from the report date, because POI would stamp the current
 * time and every regeneration would change the bytes.
 */
final class XlsxTableFile extends WorkbookTableFile {

    private static final int ROWS_IN_MEMORY = 100;

    private final Path path;
    private final LocalDate created;
    private final SXSSFWorkbook workbook;

    XlsxTableFile(Path path, LocalDate created, boolean sharedStrings) {
        this(path, created, new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, sharedStrings));
    }

    private XlsxTableFile(Path path, LocalDate created, SXSSFWorkbook workbook) {
        super(workbook);
        this.path = path;
        this.created = created;
        this.workbook = workbook;
    }

    /**
     * Writes out the rows still held for the sheet. At {@code write} POI flushes the sheets in
     * hash-map order, which would number the shared strings differently from run to run.
     */
    @Override
    void finishSheet(Sheet sheet) throws IOException {
        ((SXSSFSheet) sheet).flushRows();
    }

    @Override
    public void close() throws IOException {
        try {
            finishCurrentSheet();
            var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setCreated(Optional.of(Date.from(created.atTime(9, 0).toInstant(ZoneOffset.ofHours(8)))));
            properties.setCreator("Administrator");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
                workbook.write(out);
            }
        } finally {
            workbook.close();
        }
    }
}
