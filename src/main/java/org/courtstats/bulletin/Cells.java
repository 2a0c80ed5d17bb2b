package org.courtstats.bulletin;

import java.math.BigDecimal;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes the bulletin's cells. Text is always a string cell, never a formula, whatever it holds; a
 * missing number is a blank cell, which a chart leaves out (a text such as "—" would count as 0).
 */
final class Cells {

    private Cells() {
    }

    static XSSFCell text(XSSFRow row, int column, String text, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        return cell;
    }

    static XSSFCell number(XSSFRow row, int column, BigDecimal number, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        if (number != null) {
            cell.setCellValue(number.doubleValue());
        }
        cell.setCellStyle(style);
        return cell;
    }

    /** Text across columns 0 to {@code lastColumn} of a new row. */
    static XSSFCell merged(XSSFSheet sheet, int row, int lastColumn, String text, XSSFCellStyle style) {
        XSSFCell cell = text(sheet.createRow(row), 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastColumn));
        return cell;
    }
}
