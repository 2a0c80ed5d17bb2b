package org.courtstats.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtstats.ingest.Fixtures.texts;

import java.io.BufferedWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-file reads of generated large deliveries, counting rows and checking the last one. */
class LargeFileStreamingTest {

    private static final int ROWS = 200_000;

    @TempDir
    Path dir;

    @Test
    void aLargeXlsxStreamsToItsLastRow() {
        // POI writes 200,000 rows with shared strings slowly (XMLBeans), so the parts are written as text
        // into a small workbook whose style 1 is a date and whose sheet already uses a shared string.
        byte[] base = Fixtures.xlsx(wb -> {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            Row row = wb.createSheet("审判案件").createRow(0);
            row.createCell(0).setCellValue("案号");
            row.createCell(1).setCellStyle(date);
        });
        StringBuilder strings = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        StringBuilder sheetData = new StringBuilder();
        strings.append("<si><t>南阳市宛城区人民法院审判案件明细</t></si>");
        sheetData.append("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
        sheetData.append("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>案号</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>立案日期</t></is></c></row>");
        double startSerial = 45292; // 2024-01-01
        for (int i = 1; i <= ROWS; i++) {
            int r = i + 2;
            strings.append("<si><t>（2024）豫1302民初").append(i).append("号</t></si>");
            sheetData.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"s\"><v>").append(i)
                    .append("</v></c><c r=\"B").append(r).append("\" s=\"1\"><v>").append(startSerial + i % 240)
                    .append("</v></c><c r=\"C").append(r).append("\"><v>").append(i * 10 + 0.5)
                    .append("</v></c><c r=\"D").append(r).append("\" t=\"inlineStr\"><is><t>法官").append(i % 37)
                    .append("</t></is></c></row>");
        }
        strings.append("</sst>");
        byte[] withStrings = Fixtures.rewriteEntry(base, "xl/sharedStrings.xml", xml -> strings.toString());
        Path file = Fixtures.write(dir, "large.xlsx", Fixtures.rewriteEntry(withStrings, "xl/worksheets/sheet1.xml",
                xml -> Fixtures.worksheet(sheetData.toString())));

        int count = 0;
        SourceRow last = null;
        try (Spreadsheet spreadsheet = Spreadsheets.open(file);
             RowCursor cursor = spreadsheet.rows(spreadsheet.sheets().get(0))) {
            SourceRow row;
            while ((row = cursor.next()) != null) {
                count++;
                last = row;
            }
        }

        assertThat(count).isEqualTo(ROWS + 2);
        assertThat(last.rowNumber()).isEqualTo(ROWS + 2);
        assertThat(texts(last)).containsExactly("（2024）豫1302民初200000号", "2024-03-21", "2000000.5", "法官15");
        assertThat(last.cell(1).kind()).isEqualTo(CellKind.DATE);
    }

    @Test
    void aLargeGb18030CsvStreamsToItsLastRow() throws Exception {
        Path file = dir.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, Charset.forName("GB18030"))) {
            out.write("案号,立案日期,诉讼标的额,承办人\r\n");
            for (int i = 1; i <= ROWS; i++) {
                out.write("（2024）豫1302民初" + i + "号,2024-08-01,\"1,234.50\",法官" + (i % 37) + "\r\n");
            }
        }

        int count = 0;
        SourceRow last = null;
        try (Spreadsheet spreadsheet = Spreadsheets.open(file);
             RowCursor cursor = spreadsheet.rows(spreadsheet.sheets().get(0))) {
            SourceRow row;
            while ((row = cursor.next()) != null) {
                count++;
                last = row;
            }
        }

        assertThat(count).isEqualTo(ROWS + 1);
        assertThat(last.rowNumber()).isEqualTo(ROWS + 1);
        assertThat(texts(last)).containsExactly("（2024）豫1302民初200000号", "2024-08-01", "1,234.50", "法官15");
    }
}
