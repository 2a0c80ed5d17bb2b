package org.courtstats.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the cases behind one indicator value as a workbook a court can check row by row: a sheet
 * for the numerator's cases, one for the denominator's, and one for the cases left out because the
 * optional field the indicator needs was not filled in (when there are any). Each sheet says above
 * its table what value it explains; it prints as the rejects workbook does ({@link PrintLayout}). Every
 * text is a string cell: a case number never turns into a formula.
 */
public final class IndicatorCasesFile {

    static final String NUMERATOR_SHEET = "分子案件";
    static final String DENOMINATOR_SHEET = "分母案件";
    static final String LEFT_OUT_SHEET = "未计入（字段未填）";
    private static final List<String> COLUMNS = List.of("序号", "案号", "承办法院", "类型代字", "立案日期", "结案日期",
            "结案方式", "开庭次数", "计入数", "原审案号", "原审法院", "来源文件", "工作表", "行号");
    private static final int[] WIDTHS = {6, 26, 12, 8, 11, 11, 14, 8, 10, 26, 12, 36, 16, 7};
    private static final int HEADER_ROW = 2;
    private static final int ROWS_IN_MEMORY = 200;

    private IndicatorCasesFile() {
    }

    /**
     * @param title what the sheets explain, e.g. 宛城区法院 2024年8月 本月 一审裁判被改判率 0.119%（分子 1 / 分母 843）
     */
    public static void write(Path file, String title, List<IndicatorCases.Case> cases) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            Styles styles = new Styles(workbook);
            writeSheet(workbook, styles, NUMERATOR_SHEET, title + "　计入分子的案件",
                    cases, IndicatorCases.Case::inNumerator, IndicatorCases.Case::numeratorContribution);
            writeSheet(workbook, styles, DENOMINATOR_SHEET, title + "　计入分母的案件",
                    cases, IndicatorCases.Case::inDenominator, IndicatorCases.Case::denominatorContribution);
            if (cases.stream().anyMatch(IndicatorCases.Case::leftOutUnknown)) {
                writeSheet(workbook, styles, LEFT_OUT_SHEET, title + "　因所需字段未填而未计入的案件",
                        cases, IndicatorCases.Case::leftOutUnknown, c -> null);
            }
            workbook.write(out);
        }
    }

    private static void writeSheet(SXSSFWorkbook workbook, Styles styles, String name, String title,
                                   List<IndicatorCases.Case> cases, Predicate<IndicatorCases.Case> included,
                                   Function<IndicatorCases.Case, BigDecimal> counted) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row titleRow = sheet.createRow(0);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
        // A streamed sheet is written top down: the count goes above the table before its rows.
        Row count = sheet.createRow(1);
        count.createCell(0).setCellValue("共 " + cases.stream().filter(included).count() + " 件；“计入数”为该案计入的件数"
                + "（被减去的为 -1）或金额、天数。行号为法院报送文件中该案所在的 Excel 行。");
        count.getCell(0).setCellStyle(styles.note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, COLUMNS.size() - 1));
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < COLUMNS.size(); c++) {
            header.createCell(c).setCellValue(COLUMNS.get(c));
            header.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int r = HEADER_ROW + 1;
        for (IndicatorCases.Case found : cases) {
            if (!included.test(found)) {
                continue;
            }
            Row row = sheet.createRow(r);
            List<Object> cells = new ArrayList<>(Arrays.asList(r - HEADER_ROW, found.caseNo(), found.caseCourt(),
                    found.typeCode(), found.filedOn(), found.closedOn(), found.disposition(), found.hearings(),
                    counted.apply(found), found.originalCaseNo(), found.originalCourt(), found.fileName(), found.sheet(),
                    found.rowNumber()));
            for (int c = 0; c < cells.size(); c++) {
                write(row.createCell(c), cells.get(c), styles);
            }
            r++;
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        if (r > HEADER_ROW + 1) {
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, COLUMNS.size() - 1));
        }
        PrintLayout.a4Landscape(sheet, HEADER_ROW, HEADER_ROW, "");
    }

    private static void write(Cell cell, Object value, Styles styles) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Integer number) {
            cell.setCellValue(number);
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else {
            String text = value.toString();
            cell.setCellValue(text);
            if (SpreadsheetText.looksLikeAFormula(text)) {
                cell.setCellStyle(styles.literalText);
            }
        }
    }

    /** Cell styles are the workbook's: create each once, not once per cell. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle note;
        final CellStyle header;
        final CellStyle date;
        final CellStyle literalText;

        Styles(SXSSFWorkbook workbook) {
            title = SheetStyles.title(workbook, 13);
            note = workbook.createCellStyle();
            Font small = workbook.createFont();
            small.setFontHeightInPoints((short) 9);
            note.setFont(small);
            header = SheetStyles.header(workbook);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            literalText = workbook.createCellStyle();
            literalText.setQuotePrefixed(true);
        }
    }
}
