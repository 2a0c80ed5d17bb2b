package org.courtstats.reports;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rejected rows (and the warnings on kept rows) to a file a court can open in Excel: a .csv
 * or an .xlsx. Every value is the court's own text, so nothing may turn into a formula when the file
 * is opened: in the .xlsx every text is a string cell (marked as text, as a leading ' would), in the
 * .csv a value Excel would evaluate gets a leading '.
 */
public final class RejectedRowsFile {

    /** The sheet, or the CSV's second section, holding warnings on rows that were kept. */
    public static final String WARNINGS_SHEET = "警告";

    private static final String WARNINGS_TITLE = "警告（以下各行已接收，请核对）";
    private static final int ROWS_IN_MEMORY = 200;
    /** Column widths in characters, for 法院, 报表, 文件, 工作表, 行号, 栏目, 原值, 问题, 说明. */
    private static final int[] COLUMN_WIDTHS = {11, 8, 28, 16, 6, 14, 20, 18, 56};
    /** The sheet's title (court and month), then the column headings; the rows follow. */
    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 1;
    /** The height of a line of the default 11-point font, in points. */
    static final float LINE_HEIGHT_POINTS = 15f;

    private RejectedRowsFile() {
    }

    /** The kinds of file the rows can be written to, told by the file name's extension. */
    public enum Format {
        CSV, XLSX;

        public static Optional<Format> of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                return Optional.of(CSV);
            }
            return name.endsWith(".xlsx") ? Optional.of(XLSX) : Optional.empty();
        }
    }

    /**
     * @param period     the month, named in each sheet's title
     * @param courtSheet in an .xlsx, the one sheet of rejected rows when they are a single court's;
     *                   empty for one sheet per court, named by its short name
     * @throws IllegalArgumentException when the file is neither a .csv nor an .xlsx
     */
    public static void write(Path file, YearMonth period, List<RowProblem> rejected, List<RowProblem> warnings,
                             Optional<String> courtSheet) throws IOException {
        Format format = Format.of(file).orElseThrow(() -> new IllegalArgumentException(file + ": not .csv or .xlsx"));
        if (format == Format.CSV) {
            writeCsv(file, rejected, warnings);
        } else {
            writeXlsx(file, period, rejected, warnings, courtSheet);
        }
    }

    /**
     * UTF-8 with a byte order mark, without which Excel reads Chinese as the system's code page;
     * quoted only where RFC 4180 requires. The warnings follow the rejected rows after a blank line,
     * under a title and the header again.
     */
    private static void writeCsv(Path file, List<RowProblem> rejected, List<RowProblem> warnings) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        try (ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd("\r\n").build()) {
            out.write('\uFEFF');
            writeCsvSection(csv, rejected);
            if (!warnings.isEmpty()) {
                csv.writeNext(new String[] {""}, false);
                csv.writeNext(new String[] {WARNINGS_TITLE}, false);
                writeCsvSection(csv, warnings);
            }
            if (csv.checkError()) {
                throw new IOException("cannot write " + file, csv.getException());
            }
        }
    }

    private static void writeCsvSection(ICSVWriter csv, List<RowProblem> problems) {
        csv.writeNext(RowProblem.COLUMNS.toArray(String[]::new), false);
        for (RowProblem problem : problems) {
            csv.writeNext(problem.cells().stream().map(cell -> SpreadsheetText.csvLiteral(String.valueOf(cell)))
                    .toArray(String[]::new), false);
        }
    }

    /**
     * Streamed (only a window of rows in memory). Each sheet opens with a title naming the court and
     * the month, above a bold header on a grey fill that stays in view and carries Excel's filter
     * buttons; it prints on A4 landscape, as wide as the page, the title and header on every page,
     * every text wrapped in its column (说明 is a sentence).
     */
    private static void writeXlsx(Path file, YearMonth period, List<RowProblem> rejected, List<RowProblem> warnings,
                                  Optional<String> courtSheet) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            Styles styles = new Styles(workbook);
            String month = period.getYear() + "年" + period.getMonthValue() + "月";
            if (courtSheet.isPresent()) {
                writeSheet(workbook, styles, courtSheet.get(), courtSheet.get() + " " + month + " 被拒收的行", rejected);
            } else {
                Map<String, List<RowProblem>> byCourt = new LinkedHashMap<>();
                rejected.forEach(problem -> byCourt.computeIfAbsent(problem.court(), court -> new ArrayList<>())
                        .add(problem));
                byCourt.forEach((court, problems) ->
                        writeSheet(workbook, styles, court, court + " " + month + " 被拒收的行", problems));
            }
            if (!warnings.isEmpty()) {
                writeSheet(workbook, styles, WARNINGS_SHEET, month + " " + WARNINGS_TITLE, warnings);
            }
            workbook.write(out);
        }
    }

    private static void writeSheet(SXSSFWorkbook workbook, Styles styles, String name, String title,
                                   List<RowProblem> problems) {
        SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        int lastColumn = RowProblem.COLUMNS.size() - 1;
        Row titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(24);
        titleRow.createCell(0).setCellValue(title + "（共 " + problems.size() + " 条）");
        titleRow.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, lastColumn));
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < RowProblem.COLUMNS.size(); c++) {
            header.createCell(c).setCellValue(RowProblem.COLUMNS.get(c));
            header.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, COLUMN_WIDTHS[c] * 256);
        }
        int r = HEADER_ROW + 1;
        for (RowProblem problem : problems) {
            Row row = sheet.createRow(r++);
            List<Object> cells = problem.cells();
            int lines = 1;
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                var cell = row.createCell(c);
                if (value instanceof Integer number) {
                    cell.setCellValue(number);
                    cell.setCellStyle(styles.number);
                } else {
                    String text = (String) value;
                    cell.setCellValue(text);
                    cell.setCellStyle(SpreadsheetText.looksLikeAFormula(text) ? styles.literalText : styles.text);
                    lines = Math.max(lines, linesIn(text, COLUMN_WIDTHS[c]));
                }
            }
            // Neither Excel nor LibreOffice grows a row to its wrapped text on opening a file: without
            // a height, 说明 would show, and print, its first line only.
            row.setHeightInPoints(LINE_HEIGHT_POINTS * lines);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, lastColumn));
        PrintLayout.a4Landscape(sheet, TITLE_ROW, HEADER_ROW, title);
    }

    /**
     * How many lines a text takes wrapped in a column of that many characters' width: a Chinese
     * character is about 1.65 digits wide in the default font (measured on LibreOffice's rendering),
     * a line break starts a line.
     */
    static int linesIn(String text, int columnWidth) {
        int lines = 0;
        int perLine = (columnWidth - 1) * 100;
        for (String line : text.split("\n", -1)) {
            int width = line.codePoints().map(c -> c < 0x1100 ? 100 : 165).sum();
            lines += Math.max(1, (width + perLine - 1) / perLine);
        }
        return lines;
    }

    /** Cell styles are the workbook's: create each once, not once per cell. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle header;
        /** Wrapped in its column, top-aligned: a row's cells read side by side however many lines each takes. */
        final CellStyle text;
        final CellStyle number;
        /** Marks a text Excel would otherwise take for a formula when the cell is edited (its "'" prefix). */
        final CellStyle literalText;

        Styles(SXSSFWorkbook workbook) {
            header = SheetStyles.header(workbook);
            title = SheetStyles.title(workbook, 14);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            number = workbook.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
            literalText = workbook.createCellStyle();
            literalText.cloneStyleFrom(text);
            literalText.setQuotePrefixed(true);
        }
    }
}
