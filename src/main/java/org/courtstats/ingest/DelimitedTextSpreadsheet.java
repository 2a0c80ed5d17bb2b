package org.courtstats.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import com.opencsv.exceptions.CsvValidationException;

/**
 * A CSV or tab-separated text file, read streaming with opencsv's {@code RFC4180Parser} (its default
 * parser takes a backslash for an escape and would turn {@code C:\temp\new} into {@code C:tempnew}).
 *
 * <p>One sheet, named after the file without its extension. The row number is the record's position
 * from 1, as Excel numbers the rows when it opens the file: a quoted field spanning lines is one row,
 * an empty line is a row (skipped, being blank). Every field is TEXT exactly as written, untrimmed
 * (white space only: BLANK); trailing blank fields are dropped. Line ends may be {@code \r\n},
 * {@code \n} or {@code \r}, mixed; a line break inside a quoted field is read as {@code \n}.
 *
 * <p>Refused, naming the row: a quote left open (by the end of the file, or over
 * {@value #MULTILINE_LIMIT} lines, which also bounds the memory a record takes), and a NUL character
 * (byte 0). A NUL is never part of text a court typed, PostgreSQL cannot store it, and it usually
 * means the file is something else (UTF-16 without a byte order mark, a database dump); dropping it
 * silently could alter a case number, so the court is asked to re-save the file instead.
 */
final class DelimitedTextSpreadsheet implements Spreadsheet {

    /** Physical lines one record may span before its quoting is taken for broken. */
    static final int MULTILINE_LIMIT = 1000;

    /** Characters read to find the separator. */
    private static final int SNIFF_CHARS = 1 << 16;

    private final Path file;
    private final String fileName;
    private final TextEncoding encoding;
    private final char separator;
    private final SheetInfo sheet;

    private DelimitedTextSpreadsheet(Path file, String fileName, TextEncoding encoding, char separator) {
        this.file = file;
        this.fileName = fileName;
        this.encoding = encoding;
        this.separator = separator;
        this.sheet = new SheetInfo(0, Messages.baseName(fileName), false);
    }

    static Spreadsheet open(Path file, String fileName, byte[] head) throws IOException {
        TextEncoding encoding = TextEncoding.detect(file, head, Messages.file(fileName),
                "请在 Excel 中打开后另存为 UTF-8 CSV（“CSV UTF-8（逗号分隔）”）再报送");
        boolean txt = fileName.toLowerCase(Locale.ROOT).endsWith(".txt");
        return new DelimitedTextSpreadsheet(file, fileName, encoding, separator(file, encoding, txt));
    }

    @Override
    public FileFormat format() {
        return separator == '\t' ? FileFormat.TSV : FileFormat.CSV;
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.of(sheet);
    }

    @Override
    public RowCursor rows(SheetInfo requested) {
        if (!sheet.equals(requested)) {
            throw new IllegalArgumentException("not a sheet of " + fileName + ": " + requested);
        }
        try {
            Reader reader = encoding.open(file);
            CSVReader csv = new CSVReaderBuilder(reader)
                    .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
                    .withMultilineLimit(MULTILINE_LIMIT)
                    .build();
            return new Cursor(csv);
        } catch (IOException e) {
            throw new UnreadableFileException(Messages.file(fileName) + "无法读取（" + e.getMessage() + "）；请重新报送", e);
        }
    }

    @Override
    public void close() {
        // Each cursor holds its own reader; the spreadsheet itself keeps nothing open.
    }

    /**
     * Tab when the first line holding a tab or a comma has more tabs than commas, or has any tab in a
     * {@code .txt} file; otherwise comma. Lines with neither (a title such as
     * {@code 审判案件明细}) do not decide.
     */
    private static char separator(Path file, TextEncoding encoding, boolean txt) throws IOException {
        char[] text = new char[SNIFF_CHARS];
        int length = 0;
        try (Reader reader = encoding.open(file)) {
            int n;
            while (length < SNIFF_CHARS && (n = reader.read(text, length, SNIFF_CHARS - length)) > 0) {
                length += n;
            }
        }
        int tabs = 0;
        int commas = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c == '\t') {
                tabs++;
            } else if (c == ',') {
                commas++;
            } else if ((c == '\n' || c == '\r') && tabs + commas > 0) {
                break;
            }
        }
        return tabs > commas || (txt && tabs > 0) ? '\t' : ',';
    }

    private final class Cursor implements RowCursor {
        private final CSVReader csv;
        private int recordNumber;
        private boolean finished;

        Cursor(CSVReader csv) {
            this.csv = csv;
        }

        @Override
        public SourceRow next() {
            if (finished) {
                return null;
            }
            try {
                String[] fields;
                while ((fields = csv.readNext()) != null) {
                    recordNumber++;
                    SourceRow row = toRow(fields);
                    if (row != null) {
                        return row;
                    }
                }
                close();
                return null;
            } catch (CsvMultilineLimitBrokenException e) {
                close();
                throw refusal("起有未闭合的双引号（一个单元格跨越了超过 " + MULTILINE_LIMIT + " 行），无法确定单元格的边界；"
                        + "请检查该行的引号后重新导出", e);
            } catch (CsvMalformedLineException e) {
                close();
                throw refusal("起有未闭合的双引号（引号内的内容一直延续到文件末尾），无法确定单元格的边界；"
                        + "请检查该行的引号后重新导出", e);
            } catch (CharacterCodingException e) {
                close();
                throw refusal("附近有不符合 " + encoding.charset().name() + " 编码的字节（文件可能在读取期间被改动）；"
                        + "请重新报送", e);
            } catch (IOException | CsvValidationException e) {
                close();
                throw refusal("无法读取（" + e.getMessage() + "）；请重新报送", e);
            }
        }

        private SourceRow toRow(String[] fields) {
            int last = fields.length - 1;
            while (last >= 0 && fields[last].isBlank()) {
                last--;
            }
            if (last < 0) {
                return null;
            }
            Cell[] cells = new Cell[last + 1];
            for (int i = 0; i <= last; i++) {
                String field = fields[i];
                if (field.indexOf('\0') >= 0) {
                    close();
                    throw new UnreadableFileException(Messages.at(fileName, null, recordNumber) + "第 " + (i + 1)
                            + " 列含有空字符（NUL，字节 0），不是正常的文本；请在 Excel 中打开后另存为 UTF-8 CSV 或 .xlsx 再报送");
                }
                cells[i] = Cell.text(field);
            }
            return new SourceRow(sheet.name(), recordNumber, List.of(cells));
        }

        private UnreadableFileException refusal(String what, Exception cause) {
            return new UnreadableFileException(Messages.at(fileName, null, recordNumber + 1) + what, cause);
        }

        @Override
        public void close() {
            finished = true;
            try {
                csv.close();
            } catch (IOException ignored) {
                // Read-only file: nothing is lost by a failed close.
            }
        }
    }
}
