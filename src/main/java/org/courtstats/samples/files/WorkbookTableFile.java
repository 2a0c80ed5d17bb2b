package org.courtstats.samples.files;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** What the .xlsx and .xls writers share: rows, cells, styles and merges through POI's common model. */
abstract class WorkbookTableFile implements TableFile {

    /** Formats given by a built-in index rather than a pattern. */
    private static final String BUILTIN_DATE = "14";

    private final Workbook workbook;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private Sheet sheet;
    private int nextRow;

    WorkbookTableFile(Workbook workbook) {
        this.workbook = workbook;
    }

    /** Called before a new sheet is started, and before the workbook is written. */
    abstract void finishSheet(Sheet sheet) throws IOException;

    /** Called before a row is written at {@code index} (from 0). */
    void checkRoom(int index) {
    }

    @Override
    public void startSheet(String name) throws IOException {
        finishCurrentSheet();
        sheet = workbook.createSheet(name);
        nextRow = 0;
    }

    void finishCurrentSheet() throws IOException {
        if (sheet != null) {
            finishSheet(sheet);
        }
    }

    @Override
    public int write(List<CellValue> values) {
        checkRoom(nextRow);
        Row row = sheet.createRow(nextRow);
        for (int i = 0; i < values.size(); i++) {
            fill(row, i, values.get(i));
        }
        return ++nextRow;
    }

    private void fill(Row row, int column, CellValue value) {
        if (value instanceof CellValue.Text text) {
            if (!text.text().isEmpty()) {
                row.createCell(column).setCellValue(text.text());
            }
        } else if (value instanceof CellValue.Number number) {
            Cell cell = row.createCell(column);
            cell.setCellValue(number.value().doubleValue());
            if (number.format() != null) {
                cell.setCellStyle(style(number.format()));
            }
        } else if (value instanceof CellValue.Date date) {
            Cell cell = row.createCell(column);
            cell.setCellValue(date.value());
            cell.setCellStyle(style(date.format()));
        } else if (value instanceof CellValue.Bool bool) {
            row.createCell(column).setCellValue(bool.value());
        }
    }

    /** One cell style per number format, created on first use: workbooks allow only so many. */
    private CellStyle style(String format) {
        return styles.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(BUILTIN_DATE.equals(f) ? (short) 14 : workbook.createDataFormat().getFormat(f));
            return style;
        });
    }

    @Override
    public void skipRow() {
        nextRow++;
    }

    @Override
    public void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow - 1, lastRow - 1, firstColumn, lastColumn));
    }

    @Override
    public void columnWidths(List<Integer> widths) {
        for (int i = 0; i < widths.size(); i++) {
            sheet.setColumnWidth(i, Math.min(255, widths.get(i)) * 256);
        }
    }
}
