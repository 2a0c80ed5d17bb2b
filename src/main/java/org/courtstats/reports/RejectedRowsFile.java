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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
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
    private static final int[] COLUMN_WIDTHS = {12, 8, 36, 24, 6, 16, 24, 22, 100};

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
     * @param courtSheet in an .xlsx, the one sheet of rejected rows when they are a single court's;
     *                   empty for one sheet per court, named by its short name
     * @throws IllegalArgumentException when the file is neither a .csv nor an .xlsx
     */
    public static void write(Path file, List<RowProblem> rejected, List<RowProblem> warnings,
                             Optional<String> courtSheet) throws IOException {
        Format format = Format.of(file).orElseThrow(() -> new IllegalArgumentException(file + ": not .csv or .xlsx"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (format == Format.CSV) {
            writeCsv(file, rejected, warnings);
        } else {
            writeXlsx(file, rejected, warnings, courtSheet);
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
     * Streamed (only a window of rows in memory), with a bold header on a grey fill that stays in view
     * and carries Excel's filter buttons.
     */
    private static void writeXlsx(Path file, List<RowProblem> rejected, List<RowProblem> warnings,
                                  Optional<String> courtSheet) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            Styles styles = new Styles(workbook);
            if (courtSheet.isPresent()) {
                writeSheet(workbook, styles, courtSheet.get(), rejected);
            } else {
                Map<String, List<RowProblem>> byCourt = new LinkedHashMap<>();
                rejected.forEach(problem -> byCourt.computeIfAbsent(problem.court(), court -> new ArrayList<>())
                        .add(problem));
                byCourt.forEach((court, problems) -> writeSheet(workbook, styles, court, problems));
            }
            if (!warnings.isEmpty()) {
                writeSheet(workbook, styles, WARNINGS_SHEET, warnings);
            }
            workbook.write(out);
        }
    }

    private static void writeSheet(SXSSFWorkbook workbook, Styles styles, String name, List<RowProblem> problems) {
        SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row header = sheet.createRow(0);
        for (int c = 0; c < RowProblem.COLUMNS.size(); c++) {
            header.createCell(c).setCellValue(RowProblem.COLUMNS.get(c));
            header.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, COLUMN_WIDTHS[c] * 256);
        }
        int r = 1;
        for (RowProblem problem : problems) {
            Row row = sheet.createRow(r++);
            List<Object> cells = problem.cells();
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                var cell = row.createCell(c);
                if (value instanceof Integer number) {
                    cell.setCellValue(number);
                } else {
                    String text = (String) value;
                    cell.setCellValue(text);
                    if (SpreadsheetText.looksLikeAFormula(text)) {
                        cell.setCellStyle(styles.literalText);
                    }
                }
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, RowProblem.COLUMNS.size() - 1));
    }

    /** Cell styles are the workbook's: create each once, not once per cell. */
    private static final class Styles {

        final CellStyle header;
        /** Marks a text Excel would otherwise take for a formula when the cell is edited (its "'" prefix). */
        final CellStyle literalText;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            literalText = workbook.createCellStyle();
            literalText.setQuotePrefixed(true);
        }
    }
}
