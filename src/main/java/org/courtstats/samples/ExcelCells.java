package org.courtstats.samples;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** Writing cell values into a POI workbook, shared by the .xlsx and .xls writers. */
final class ExcelCells {

    /** Formats given by a built-in index rather than a pattern. */
    private static final String BUILTIN_DATE = "14";

    private final Workbook workbook;
    private final Map<String, CellStyle> styles = new HashMap<>();

    ExcelCells(Workbook workbook) {
        this.workbook = workbook;
    }

    void fill(Row row, List<CellValue> cells) {
        for (int i = 0; i < cells.size(); i++) {
            CellValue value = cells.get(i);
            if (value instanceof CellValue.Text text) {
                if (!text.text().isEmpty()) {
                    row.createCell(i).setCellValue(text.text());
                }
            } else if (value instanceof CellValue.Number number) {
                Cell cell = row.createCell(i);
                cell.setCellValue(number.value().doubleValue());
                if (number.format() != null) {
                    cell.setCellStyle(style(number.format()));
                }
            } else if (value instanceof CellValue.Date date) {
                Cell cell = row.createCell(i);
                cell.setCellValue(date.value());
                cell.setCellStyle(style(date.format()));
            } else if (value instanceof CellValue.Bool bool) {
                row.createCell(i).setCellValue(bool.value());
            }
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

    static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow - 1, lastRow - 1, firstColumn, lastColumn));
    }

    static void columnWidths(Sheet sheet, List<Integer> widths) {
        for (int i = 0; i < widths.size(); i++) {
            sheet.setColumnWidth(i, Math.min(255, widths.get(i)) * 256);
        }
    }
}
