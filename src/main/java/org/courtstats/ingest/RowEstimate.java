package org.courtstats.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.hssf.record.DimensionsRecord;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * How many rows a delivery file holds, estimated without reading its cells, so that a load can say
 * how far it has got. It counts every row of the largest sheet, title and header rows included
 * (blank rows too, in text files), so it is a little above the data rows the load will read:
 *
 * <ul>
 *   <li>.xlsx: the {@code <row>} elements of the largest worksheet, found by scanning the sheet XML.
 *       The sheet's {@code <dimension>} would be cheaper but streaming writers leave it at "A1";</li>
 *   <li>.xls: the largest sheet's DIMENSIONS record (Excel and POI always write it);</li>
 *   <li>an HTML table: its {@code <tr>} tags;</li>
 *   <li>CSV and tab-separated text: its lines (a quoted line break counts twice).</li>
 * </ul>
 *
 * A file that cannot be estimated (damaged, encrypted) counts as 0 rows: it is almost always
 * refused before any of its rows is read.
 */
public final class RowEstimate {

    private static final Pattern WORKSHEET = Pattern.compile("xl/worksheets/[^/]+\\.xml");

    private RowEstimate() {
    }

    /** The estimated rows of {@code file}, or 0 when it cannot be told. */
    public static long of(Path file) {
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(Spreadsheets.HEAD_BYTES);
            }
            return switch (FileMagic.valueOf(head)) {
                case OOXML -> xlsxRows(file);
                case OLE2 -> xlsRows(file);
                default -> textRows(file, head);
            };
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long xlsxRows(Path file) throws IOException {
        long largest = 0;
        // ZipSecureFile: POI's zip-bomb limits apply here as when the workbook is read.
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (WORKSHEET.matcher(entry.getName()).matches()) {
                    try (InputStream sheet = zip.getInputStream(entry)) {
                        largest = Math.max(largest, rowElements(sheet));
                    }
                }
            }
        }
        return largest;
    }

    /**
     * Counts {@code <row ...>} start tags, also with a namespace prefix ({@code <x:row>}): "row"
     * preceded by '<' or ':' and followed by white space, '>' or '/'.
     */
    private static long rowElements(InputStream xml) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int p4 = 0;
        int p3 = 0;
        int p2 = 0;
        int p1 = 0;
        long rows = 0;
        int n;
        while ((n = xml.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                int b = buffer[i];
                if (p3 == 'r' && p2 == 'o' && p1 == 'w' && (p4 == '<' || p4 == ':')
                        && (b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\r' || b == '\n')) {
                    rows++;
                }
                p4 = p3;
                p3 = p2;
                p2 = p1;
                p1 = b;
            }
        }
        return rows;
    }

    private static long xlsRows(Path file) throws IOException {
        long largest = 0;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             InputStream workbook = fs.createDocumentInputStream(
                     HSSFWorkbook.getWorkbookDirEntryName(fs.getRoot()))) {
            RecordInputStream records = new RecordInputStream(workbook);
            while (records.hasNextRecord()) {
                records.nextRecord();
                if (records.getSid() == DimensionsRecord.sid) {
                    int firstRow = records.readInt();
                    int lastRowPlusOne = records.readInt();
                    largest = Math.max(largest, lastRowPlusOne - firstRow);
                }
                records.readRemainder();
            }
        }
        return largest;
    }

    /** Lines, or the {@code <tr>} tags of an HTML table (whose rows may share a line or span several). */
    private static long textRows(Path file, byte[] head) throws IOException {
        TextEncoding bom = TextEncoding.fromByteOrderMark(head);
        // Without a byte order mark the text is UTF-8 or GB18030; in both a byte below 0x80 is always
        // that ASCII character, so reading the bytes as Latin-1 finds line breaks and tags exactly.
        Charset charset = bom == null ? StandardCharsets.ISO_8859_1 : bom.charset();
        long lines = 0;
        long htmlRows = 0;
        char p3 = 0;
        char p2 = 0;
        char p1 = '\n';
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), charset)) {
            char[] buffer = new char[1 << 16];
            int n;
            while ((n = reader.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    if (c == '\n') {
                        lines++;
                    }
                    if (p3 == '<' && (p2 | 0x20) == 't' && (p1 | 0x20) == 'r'
                            && (c == '>' || Character.isWhitespace(c))) {
                        htmlRows++;
                    }
                    p3 = p2;
                    p2 = p1;
                    p1 = c;
                }
            }
        }
        if (htmlRows > 0) {
            return htmlRows;
        }
        return p1 == '\n' ? lines : lines + 1;
    }
}
