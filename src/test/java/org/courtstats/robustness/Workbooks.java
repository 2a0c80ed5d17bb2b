package org.courtstats.robustness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes {@link Table}s into .xlsx and .xls workbooks with typed cells, as Excel users leave them. */
final class Workbooks {

    /** A formula, shown as a date or not; its cached value is computed before the workbook is written. */
    record Formula(String expression, boolean shownAsDate) {
    }

    /** An error cell such as {@code #REF!}, without a formula. */
    record ErrorValue(FormulaError error) {
    }

    /** Builds a workbook's sheets. */
    interface Builder<W extends Workbook> {
        void build(W workbook, Workbooks cells);
    }

    private final CellStyle dateStyle;

    private Workbooks(Workbook workbook) {
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
    }

    static Path xlsx(Path file, Builder<XSSFWorkbook> builder) {
        return write(file, xlsxBytes(builder));
    }

    static byte[] xlsxBytes(Builder<XSSFWorkbook> builder) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            builder.build(workbook, new Workbooks(workbook));
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path xls(Path file, Builder<HSSFWorkbook> builder) {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            builder.build(workbook, new Workbooks(workbook));
            return write(file, bytes(workbook));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An .xlsx of one sheet "案件明细": a title row, then the table. */
    static Path xlsx(Path file, String title, Table table) {
        return write(file, xlsxBytes(title, table));
    }

    static byte[] xlsxBytes(String title, Table table) {
        return xlsxBytes((workbook, cells) -> cells.titleAndTable(workbook.createSheet("案件明细"), title, table));
    }

    /** Writes the title in row 1 and the table from row 2. */
    void titleAndTable(Sheet sheet, String title, Table table) {
        sheet.createRow(0).createCell(0).setCellValue(title);
        table(sheet, 1, table);
    }

    /** Writes the header at the 0-based row {@code headerRow} and the data rows below it. */
    void table(Sheet sheet, int headerRow, Table table) {
        row(sheet.createRow(headerRow), List.copyOf(table.header()));
        for (int i = 0; i < table.rows().size(); i++) {
            row(sheet.createRow(headerRow + 1 + i), table.rows().get(i));
        }
    }

    void row(Row row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value != null) {
                cell(row.createCell(c), value);
            }
        }
    }

    private void cell(Cell cell, Object value) {
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof RichTextString rich) {
            cell.setCellValue(rich);
        } else if (value instanceof Formula formula) {
            cell.setCellFormula(formula.expression());
            if (formula.shownAsDate()) {
                cell.setCellStyle(dateStyle);
            }
        } else if (value instanceof ErrorValue error) {
            cell.setCellErrorValue(error.error().getCode());
        } else {
            throw new IllegalArgumentException("no cell for " + value.getClass());
        }
    }

    /** The 年月日 date style every date cell gets. */
    CellStyle dateStyle() {
        return dateStyle;
    }

    /** The workbook's bytes, formulas given their cached values first. */
    private static byte[] bytes(Workbook workbook) throws IOException {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static Path write(Path file, byte[] bytes) {
        return HostileFiles.write(file, bytes);
    }
}
