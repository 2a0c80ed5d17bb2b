package org.courtstats.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes what the review before publishing found as a workbook to send to the courts: a sheet of
 * findings (what looks wrong and what to check) and a sheet of every case a finding involves, with
 * the file, sheet and Excel row it was found in, so a court can check the list row by row. It prints
 * as the rejects workbook does ({@link PrintLayout}); every text is a string cell.
 */
public final class ReviewFindingsFile {

    static final String FINDINGS_SHEET = "审核发现";
    static final String CASES_SHEET = "涉及案件";

    /** One finding, as the statistician reads it. */
    public record FindingLine(String court, String feed, String fileName, String status, String check, String action,
                              String expected, String found, String message, int caseCount) {
    }

    /** One case a finding involves, where it was seen (the delivery's row, or the compared delivery's). */
    public record CaseLine(String court, String feed, String check, String caseNo, String note, String fileName,
                           String sheet, Integer rowNumber) {
    }

    private static final List<String> FINDING_COLUMNS =
            List.of("法院", "报表", "文件", "状态", "检查", "处理", "应为", "实为", "说明", "涉及案件");
    private static final int[] FINDING_WIDTHS = {12, 8, 30, 8, 14, 8, 30, 30, 60, 8};
    private static final List<String> CASE_COLUMNS =
            List.of("序号", "法院", "报表", "检查", "案号", "情况", "所在文件", "工作表", "行号");
    private static final int[] CASE_WIDTHS = {6, 12, 8, 14, 26, 30, 36, 14, 7};
    private static final int HEADER_ROW = 1;

    private ReviewFindingsFile() {
    }

    /** @param title what was reviewed, e.g. 2024年8月 发布前审核结果 */
    public static void write(Path file, String title, List<FindingLine> findings, List<CaseLine> cases)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = start(workbook, styles, FINDINGS_SHEET, title + "（共 " + findings.size() + " 项）",
                    FINDING_COLUMNS, FINDING_WIDTHS);
            int r = HEADER_ROW + 1;
            for (FindingLine f : findings) {
                Row row = sheet.createRow(r++);
                Object[] values = {f.court(), f.feed(), f.fileName(), f.status(), f.check(), f.action(), f.expected(),
                    f.found(), f.message(), f.caseCount()};
                fill(row, styles.wrapped, values);
                // Neither Excel nor LibreOffice grows a row to its wrapped text on opening a file.
                int lines = 1;
                for (int c = 0; c < values.length; c++) {
                    if (values[c] instanceof String text) {
                        lines = Math.max(lines, RejectedRowsFile.linesIn(text, FINDING_WIDTHS[c]));
                    }
                }
                row.setHeightInPoints(RejectedRowsFile.LINE_HEIGHT_POINTS * lines);
            }
            PrintLayout.a4Landscape(sheet, HEADER_ROW, HEADER_ROW, "");
            sheet = start(workbook, styles, CASES_SHEET, title + "　涉及的案件（共 " + cases.size() + " 件）",
                    CASE_COLUMNS, CASE_WIDTHS);
            r = HEADER_ROW + 1;
            for (CaseLine c : cases) {
                fill(sheet.createRow(r), null, r - HEADER_ROW, c.court(), c.feed(), c.check(), c.caseNo(), c.note(),
                        c.fileName(), c.sheet(), c.rowNumber());
                r++;
            }
            if (r > HEADER_ROW + 1) {
                sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, CASE_COLUMNS.size() - 1));
            }
            PrintLayout.a4Landscape(sheet, HEADER_ROW, HEADER_ROW, "");
            workbook.write(out);
        }
    }

    private static SXSSFSheet start(SXSSFWorkbook workbook, Styles styles, String name, String title,
                                    List<String> columns, int[] widths) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(columns.get(c));
            header.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        return sheet;
    }

    private static void fill(Row row, CellStyle style, Object... values) {
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            if (values[c] instanceof Integer number) {
                cell.setCellValue(number);
            } else if (values[c] != null) {
                cell.setCellValue(values[c].toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /** Cell styles are the workbook's: create each once. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle header;
        final CellStyle wrapped;

        Styles(SXSSFWorkbook workbook) {
            title = SheetStyles.title(workbook, 13);
            header = SheetStyles.header(workbook);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
