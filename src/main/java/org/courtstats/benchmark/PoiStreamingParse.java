package org.courtstats.benchmark;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The yardstick for .xlsx: Apache POI's own streaming (SAX) reader, as its documentation shows it,
 * parsing every sheet of the files and formatting every cell, and doing nothing else. One thread.
 */
final class PoiStreamingParse {

    private PoiStreamingParse() {
    }

    /** @return rows parsed (every row of every sheet, headers and titles included) */
    static long parse(List<Path> workbooks) throws Exception {
        RowCounter counter = new RowCounter();
        for (Path workbook : workbooks) {
            try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
                StylesTable styles = reader.getStylesTable();
                XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
                while (sheets.hasNext()) {
                    try (InputStream sheet = sheets.next()) {
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, counter,
                                new DataFormatter(), false));
                        parser.parse(new InputSource(sheet));
                    }
                }
            }
        }
        return counter.rows;
    }

    private static final class RowCounter implements XSSFSheetXMLHandler.SheetContentsHandler {
        long rows;
        long characters;

        @Override
        public void startRow(int rowNum) {
        }

        @Override
        public void endRow(int rowNum) {
            rows++;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            characters += formattedValue == null ? 0 : formattedValue.length();
        }
    }
}
