package org.courtstats.robustness;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.courtstats.robustness.Workbooks.ErrorValue;
import org.courtstats.robustness.Workbooks.Formula;

/**
 * The messy and hostile deliveries of issue 5, written by code so that the repository holds no binary
 * fixtures. Each method writes one case into a month folder of an inbox and returns the file.
 *
 * <p>Every file is a delivery of 宛城 (豫1302) for {@link #PERIOD}, unless the case is about another
 * court or month. Most encode the very cases of the good month ({@link #trialCases()},
 * {@link #executionCases()}) in a hostile way, so loading one must publish exactly the slice that was
 * published before; the others change a few rows, whose fate the tests check.
 */
final class HostileFiles {

    static final String PERIOD = "2024-08";
    static final String COURT = "豫1302";
    static final int CASES = 100;
    static final String TRIAL_TITLE = "南阳市宛城区人民法院2024年1-8月审判案件明细";
    static final String EXECUTION_TITLE = "南阳市宛城区人民法院2024年1-8月执行案件明细";
    static final List<String> TRIAL_HEADER =
            List.of("案号", "案由", "立案日期", "结案日期", "结案方式", "审限届满日期", "是否超审限", "承办人", "承办部门");
    static final List<String> EXECUTION_HEADER =
            List.of("执行案号", "立案日期", "结案日期", "结案方式", "申请执行标的额", "实际执行到位金额", "承办人");
    /** A 32 767-character cell: the most Excel holds in one. */
    static final int LONGEST_CELL = 32_767;

    private static final LocalDate PERIOD_END = YearMonth.parse(PERIOD).atEndOfMonth();
    private static final String[] CAUSES = {"民间借贷纠纷", "买卖合同纠纷", "离婚纠纷", "机动车交通事故责任纠纷"};
    /** 镕 is in GBK but not in GB2312; 𠀋 (U+2000B) only in GB18030, as four bytes. */
    private static final String[] JUDGES = {"张三", "李四", "朱镕", "王𠀋"};
    private static final String[] TRIAL_DISPOSITIONS = {"判决", "调解", "撤诉"};

    private HostileFiles() {
    }

    // ---------------------------------------------------------------- the good month

