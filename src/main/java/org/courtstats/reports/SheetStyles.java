package org.courtstats.reports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The styles the workbooks courts print share: a bold title above the table, a grey header row. */
final class SheetStyles {

    private SheetStyles() {
    }

    /** A bold title of the given size. Each call adds a style to the workbook: call it once per workbook. */
    static CellStyle title(Workbook workbook, int points) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) points);
        CellStyle title = workbook.createCellStyle();
        title.setFont(font);
        return title;
    }

    /** The table's header row: bold on grey. Each call adds a style to the workbook: call it once per workbook. */
    static CellStyle header(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return header;
    }
}
