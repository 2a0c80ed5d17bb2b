package org.courtstats.bulletin;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.courtstats.reports.SpreadsheetText;

/**
 * The bulletin's cell styles. A workbook holds a limited number of styles, so each is made once and
 * shared; the table styles are made on demand for each combination of number format, standard met or
 * not, and bold (the 全市 row).
 */
final class BulletinStyles {

    /** A font every Chinese Office has; LibreOffice substitutes a CJK font of its own. */
    private static final String FONT = "等线";
    /** Excel's own "good" and "bad" cell colours: green and red that print legibly in grey too. */
    private static final XSSFColor MET_FILL = rgb(0xC6, 0xEF, 0xCE);
    private static final XSSFColor MET_FONT = rgb(0x00, 0x61, 0x00);
    private static final XSSFColor MISSED_FILL = rgb(0xFF, 0xC7, 0xCE);
    private static final XSSFColor MISSED_FONT = rgb(0x9C, 0x00, 0x06);
    private static final XSSFColor HEADER_FILL = rgb(0xD9, 0xE1, 0xF2);
    private static final XSSFColor BLOCK_FILL = rgb(0xF2, 0xF2, 0xF2);
    private static final XSSFColor NOTE_FONT = rgb(0x59, 0x59, 0x59);

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> cells = new HashMap<>();
    private final Map<String, XSSFFont> fonts = new HashMap<>();

    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle note;
    final XSSFCellStyle header;
    final XSSFCellStyle blockTitle;
    final XSSFCellStyle group;
    /** Units and standards: short texts of our own, centred. */
    final XSSFCellStyle label;

    BulletinStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        title = style(font(18, true, null), null, false, HorizontalAlignment.CENTER);
        subtitle = style(font(12, false, null), null, false, HorizontalAlignment.CENTER);
        note = style(font(9, false, NOTE_FONT), null, false, HorizontalAlignment.LEFT);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        header = style(font(11, true, null), HEADER_FILL, true, HorizontalAlignment.CENTER);
        header.setWrapText(true);
        blockTitle = style(font(11, true, null), BLOCK_FILL, true, HorizontalAlignment.LEFT);
        group = style(font(11, true, null), BLOCK_FILL, true, HorizontalAlignment.CENTER);
        label = style(font(11, false, null), null, true, HorizontalAlignment.CENTER);
    }

    /**
     * A table cell of text from the data (a court's or an indicator's name). Text that starts like a
     * formula is marked as text, so that editing the cell in Excel keeps it text.
     */
    XSSFCellStyle text(String value, boolean bold) {
        boolean quoted = SpreadsheetText.looksLikeAFormula(value);
        return cells.computeIfAbsent("text/" + bold + "/" + quoted, key -> {
            XSSFCellStyle style = style(font(11, bold, null), null, true, HorizontalAlignment.LEFT);
            style.setQuotePrefixed(quoted);
            return style;
        });
    }

    /**
     * A table cell of a number.
     *
     * @param meetsStandard true: green, false: red, null (no standard, or not this cell's concern): plain
     */
    XSSFCellStyle number(String format, Boolean meetsStandard, boolean bold) {
        return cells.computeIfAbsent(format + "/" + meetsStandard + "/" + bold, key -> {
            XSSFFont font = font(11, bold, meetsStandard == null ? null : meetsStandard ? MET_FONT : MISSED_FONT);
            XSSFColor fill = meetsStandard == null ? null : meetsStandard ? MET_FILL : MISSED_FILL;
            XSSFCellStyle style = style(font, fill, true, HorizontalAlignment.RIGHT);
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        });
    }

    /** Colours as a legend shows them: a cell coloured as a value that met, or missed, its standard. */
    XSSFCellStyle legend(boolean met) {
        return cells.computeIfAbsent("legend/" + met, key ->
                style(font(9, false, met ? MET_FONT : MISSED_FONT), met ? MET_FILL : MISSED_FILL, true,
                        HorizontalAlignment.CENTER));
    }

    private XSSFCellStyle style(XSSFFont font, XSSFColor fill, boolean bordered, HorizontalAlignment alignment) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (fill != null) {
            style.setFillForegroundColor(fill);
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }

    private XSSFFont font(int points, boolean bold, XSSFColor color) {
        return fonts.computeIfAbsent(points + "/" + bold + "/" + (color == null ? "" : color.getARGBHex()), key -> {
            XSSFFont font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            if (color != null) {
                font.setColor(color);
            }
            return font;
        });
    }

    private static XSSFColor rgb(int red, int green, int blue) {
        return new XSSFColor(new byte[] {(byte) red, (byte) green, (byte) blue}, null);
    }
}
