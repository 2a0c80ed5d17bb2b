package org.courtstats.samples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.util.CodePageUtil;

/**
 * A legacy .xls (BIFF8), as WPS Office and older case systems save. POI has no streaming writer for
 * it, but a .xls sheet holds at most 65 536 rows anyway; bigger deliveries are written as .xlsx.
 */
final class XlsTableFile implements TableFile {

    private final Path path;
    private final HSSFWorkbook workbook = new HSSFWorkbook();
    private final ExcelCells cells = new ExcelCells(workbook);
    private HSSFSheet sheet;
    private int nextRow;

    XlsTableFile(Path path) {
        this.path = path;
    }

    @Override
    public void startSheet(String name) {
        sheet = workbook.createSheet(name);
        nextRow = 0;
    }

    @Override
    public int write(List<CellValue> values) {
        if (nextRow >= OutputFormat.XLS_MAX_ROWS) {
            throw new IllegalStateException(path.getFileName() + ": a .xls sheet holds at most 65 536 rows");
        }
        cells.fill(sheet.createRow(nextRow), values);
        return ++nextRow;
    }

    @Override
    public void skipRow() {
        nextRow++;
    }

    @Override
    public void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        ExcelCells.merge(sheet, firstRow, lastRow, firstColumn, lastColumn);
    }

    @Override
    public void columnWidths(List<Integer> widths) {
        ExcelCells.columnWidths(sheet, widths);
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
