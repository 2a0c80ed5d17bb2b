package org.courtstats.reports;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a month's mart.indicator_value, every column as the view has it, then the Chinese names of
 * its English codes (time_window_name 本月/截至本月, group_name 审判…, unit_name %…: court and
 * indicator names are columns of the view already), to a file that tools
 * ingest: a CSV in UTF-8 with a byte order mark (without it Excel reads Chinese in the system's code
 * page), or an .xlsx holding one plain table under a header row. Numbers stay numbers, true and false
 * stay booleans, and a text never becomes a formula.
 */
@Component
public class IndicatorExport {

    private static final int ROWS_IN_MEMORY = 500;

    private final JdbcTemplate jdbc;

    IndicatorExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @return the number of rows written below the header; 0 (and no file) when the month has none
     * @throws IllegalArgumentException when the file is neither a .csv nor an .xlsx
     */
    public int write(YearMonth period, Path file) throws IOException {
        RejectedRowsFile.Format format = RejectedRowsFile.Format.of(file)
                .orElseThrow(() -> new IllegalArgumentException(file + ": not .csv or .xlsx"));
        Table table = read(period);
        if (table.rows().isEmpty()) {
            return 0;
        }
        if (format == RejectedRowsFile.Format.CSV) {
            writeCsv(table, file);
        } else {
            writeXlsx(table, file);
        }
        return table.rows().size();
    }

    /** The view's columns and the month's rows, in the catalogue's order. */
    private record Table(List<String> columns, List<List<Object>> rows) {
    }

    private Table read(YearMonth period) {
        List<String> columns = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        jdbc.query("""
                select v.*,
                       case v.time_window when 'month' then '本月' else '截至本月' end as time_window_name,
                       k.group_name, k.unit_name
                from mart.indicator_value v
                join mart.indicator_catalogue k using (indicator_code)
                where v.period = ?
                order by array_position(array['trial', 'execution', 'mediation'], v.indicator_group), v.display_order,
                         v.indicator_code, v.time_window, v.court_code = '全市', v.court_code
                """, (ResultSet rs) -> {
            ResultSetMetaData metaData = rs.getMetaData();
            if (columns.isEmpty()) {
                for (int c = 1; c <= metaData.getColumnCount(); c++) {
                    columns.add(metaData.getColumnLabel(c));
                }
            }
            List<Object> row = new ArrayList<>();
            for (int c = 1; c <= metaData.getColumnCount(); c++) {
                row.add(value(rs, metaData, c));
            }
            rows.add(row);
        }, period.toString());
        return new Table(columns, rows);
    }

    /** A timestamp with its offset (pgjdbc gives java.sql.Timestamp otherwise, which loses it). */
    private static Object value(ResultSet rs, ResultSetMetaData metaData, int column) throws SQLException {
        if (metaData.getColumnType(column) == Types.TIMESTAMP && "timestamptz".equals(metaData.getColumnTypeName(column))) {
            return rs.getObject(column, OffsetDateTime.class);
        }
        return rs.getObject(column);
    }

    private static void writeCsv(Table table, Path file) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        try (ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd("\r\n").build()) {
            out.write('\uFEFF');
            csv.writeNext(table.columns().toArray(String[]::new), false);
            for (List<Object> row : table.rows()) {
                csv.writeNext(row.stream().map(IndicatorExport::csvField).toArray(String[]::new), false);
            }
            if (csv.checkError()) {
                throw new IOException("cannot write " + file, csv.getException());
            }
        }
    }

    private static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value instanceof String text ? SpreadsheetText.csvLiteral(text) : value.toString();
    }

    /** A bold header that stays in view and carries the filter buttons; the rest plain cells. */
    private static void writeXlsx(Table table, Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle literalText = workbook.createCellStyle();
            literalText.setQuotePrefixed(true);
            CellStyle timestamp = workbook.createCellStyle();
            timestamp.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));

            SXSSFSheet sheet = workbook.createSheet("indicator_value");
            Row headings = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                headings.createCell(c).setCellValue(table.columns().get(c));
                headings.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, Math.max(10, table.columns().get(c).length() + 2) * 256);
            }
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value != null) {
                        writeCell(row.createCell(c), value, literalText, timestamp);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, table.columns().size() - 1));
            workbook.write(out);
        }
    }

    private static void writeCell(Cell cell, Object value, CellStyle literalText, CellStyle timestamp) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof OffsetDateTime time) {
            // Excel has no time zones: the time as it was here.
            cell.setCellValue(time.atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime());
            cell.setCellStyle(timestamp);
        } else {
            String text = value.toString();
            cell.setCellValue(text);
            if (SpreadsheetText.looksLikeAFormula(text)) {
                cell.setCellStyle(literalText);
            }
        }
    }
}
