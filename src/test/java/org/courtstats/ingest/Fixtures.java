package org.courtstats.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds delivery files in code (so the repository holds no binary fixtures) and reads them back. */
final class Fixtures {

    interface WorkbookBuilder<W> {
        void build(W workbook) throws Exception;
    }

    private Fixtures() {
    }

    static byte[] xlsx(WorkbookBuilder<XSSFWorkbook> builder) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            builder.build(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] xls(WorkbookBuilder<HSSFWorkbook> builder) {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            builder.build(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of a zip (an .xlsx) with one entry's text rewritten, or added when missing. */
    static byte[] rewriteEntry(byte[] zip, String entryName, UnaryOperator<String> rewrite) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            boolean found = false;
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    content = rewrite.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
            if (!found) {
                out.putNextEntry(new ZipEntry(entryName));
                out.write(rewrite.apply("").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-sheet .xlsx whose sheet XML is {@code sheetData} (the rows) written by hand. */
    static byte[] xlsxWithSheetData(String sheetData) {
        byte[] base = xlsx(workbook -> workbook.createSheet("数据"));
        return rewriteEntry(base, "xl/worksheets/sheet1.xml", xml -> worksheet(sheetData));
    }

    static String worksheet(String sheetData) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + sheetData + "</sheetData></worksheet>";
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All rows of the sheet at {@code sheetIndex}. */
    static List<SourceRow> rows(Path file, int sheetIndex) {
        try (Spreadsheet spreadsheet = Spreadsheets.open(file)) {
            return rows(spreadsheet, spreadsheet.sheets().get(sheetIndex));
        }
    }

    static List<SourceRow> rows(Path file) {
        return rows(file, 0);
    }

    static List<SourceRow> rows(Spreadsheet spreadsheet, SheetInfo sheet) {
        List<SourceRow> rows = new ArrayList<>();
        try (RowCursor cursor = spreadsheet.rows(sheet)) {
            SourceRow row;
            while ((row = cursor.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The row numbers of {@code rows}, in order. */
    static List<Integer> rowNumbers(List<SourceRow> rows) {
        return rows.stream().map(SourceRow::rowNumber).toList();
    }

    /** The cells of a row as their texts. */
    static List<String> texts(SourceRow row) {
        return row.cells().stream().map(Cell::text).toList();
    }
}