    /**
     * 宛城's trial cases of 2024 up to August: filed every other day from February, two in three
     * closed 15 days later. Case 7's 案由 holds a line break and case 8's quotes, as real ones do.
     */
    static Table trialCases() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= CASES; i++) {
            LocalDate filed = LocalDate.of(2024, 1, 1).plusDays(i * 2L + 40);
            LocalDate closed = i % 3 == 0 || filed.plusDays(15).isAfter(PERIOD_END) ? null : filed.plusDays(15);
            String cause = i == 7 ? "买卖合同纠纷\n（反诉）" : i == 8 ? "借条上写\"已还清\"的纠纷，双方有争议" : CAUSES[i % 4];
            rows.add(Arrays.asList(trialCaseNo(COURT, i), cause, filed, closed,
                    closed == null ? null : TRIAL_DISPOSITIONS[i % 3], filed.plusMonths(6),
                    closed == null ? null : "否", JUDGES[i % 4], i % 2 == 0 ? "民一庭" : "民二庭"));
        }
        return new Table(TRIAL_HEADER, rows);
    }

    /** 宛城's execution cases: three in four closed 30 days after filing, alternately 执行完毕 and 终本. */
    static Table executionCases() {
        return executionCases(CASES);
    }

    /** {@code count} execution cases drawn like {@link #executionCases()}, filed over the same 200 days. */
    static Table executionCases(int count) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            LocalDate filed = LocalDate.of(2024, 1, 1).plusDays(30 + (i * 2L) % 200);
            LocalDate closed = i % 4 == 0 || filed.plusDays(30).isAfter(PERIOD_END) ? null : filed.plusDays(30);
            String disposition = closed == null ? null : i % 2 == 1 ? "执行完毕" : "终结本次执行程序";
            BigDecimal applied = new BigDecimal("10000").add(new BigDecimal("137.5").multiply(BigDecimal.valueOf(i)));
            BigDecimal recovered = closed == null ? null
                    : i % 2 == 1 ? applied : applied.divide(BigDecimal.valueOf(5), 2, RoundingMode.UNNECESSARY);
            rows.add(Arrays.asList("（2024）豫1302执" + i + "号", filed, closed, disposition, applied, recovered,
                    JUDGES[i % 4]));
        }
        return new Table(EXECUTION_HEADER, rows);
    }

    static String trialCaseNo(String court, int serial) {
        return "（2024）" + court + "民初" + serial + "号";
    }

    /** The published month: 宛城's trial and execution cases, as plain .xlsx files with a title row. */
    static void goodMonth(Path month) {
        Workbooks.xlsx(month.resolve("宛城区法院_审判案件_2024年8月.xlsx"), TRIAL_TITLE, trialCases());
        Workbooks.xlsx(month.resolve("宛城区法院_执行案件_2024年8月.xlsx"), EXECUTION_TITLE, executionCases());
    }

    // ---------------------------------------------------------------- 1. layout

    /** A hidden sheet "旧表" with an older export of the first cases stands before the data. */
    static Path hiddenSheetBeforeTheData(Path month) {
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_隐藏工作表.xlsx"), (workbook, cells) -> {
            Table stale = trialCases().withRows(trialCases().rows().subList(0, 10))
                    .map("结案方式", (i, value) -> value == null ? null : "判决");
            cells.titleAndTable(workbook.createSheet("旧表"), TRIAL_TITLE, stale);
            cells.titleAndTable(workbook.createSheet("案件明细"), TRIAL_TITLE, trialCases());
            workbook.setSheetHidden(0, true);
        });
    }

    /** Rows of cases 10-12 hidden (height zero), as a user hides cases to print a page. */
    static Path hiddenRows(Path month) {
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_隐藏行.xlsx"), (workbook, cells) -> {
            Sheet sheet = workbook.createSheet("案件明细");
            cells.titleAndTable(sheet, TRIAL_TITLE, trialCases());
            for (int serial = 10; serial <= 12; serial++) {
                sheet.getRow(serial + 1).setZeroHeight(true);
            }
        });
    }

    /** The only sheet with data is hidden; the visible one holds a note. */
    static Path dataOnlyOnAHiddenSheet(Path month) {
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_数据在隐藏表.xlsx"), (workbook, cells) -> {
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("本表由系统导出");
            cells.titleAndTable(workbook.createSheet("案件明细"), TRIAL_TITLE, trialCases());
            workbook.setSheetHidden(1, true);
        });
    }

    /** A first sheet of instructions, the data on the second. */
    static Path dataOnTheSecondSheet(Path month) {
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_第二个工作表.xlsx"), (workbook, cells) -> {
            Sheet notes = workbook.createSheet("填报说明");
            notes.createRow(0).createCell(0).setCellValue("填报说明");
            notes.createRow(1).createCell(0).setCellValue("一、案号请按（收案年度）法院代字类型代字编号号填写。");
            notes.createRow(2).createCell(0).setCellValue("二、日期请填写四位年份。");
            cells.titleAndTable(workbook.createSheet("案件明细"), TRIAL_TITLE, trialCases());
        });
    }

    /** The header written twice, one row under the other (a template's header over the system's). */
    static Path headerWrittenTwice(Path month) {
        Table cases = trialCases();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(cases.header()));
        rows.addAll(cases.rows());
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_两行表头.xlsx"), TRIAL_TITLE, cases.withRows(rows));
    }

    /**
     * A two-row header with merged cells: 金额（万元） spans the two amount columns, the other headers
     * are merged down over both rows; the amounts are in 万元.
     */
    static Path twoRowMergedHeader(Path month) {
        Table cases = executionCases();
        return Workbooks.xlsx(month.resolve("宛城区法院_执行案件_合并表头.xlsx"), (workbook, cells) -> {
            Sheet sheet = workbook.createSheet("执行案件");
            sheet.createRow(0).createCell(0).setCellValue(EXECUTION_TITLE);
            cells.row(sheet.createRow(1), Arrays.asList("执行案号", "立案日期", "结案日期", "结案方式", "金额（万元）", null, "承办人"));
            cells.row(sheet.createRow(2), Arrays.asList(null, null, null, null, "申请执行标的额", "实际执行到位金额", null));
            for (int column : new int[] {0, 1, 2, 3, 6}) {
                sheet.addMergedRegion(new CellRangeAddress(1, 2, column, column));
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 4, 5));
            Table inWan = cases.map("申请执行标的额", (i, yuan) -> wan(yuan)).map("实际执行到位金额", (i, yuan) -> wan(yuan));
            for (int i = 0; i < inWan.rows().size(); i++) {
                cells.row(sheet.createRow(3 + i), inWan.rows().get(i));
            }
        });
    }

    /** The header on row 20, below a title and 18 rows of notes. */
    static Path headerOnRow20(Path month) {
        return headerOnRow(month, 20);
    }

    /** The header on row 21: beyond the 20 rows where a header is looked for. */
    static Path headerOnRow21(Path month) {
        return headerOnRow(month, 21);
    }

    private static Path headerOnRow(Path month, int headerRow) {
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_表头在第" + headerRow + "行.xlsx"), (workbook, cells) -> {
            Sheet sheet = workbook.createSheet("案件明细");
            sheet.createRow(0).createCell(0).setCellValue(TRIAL_TITLE);
            for (int r = 1; r < headerRow - 1; r++) {
                sheet.createRow(r).createCell(0).setCellValue("统计口径第" + r + "条：以立案日期和结案日期为准。");
            }
            cells.table(sheet, headerRow - 1, trialCases());
        });
    }

    /**
     * Merged cells over data rows: 承办部门 of cases 1-10 merged into one cell (its value in case 1's
     * row only, as Excel stores it), and 立案日期 of cases 21-22 merged (case 22 has no date of its own).
     */
    static Path mergedCellsOverDataRows(Path month) {
        Table cases = trialCases()
                .map("承办部门", (i, value) -> i == 0 ? value : i < 10 ? null : value)
                .map("立案日期", (i, value) -> i == 21 ? null : value);
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_合并单元格.xlsx"), (workbook, cells) -> {
            Sheet sheet = workbook.createSheet("案件明细");
            cells.titleAndTable(sheet, TRIAL_TITLE, cases);
            int division = cases.column("承办部门");
            int filed = cases.column("立案日期");
            sheet.addMergedRegion(new CellRangeAddress(2, 11, division, division));
            sheet.addMergedRegion(new CellRangeAddress(22, 23, filed, filed));
        });
    }

    /** Two columns headed 案号: which one holds the case numbers cannot be told. */
    static Path twoCaseNumberColumns(Path month) {
        Table cases = trialCases();
        Table twice = cases.insert(cases.header().size(), "案号", i -> cases.rows().get(i).get(0));
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_两列案号.xlsx"), TRIAL_TITLE, twice);
    }

    /** Two judge columns (承办人 and 承办法官) that disagree: the first is read, the second ignored. */
    static Path twoJudgeColumns(Path month) {
        Table cases = trialCases();
        Table twice = cases.insert(cases.header().size(), "承办法官", i -> "赵六");
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_两列承办人.xlsx"), TRIAL_TITLE, twice);
    }

    /** The columns in reverse order. */
    static Path columnsInReverseOrder(Path month) {
        List<String> reversed = new ArrayList<>(TRIAL_HEADER);
        Collections.reverse(reversed);
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_列序颠倒.xlsx"), TRIAL_TITLE,
                trialCases().reorder(reversed));
    }

    /** Columns the feed does not know: 序号 first, 当事人 in the middle, 备注 last. */
    static Path extraUnknownColumns(Path month) {
        Table cases = trialCases();
        Table extra = cases.insert(0, "序号", i -> i + 1)
                .insert(3, "当事人", i -> "原告甲" + (i + 1) + "、被告乙" + (i + 1))
                .insert(cases.header().size() + 2, "备注", i -> i % 10 == 0 ? "已归档" : null);
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_多余列.xlsx"), TRIAL_TITLE, extra);
    }

    /**
     * Formatted but empty cells: data rows formatted out to column AD, and 10 000 formatted empty rows
     * under the data, as a sheet looks after someone formats whole columns.
     */
    static Path emptyFormattedRowsAndColumns(Path month) {
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_空白格式行.xlsx"), (workbook, cells) -> {
            CellStyle shaded = workbook.createCellStyle();
            shaded.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            shaded.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Sheet sheet = workbook.createSheet("案件明细");
            cells.titleAndTable(sheet, TRIAL_TITLE, trialCases());
            int width = TRIAL_HEADER.size();
            for (int r = 1; r <= CASES + 1; r++) {
                for (int c = width; c < 30; c++) {
                    sheet.getRow(r).createCell(c).setCellStyle(shaded);
                }
            }
            for (int r = CASES + 2; r < CASES + 2 + 10_000; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < width; c++) {
                    row.createCell(c).setCellStyle(shaded);
                }
            }
        });
    }

    // ---------------------------------------------------------------- 2. cells

    /** 立案日期 as DATE(), amounts computed (到位金额 of a case 执行完毕 refers to its 标的额), 结案方式 by &. */
    static Path formulasWithCachedValues(Path month) {
        Table cases = executionCases();
        int applied = cases.column("申请执行标的额");
        Table formulas = cases
                .map("立案日期", (i, date) -> new Formula(dateFunction((LocalDate) date), true))
                .map("申请执行标的额", (i, amount) -> new Formula("10000+137.5*" + (i + 1), false))
                .map("实际执行到位金额", (i, amount) -> "执行完毕".equals(cases.rows().get(i).get(3))
                        ? new Formula(columnLetter(applied) + (i + 3), false) : amount)
                .map("结案方式", (i, value) -> "执行完毕".equals(value) ? new Formula("\"执行\"&\"完毕\"", false) : value);
        return Workbooks.xlsx(month.resolve("宛城区法院_执行案件_公式.xlsx"), EXECUTION_TITLE, formulas);
    }

    /** #DIV/0! in case 3's 申请执行标的额 (a formula), #REF! in case 5's 立案日期, #N/A in case 7's 承办人. */
    static Path errorCells(Path month) {
        Table errors = executionCases()
                .map("申请执行标的额", (i, value) -> i == 2 ? new Formula("1/0", false) : value)
                .map("立案日期", (i, value) -> i == 4 ? new ErrorValue(FormulaError.REF) : value)
                .map("承办人", (i, value) -> i == 6 ? new Formula("NA()", false) : value);
        return Workbooks.xlsx(month.resolve("宛城区法院_执行案件_错误值.xlsx"), EXECUTION_TITLE, errors);
    }

    /**
     * 立案日期 as text in four forms (2024年2月14日, 2024/2/14, 2024.2.14, 20240214); 结案日期 as plain
     * numbers: Excel serials in General format for odd cases, yyyymmdd numbers for even ones.
     */
    static Path datesAsTextAndNumbers(Path month) {
        String[] forms = {"yyyy年M月d日", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd"};
        Table cases = trialCases()
                .map("立案日期", (i, date) -> ((LocalDate) date).format(DateTimeFormatter.ofPattern(forms[i % 4])))
                .map("结案日期", (i, date) -> date == null ? null : i % 2 == 0
                        ? DateUtil.getExcelDate((LocalDate) date)
                        : (Object) Integer.parseInt(((LocalDate) date).format(DateTimeFormatter.BASIC_ISO_DATE)));
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_文本日期.xlsx"), TRIAL_TITLE, cases);
    }

    /**
     * A workbook in the 1904 date system (Excel for Mac): date cells, and 结案日期 as plain numbers,
     * which are serials of that system too.
     */
    static Path date1904System(Path month) {
        Table cases = trialCases().map("结案日期", (i, date) -> date == null ? null
                : DateUtil.getExcelDate(((LocalDate) date).atStartOfDay(), true));
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_1904日期.xlsx"), (workbook, cells) -> {
            workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
            cells.titleAndTable(workbook.createSheet("案件明细"), TRIAL_TITLE, cases);
        });
    }

    /** Amounts as text: grouped, with a currency sign or 元, in full-width digits. */
    static Path numbersStoredAsText(Path month) {
        Table cases = executionCases()
                .map("申请执行标的额", (i, amount) -> amountText(i, (BigDecimal) amount))
                .map("实际执行到位金额", (i, amount) -> amount == null ? null : amountText(i + 1, (BigDecimal) amount));
        return Workbooks.xlsx(month.resolve("宛城区法院_执行案件_文本数字.xlsx"), EXECUTION_TITLE, cases);
    }

    /** 是否超审限 as Excel booleans; case 50's 结案日期 is a boolean too, where a date belongs. */
    static Path booleans(Path month) {
        Table cases = trialCases()
                .map("是否超审限", (i, value) -> value == null ? null : Boolean.FALSE)
                .map("结案日期", (i, value) -> i == 49 ? Boolean.TRUE : value);
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_逻辑值.xlsx"), TRIAL_TITLE, cases);
    }

    /** 案号 and 案由 as rich text: runs in bold and red, as users highlight them. */
    static Path richText(Path month) {
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_富文本.xlsx"), (workbook, cells) -> {
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            XSSFFont red = workbook.createFont();
            red.setColor(IndexedColors.RED.getIndex());
            Table cases = trialCases()
                    .map("案号", (i, caseNo) -> rich((String) caseNo, bold, red))
                    .map("案由", (i, cause) -> rich((String) cause, red, bold));
            cells.titleAndTable(workbook.createSheet("案件明细"), TRIAL_TITLE, cases);
        });
    }

    /** Case 1's 案由 is 32 767 characters long; case 2's 立案日期 is a 32 767-character text. */
    static Path longestCell(Path month) {
        Table cases = trialCases()
                .map("案由", (i, cause) -> i == 0 ? longText() : cause)
                .map("立案日期", (i, date) -> i == 1 ? "2024-02-16" + chineseText(LONGEST_CELL - 10, 2) : date);
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_超长单元格.xlsx"), TRIAL_TITLE, cases);
    }

    /**
     * The 32 767 characters of case 1's 案由: varied Chinese text. One character repeated that often would
     * compress below POI's zip-bomb ratio (0.01) and the workbook be refused as a bomb.
     */
    static String longText() {
        return chineseText(LONGEST_CELL, 1);
    }

    /** {@code length} characters drawn from the CJK block, the same for the same seed. */
    private static String chineseText(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append((char) ('\u4E00' + random.nextInt(0x51A5)));
        }
        return text.toString();
    }

    // ---------------------------------------------------------------- 3. files

    static Path emptyFile(Path month) {
        return write(month.resolve("宛城区法院_审判案件_空文件.xlsx"), new byte[0]);
    }

    /** A title and the header, no data rows. */
    static Path headerOnly(Path month) {
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_只有表头.xlsx"), TRIAL_TITLE,
                trialCases().withRows(List.of()));
    }

    static Path csvNamedXlsx(Path month) {
        return write(month.resolve("宛城区法院_审判案件_实为CSV.xlsx"), csv(trialCases(), StandardCharsets.UTF_8, "\r\n"));
    }

    /** An HTML table in GB18030 with a meta charset of gb2312, named .xls, as Chinese case systems export. */
    static Path htmlNamedXls(Path month) {
        Table cases = trialCases();
        StringBuilder html = new StringBuilder("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head>"
                + "<meta http-equiv=\"Content-Type\" content=\"application/vnd.ms-excel; charset=gb2312\">"
                + "</head><body><table border=\"1\">\n<tr><td colspan=\"9\">" + TRIAL_TITLE + "</td></tr>\n<tr>");
        cases.header().forEach(header -> html.append("<th>").append(header).append("</th>"));
        html.append("</tr>\n");
        for (List<Object> row : cases.rows()) {
            html.append("<tr>");
            for (Object cell : row) {
                html.append("<td style=\"mso-number-format:'\\@'\">").append(htmlText(text(cell))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table></body></html>");
        return write(month.resolve("宛城区法院_审判案件_实为网页.xls"), html.toString().getBytes(Charset.forName("GB18030")));
    }

    static Path xlsNamedXlsx(Path month) {
        return Workbooks.xls(month.resolve("宛城区法院_审判案件_实为xls.xlsx"), (workbook, cells) ->
                cells.titleAndTable(workbook.createSheet("案件明细"), TRIAL_TITLE, trialCases()));
    }

    /** An .xlsx named .xls, without a title row (so its bytes are not the good month's). */
    static Path xlsxNamedXls(Path month) {
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_实为xlsx.xls"), (workbook, cells) ->
                cells.table(workbook.createSheet("案件明细"), 0, trialCases()));
    }

    /** The first half of a workbook, as a broken download leaves it. */
    static Path truncatedZip(Path month) {
        byte[] whole = goodTrialWorkbook();
        return write(month.resolve("宛城区法院_审判案件_不完整.xlsx"), Arrays.copyOf(whole, whole.length / 2));
    }

    /** A workbook whose sheet entry has its compressed bytes overwritten in the middle. */
    static Path corruptZip(Path month) {
        byte[] bytes = goodTrialWorkbook();
        int sheet = indexOf(bytes, "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII));
        for (int i = sheet + 200; i < sheet + 260; i++) {
            bytes[i] = (byte) 0xA5;
        }
        return write(month.resolve("宛城区法院_审判案件_已损坏.xlsx"), bytes);
    }

    /** A workbook with an open password, encrypted as Excel does it (agile encryption). */
    static Path passwordProtected(Path month) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("123456");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(goodTrialWorkbook());
            }
            fs.writeFilesystem(bytes);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return write(month.resolve("宛城区法院_审判案件_加密.xlsx"), bytes.toByteArray());
    }

    /** A small workbook whose sheet XML is 10 MB of white space: it inflates far beyond POI's ratio. */
    static Path zipBomb(Path month) {
        String padding = " ".repeat(10_000_000);
        byte[] bomb = rewriteEntry(goodTrialWorkbook(), "xl/worksheets/sheet1.xml", xml -> xml.replace("<sheetData>", "<sheetData>" + padding));
        return write(month.resolve("宛城区法院_审判案件_压缩炸弹.xlsx"), bomb);
    }

    /** The sheet XML declares an external entity pointing at /etc/passwd and uses it in a cell. */
    static Path externalEntity(Path month) {
        byte[] xxe = rewriteEntry(goodTrialWorkbook(), "xl/worksheets/sheet1.xml", xml -> xml
                .replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                .replaceFirst("<c r=\"A1\"[^>]*>.*?</c>", "<c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"));
        return write(month.resolve("宛城区法院_审判案件_外部实体.xlsx"), xxe);
    }

    /**
     * A sheet of {@code rows} trial cases as Excel saves it: every 案号 a distinct shared string (the
     * heaviest case for a reader, which must keep the shared strings), dates as serials in a date style,
     * 结案方式 shared. Written streaming into a zip, since POI would build the million rows in memory.
     */
    static Path millionRows(Path month, int rows) {
        byte[] base = Workbooks.xlsxBytes((workbook, cells) -> {
            Row row = workbook.createSheet("案件明细").createRow(0);
            row.createCell(0).setCellValue("案号");
            row.createCell(1).setCellValue(LocalDate.of(2024, 1, 1));
            row.getCell(1).setCellStyle(cells.dateStyle());
        });
        Path file = month.resolve("宛城区法院_审判案件_百万行.xlsx");
        try {
            Files.createDirectories(month);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(base));
                 ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    switch (entry.getName()) {
                        case "xl/sharedStrings.xml" -> writeSharedStrings(out, rows);
                        case "xl/worksheets/sheet1.xml" -> writeSheet(out, rows);
                        default -> in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Shared strings: 0 title, 1-4 headers, 5-7 the dispositions, then one 案号 per case. The writer is
     * flushed, not closed: closing it would close the zip.
     */
    private static void writeSharedStrings(OutputStream out, int rows) throws IOException {
        Writer xml = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (String fixed : List.of(TRIAL_TITLE, "案号", "立案日期", "结案日期", "结案方式", "判决", "调解", "撤诉")) {
            xml.write("<si><t>" + fixed + "</t></si>");
        }
        for (int i = 1; i <= rows; i++) {
            xml.write("<si><t>" + trialCaseNo(COURT, i) + "</t></si>");
        }
        xml.write("</sst>");
        xml.flush();
    }

    /** The sheet: title, header, then the cases; flushed, not closed, like the shared strings. */
    private static void writeSheet(OutputStream out, int rows) throws IOException {
        Writer xml = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        xml.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
        xml.write("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>2</v></c>"
                + "<c r=\"C2\" t=\"s\"><v>3</v></c><c r=\"D2\" t=\"s\"><v>4</v></c></row>");
        long january = (long) DateUtil.getExcelDate(LocalDate.of(2024, 1, 1));
        for (int i = 1; i <= rows; i++) {
            int r = i + 2;
            long filed = january + i % 220;
            xml.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"s\"><v>" + (i + 7) + "</v></c><c r=\"B" + r
                    + "\" s=\"1\"><v>" + filed + "</v></c>");
            if (i % 3 != 0) {
                xml.write("<c r=\"C" + r + "\" s=\"1\"><v>" + (filed + 15) + "</v></c><c r=\"D" + r + "\" t=\"s\"><v>"
                        + (5 + i % 3) + "</v></c>");
            }
            xml.write("</row>");
        }
        xml.write("</sheetData></worksheet>");
        xml.flush();
    }

    // ---------------------------------------------------------------- 4. CSV

    static Path csvWithBom(Path month) {
        byte[] text = csv(trialCases(), StandardCharsets.UTF_8, "\r\n");
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        return write(month.resolve("宛城区法院_审判案件_BOM.csv"), withBom);
    }

    /** GB18030: 朱镕 needs GBK, 王𠀋 four GB18030 bytes. */
    static Path gb18030Csv(Path month) {
        return write(month.resolve("宛城区法院_审判案件_GBK.csv"), csv(trialCases(), Charset.forName("GB18030"), "\r\n"));
    }

    /** Lines ending in CR LF, LF and CR in turn. */
    static Path mixedLineEndings(Path month) {
        String[] ends = {"\r\n", "\n", "\r"};
        StringBuilder text = new StringBuilder();
        List<List<Object>> lines = withHeader(trialCases());
        for (int i = 0; i < lines.size(); i++) {
            text.append(csvLine(lines.get(i))).append(ends[i % 3]);
        }
        return write(month.resolve("宛城区法院_审判案件_混合换行.csv"), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Every field quoted, as some systems write them (empty ones as ""): case 7's 案由 spans two lines,
     * case 8's holds quotes and a comma.
     */
    static Path quotedFieldsWithLineBreaks(Path month) {
        StringBuilder text = new StringBuilder();
        for (List<Object> line : withHeader(trialCases())) {
            text.append(String.join(",", line.stream().map(cell -> "\"" + text(cell).replace("\"", "\"\"") + "\"").toList()))
                    .append("\r\n");
        }
        return write(month.resolve("宛城区法院_审判案件_引号换行.csv"), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A NUL byte inside case 40's 承办人. */
    static Path nulByte(Path month) {
        Table cases = trialCases().map("承办人", (i, judge) -> i == 39 ? "张\0三" : judge);
        return write(month.resolve("宛城区法院_审判案件_空字符.csv"), csv(cases, StandardCharsets.UTF_8, "\r\n"));
    }

    /** Rows without their empty trailing fields, rows with extra empty ones, one with a note past the header. */
    static Path raggedRows(Path month) {
        StringBuilder text = new StringBuilder();
        List<List<Object>> lines = withHeader(trialCases());
        for (int i = 0; i < lines.size(); i++) {
            String line = csvLine(lines.get(i));
            if (i > 0 && i % 3 == 0) {
                line = line.replaceAll(",+$", "");
            } else if (i > 0 && i % 3 == 1) {
                line = line + ",,";
            } else if (i == 5) {
                line = line + ",补充说明";
            }
            text.append(line).append("\r\n");
        }
        return write(month.resolve("宛城区法院_审判案件_参差行.csv"), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** UTF-8 text with a byte 0xFF in case 30's row: neither UTF-8 nor GB18030 can read it. */
    static Path neitherUtf8NorGb18030(Path month) {
        Table cases = trialCases().map("承办人", (i, judge) -> i == 29 ? "张\uFFFF三" : judge);
        byte[] bytes = csv(cases, StandardCharsets.UTF_8, "\r\n");
        byte[] marker = "\uFFFF".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, marker);
        byte[] broken = new byte[bytes.length - marker.length + 1];
        System.arraycopy(bytes, 0, broken, 0, at);
        broken[at] = (byte) 0xFF;
        System.arraycopy(bytes, at + marker.length, broken, at + 1, bytes.length - at - marker.length);
        return write(month.resolve("宛城区法院_审判案件_乱码.csv"), broken);
    }

    // ---------------------------------------------------------------- 5. meaning

    /** Cases of 商丘市梁园区 (豫1402), a court of another city, in a file that names no court. */
    static Path casesOfACourtOutsideTheCity(Path month) {
        Table cases = trialCases().map("案号", (i, caseNo) -> trialCaseNo("豫1402", i + 1));
        return Workbooks.xlsx(month.resolve("审判案件明细.xlsx"), "审判案件明细", cases);
    }

    /** A file named for 宛城 holding 卧龙's (豫1303) cases. */
    static Path namedForOneCourtHoldingAnothers(Path month) {
        Table cases = trialCases().map("案号", (i, caseNo) -> trialCaseNo("豫1303", i + 1));
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_2024年8月.xlsx"), "审判案件明细", cases);
    }

    /** A file naming no court whose title row says 宛城 while its cases are 卧龙's. */
    static Path titleNamesAnotherCourt(Path month) {
        Table cases = trialCases().map("案号", (i, caseNo) -> trialCaseNo("豫1303", i + 1));
        return Workbooks.xlsx(month.resolve("审判案件_2024年8月.xlsx"), TRIAL_TITLE, cases);
    }

    /** Every case filed (and closed) after August: a later month's export in August's folder. */
    static Path everyRowAfterTheMonth(Path month) {
        Table cases = trialCases()
                .map("立案日期", (i, date) -> LocalDate.of(2024, 9, 1).plusDays(i % 20))
                .map("结案日期", (i, date) -> null)
                .map("结案方式", (i, value) -> null)
                .map("是否超审限", (i, value) -> null);
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_日期均在本月之后.xlsx"), TRIAL_TITLE, cases);
    }

    /** Case 10 twice: once as in the good month, once closed on another day. */
    static Path sameCaseTwice(Path month) {
        Table cases = trialCases();
        List<List<Object>> rows = new ArrayList<>(cases.rows());
        List<Object> again = new ArrayList<>(rows.get(9));
        again.set(cases.column("结案日期"), LocalDate.of(2024, 8, 30));
        again.set(cases.column("结案方式"), "判决");
        again.set(cases.column("是否超审限"), "否");
        rows.add(again);
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_重复案号.xlsx"), TRIAL_TITLE, cases.withRows(rows));
    }

    /** Case 5's 实际执行到位金额 exceeds its 申请执行标的额 by 1 000 yuan (interest, say). */
    static Path recoveredAboveApplied(Path month) {
        Table cases = executionCases().map("实际执行到位金额", (i, amount) ->
                i == 4 ? ((BigDecimal) amount).add(BigDecimal.valueOf(1000)) : amount);
        return Workbooks.xlsx(month.resolve("宛城区法院_执行案件_到位大于标的.xlsx"), EXECUTION_TITLE, cases);
    }

    /** The good trial cases for a month that has nothing published yet (a name without a month). */
    static Path monthWithNoEarlierData(Path month) {
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件.xlsx"), TRIAL_TITLE, trialCases());
    }

    // ---------------------------------------------------------------- other refusals

    /** No 立案日期 column. */
    static Path missingRequiredColumn(Path month) {
        Table cases = trialCases();
        List<String> without = new ArrayList<>(cases.header());
        without.remove("立案日期");
        return Workbooks.xlsx(month.resolve("宛城区法院_审判案件_缺列.xlsx"), TRIAL_TITLE, cases.reorder(without));
    }

    /** A file named for July in August's folder. */
    static Path namedForAnotherMonth(Path month) {
        return write(month.resolve("宛城区法院_审判案件_2024年7月.csv"), csv(trialCases(), StandardCharsets.UTF_8, "\r\n"));
    }

    /** The same cases twice in one run, as .xls and as CSV: two deliveries for one slice. */
    static Path twoFilesForOneSlice(Path month) {
        write(month.resolve("宛城区法院_审判案件（CSV版）.csv"), csv(trialCases(), StandardCharsets.UTF_8, "\r\n"));
        return Workbooks.xls(month.resolve("宛城区法院_审判案件（Excel版）.xls"), (workbook, cells) ->
                cells.titleAndTable(workbook.createSheet("案件明细"), TRIAL_TITLE, trialCases()));
    }

    // ---------------------------------------------------------------- every reason code

    /** Cases in the file of {@link #oneRowOfEachProblem}: enough that its 13 rejected rows stay under 5%. */
    static final int CASES_WITH_EACH_PROBLEM = 300;

    /**
     * An execution workbook of {@value #CASES_WITH_EACH_PROBLEM} cases with 被执行人类型 and 执行依据
     * columns, in which one case carries each reason a row can be rejected or warned for (case 26 twice,
     * the second time last). The case numbers are those of the table in the test.
     */
    static Path oneRowOfEachProblem(Path month) {
        Table cases = executionCases(CASES_WITH_EACH_PROBLEM);
        Table problems = cases
                .insert(cases.header().size(), "被执行人类型", i -> i == 24 ? "外星人" : "自然人")
                .insert(cases.header().size() + 1, "执行依据", i -> i == 28 ? "（2014）宛民初字第1489号" : "（2023）豫1302民初" + (i + 1) + "号")
                .map("执行案号", (i, caseNo) -> switch (i + 1) {
                    case 11 -> "豫1302执11号";
                    case 12 -> "（2024）豫1303执12号";
                    case 13 -> "（2024）豫1302民初13号";
                    case 28 -> "（2024）豫1302执测28号";
                    default -> caseNo;
                })
                .map("立案日期", (i, date) -> switch (i + 1) {
                    case 14 -> null;
                    case 15 -> "2024-02-30";
                    case 17 -> ((LocalDate) cases.rows().get(i).get(2)).plusDays(10);
                    case 20 -> LocalDate.of(2024, 9, 5);
                    default -> date;
                })
                .map("申请执行标的额", (i, amount) -> switch (i + 1) {
                    case 21 -> "一万元";
                    case 22 -> -500;
                    default -> amount;
                })
                .map("结案方式", (i, disposition) -> i + 1 == 23 ? "执行和解" : disposition)
                .map("实际执行到位金额", (i, amount) -> i + 1 == 27 ? ((BigDecimal) amount).add(BigDecimal.valueOf(100)) : amount);
        List<List<Object>> rows = new ArrayList<>(problems.rows());
        rows.add(rows.get(25));
        return Workbooks.xlsx(month.resolve("宛城区法院_执行案件_各类问题.xlsx"), EXECUTION_TITLE, problems.withRows(rows));
    }

    // ---------------------------------------------------------------- helpers

    static byte[] csv(Table table, Charset charset, String lineEnd) {
        StringBuilder text = new StringBuilder();
        for (List<Object> line : withHeader(table)) {
            text.append(csvLine(line)).append(lineEnd);
        }
        return text.toString().getBytes(charset);
    }

    private static List<List<Object>> withHeader(Table table) {
        List<List<Object>> lines = new ArrayList<>();
        lines.add(new ArrayList<>(table.header()));
        lines.addAll(table.rows());
        return lines;
    }

    private static String csvLine(List<Object> cells) {
        return String.join(",", cells.stream().map(HostileFiles::text).map(HostileFiles::quote).toList());
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /** A cell as a CSV or HTML export writes it. */
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return cell.toString();
    }

    private static String htmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\n", "<br>");
    }

    private static BigDecimal wan(Object yuan) {
        return yuan == null ? null : ((BigDecimal) yuan).movePointLeft(4);
    }

    private static String amountText(int i, BigDecimal amount) {
        String plain = amount.toPlainString();
        return switch (i % 4) {
            case 0 -> String.format(Locale.ROOT, "%,.2f", amount);
            case 1 -> "￥" + plain;
            case 2 -> plain + "元";
            default -> plain.chars().mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) (c - '0' + '０'))
                    : String.valueOf((char) c)).reduce("", String::concat);
        };
    }

    private static String dateFunction(LocalDate date) {
        return "DATE(" + date.getYear() + "," + date.getMonthValue() + "," + date.getDayOfMonth() + ")";
    }

    private static String columnLetter(int column) {
        return String.valueOf((char) ('A' + column));
    }

    private static XSSFRichTextString rich(String text, XSSFFont first, XSSFFont second) {
        XSSFRichTextString rich = new XSSFRichTextString(text);
        int split = Math.min(6, text.length());
        rich.applyFont(0, split, first);
        rich.applyFont(split, text.length(), second);
        return rich;
    }

    private static byte[] goodTrialWorkbook() {
        return Workbooks.xlsxBytes(TRIAL_TITLE, trialCases());
    }

    /** A copy of a zip with one entry's text rewritten. */
    static byte[] rewriteEntry(byte[] zip, String entryName, UnaryOperator<String> rewrite) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    content = rewrite.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
