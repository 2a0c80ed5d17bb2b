package org.courtstats.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Pulls the rows of one worksheet part with StAX: each {@link #next()} reads the XML only up to the
 * end of the next non-blank {@code <row>}, so a sheet of any length is read in constant memory.
 *
 * <p>Cells: {@code t="s"} shared string, {@code str} formula string, {@code inlineStr} inline
 * (rich) text, {@code b} boolean, {@code e} error, {@code d} ISO date; a number ({@code n} or no
 * {@code t}) is a DATE when its style's format is a date format, else a NUMBER taken from the XML
 * text, never through a double ({@code 1.10101199001011E+17} is {@code 110101199001011000}; see
 * {@link ExcelValues#numeric} for the 15-digit rule). Formulas ({@code <f>}) count by their cached
 * value. Row numbers come from {@code r} (counted on when missing), columns from the cell reference
 * (the next column when missing).
 */
final class XlsxRowCursor implements RowCursor {

    /** Excel's last column, XFD; a reference beyond it is damage, not data. */
    private static final int MAX_COLUMNS = 16384;

    private final String fileName;
    private final String sheetName;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final List<String> sharedStrings;
    private final boolean[] dateStyles;
    private final boolean date1904;
    private final ArrayList<Cell> cells = new ArrayList<>();
    private int rowNumber;
    private boolean finished;

    XlsxRowCursor(String fileName, String sheetName, InputStream in, List<String> sharedStrings,
            boolean[] dateStyles, boolean date1904) throws XMLStreamException {
        this.fileName = fileName;
        this.sheetName = sheetName;
        this.in = in;
        this.xml = XlsxXml.open(in);
        this.sharedStrings = sharedStrings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
    }

    @Override
    public SourceRow next() {
        if (finished) {
            return null;
        }
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if ("row".equals(xml.getLocalName())) {
                        SourceRow row = readRow();
                        if (row != null) {
                            return row;
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    // Merged cells, print settings and the rest follow the data: no need to read them.
                    if ("sheetData".equals(xml.getLocalName())) {
                        break;
                    }
                } else if (XlsxXml.isDoctype(event)) {
                    throw XlsxXml.doctypeRefused();
                }
            }
            close();
            return null;
        } catch (Exception e) {
            close();
            throw PoiFailures.translate(Messages.at(fileName, sheetName, rowNumber), e);
        }
    }

    @Override
    public void close() {
        finished = true;
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // Nothing more is read; the stream below is released next.
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // Read-only zip entry stream: nothing is lost by a failed close.
        }
    }

    /** Reads the row whose start tag was just read; null when all its cells are blank. */
    private SourceRow readRow() throws XMLStreamException {
        String r = xml.getAttributeValue(null, "r");
        rowNumber = r == null ? rowNumber + 1 : parseIndex(r, "行号");
        cells.clear();
        int column = -1;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("c".equals(xml.getLocalName())) {
                    column = readCell(column);
                } else {
                    XlsxXml.skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isBlank()) {
            last--;
        }
        return last < 0 ? null : new SourceRow(sheetName, rowNumber, List.copyOf(cells.subList(0, last + 1)));
    }

    /** Reads the cell whose start tag was just read, stores it and returns its column index. */
    private int readCell(int previousColumn) throws XMLStreamException {
        String reference = null;
        String style = null;
        String type = null;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String attribute = xml.getAttributeLocalName(i);
            if ("r".equals(attribute)) {
                reference = xml.getAttributeValue(i);
            } else if ("s".equals(attribute)) {
                style = xml.getAttributeValue(i);
            } else if ("t".equals(attribute)) {
                type = xml.getAttributeValue(i);
            }
        }
        int column = reference == null ? previousColumn + 1 : columnIndex(reference, previousColumn);
        String value = null;
        String inline = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                if ("v".equals(element)) {
                    value = xml.getElementText();
                } else if ("is".equals(element)) {
                    inline = XlsxXml.readStringItem(xml);
                } else {
                    // <f> (the formula: its cached <v> is the value) and extensions.
                    XlsxXml.skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        Cell cell = toCell(type, style, value, inline, reference == null ? "" : reference);
        while (cells.size() <= column) {
            cells.add(Cell.BLANK);
        }
        cells.set(column, cell);
        return column;
    }

    private Cell toCell(String type, String style, String value, String inline, String reference) {
        if (type == null || "n".equals(type)) {
            if (value == null || value.isEmpty()) {
                return Cell.BLANK;
            }
            return ExcelValues.numeric(number(value, reference), isDateStyle(style), date1904);
        }
        switch (type) {
            case "s":
                if (value == null || value.isEmpty()) {
                    return Cell.BLANK;
                }
                int index = parseIndex(value, "共享字符串编号");
                if (index >= sharedStrings.size()) {
                    throw damaged("单元格 " + reference + " 引用了不存在的共享字符串 " + value);
                }
                return Cell.text(sharedStrings.get(index));
            case "inlineStr":
                return Cell.text(inline != null ? inline : value == null ? null : XlsxXml.decodeEscapes(value));
            case "str":
                return Cell.text(value == null ? null : XlsxXml.decodeEscapes(value));
            case "b":
                return value == null || value.isEmpty() ? Cell.BLANK : Cell.bool("1".equals(value) || "true".equals(value));
            case "e":
                return value == null || value.isEmpty() ? Cell.BLANK : Cell.error(value);
            case "d":
                return value == null || value.isEmpty() ? Cell.BLANK : isoDate(value, reference);
            default:
                throw damaged("单元格 " + reference + " 的类型“" + type + "”无法识别");
        }
    }

    private boolean isDateStyle(String style) {
        if (style == null) {
            return false;
        }
        int index = parseIndex(style, "样式编号");
        return index < dateStyles.length && dateStyles[index];
    }

    private BigDecimal number(String value, String reference) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw damaged("单元格 " + reference + " 标为数字，但其值“" + value + "”不是数字");
        }
    }

    /** A {@code t="d"} cell: an ISO 8601 date-time, which newer Excel versions may write. */
    private Cell isoDate(String value, String reference) {
        try {
            LocalDateTime date = value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay()
                    : LocalDateTime.parse(value.endsWith("Z") ? value.substring(0, value.length() - 1) : value);
            return Cell.date(date, BigDecimal.valueOf(DateUtil.getExcelDate(date, date1904)));
        } catch (DateTimeParseException e) {
            throw damaged("单元格 " + reference + " 标为日期，但其值“" + value + "”不是日期");
        }
    }

    /**
     * The 0-based column of a reference such as {@code B5}; letters only, so no regular expression
     * runs per cell. A reference without letters counts as the next column.
     */
    private int columnIndex(String reference, int previousColumn) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (column > MAX_COLUMNS) {
                throw damaged("单元格引用“" + reference + "”超出 Excel 的列范围");
            }
        }
        return column == 0 ? previousColumn + 1 : column - 1;
    }

    /** A non-negative integer attribute (row number, style or shared string index). */
    private int parseIndex(String text, String what) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 0) {
            throw damaged(what + "“" + text + "”无效");
        }
        return value;
    }

    private UnreadableFileException damaged(String detail) {
        return new UnreadableFileException(Messages.at(fileName, sheetName, rowNumber) + "已损坏（" + detail
                + "），无法读取；请重新导出后报送");
    }
}
