package org.courtstats.samples.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.CodePageUtil;

/**
 * A legacy .xls (BIFF8), as WPS Office and older case systems save. POI has no streaming writer for
 * it, but a .xls sheet holds at most 65 536 rows anyway; bigger deliveries are written as .xlsx.
 */
final class XlsTableFile extends WorkbookTableFile {

    private final Path path;
    private final HSSFWorkbook workbook;

    XlsTableFile(Path path) {
        this(path, new HSSFWorkbook());
    }

    private XlsTableFile(Path path, HSSFWorkbook workbook) {
        super(workbook);
        this.path = path;
        this.workbook = workbook;
    }

    @Override
    void finishSheet(Sheet sheet) {
        // An in-memory workbook has nothing to flush.
    }

    @Override
    void checkRoom(int index) {
        if (index >= OutputFormat.XLS_MAX_ROWS) {
            throw new IllegalStateException(path.getFileName() + ": a .xls sheet holds at most 65 536 rows");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            // Without the summary streams POI logs a warning per file; they hold no dates unless set.
            workbook.createInformationProperties();
            workbook.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UTF8);
            workbook.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_UTF8);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path))) {
                workbook.write(out);
            }
        } finally {
            workbook.close();
        }
    }
}
