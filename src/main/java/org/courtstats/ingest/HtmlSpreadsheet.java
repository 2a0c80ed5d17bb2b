package org.courtstats.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An HTML page saved under a spreadsheet name, as many Chinese case systems export "Excel" files:
 * the rows of its tables, read streaming by {@link HtmlTableCursor}.
 *
 * <p>One sheet, named after the file without its extension. The tables of the page follow each
 * other in it, as Excel shows them when it opens such a file, and the row number is the position
 * of the {@code <tr>} in the page, counted from 1. The text encoding follows the rule for text
 * files ({@link TextEncoding}); a {@code <meta charset>} is not trusted, since these exports often
 * declare one encoding and write another.
 */
final class HtmlSpreadsheet implements Spreadsheet {

    private final Path file;
    private final String fileName;
    private final TextEncoding encoding;
    private final SheetInfo sheet;

    private HtmlSpreadsheet(Path file, String fileName, TextEncoding encoding) {
        this.file = file;
        this.fileName = fileName;
        this.encoding = encoding;
        this.sheet = new SheetInfo(0, Messages.baseName(fileName), false);
    }

    static Spreadsheet open(Path file, String fileName, byte[] head) throws IOException {
        TextEncoding encoding = TextEncoding.detect(file, head,
                Messages.file(fileName) + "实为网页（HTML）表格，但其文字", Messages.RESAVE_AS_XLSX);
        return new HtmlSpreadsheet(file, fileName, encoding);
    }

    @Override
    public FileFormat format() {
        return FileFormat.HTML;
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
            return new HtmlTableCursor(fileName, sheet.name(), encoding.open(file));
        } catch (IOException e) {
            throw HtmlTableCursor.unreadable(fileName, 0, e);
        }
    }

    @Override
    public void close() {
        // Each cursor holds its own reader; the spreadsheet itself keeps nothing open.
    }
}
