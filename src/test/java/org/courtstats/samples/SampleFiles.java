package org.courtstats.samples;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads generated files back the way a consumer would: workbooks with POI's user model, text files
 * by their bytes (BOM, else strict UTF-8, else GBK). Cells come back as text: strings as stored,
 * numbers in plain notation, date cells in ISO form.
 */
public final class SampleFiles {

    record SheetRow(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    record SheetData(String name, List<SheetRow> rows, List<CellRangeAddress> merges) {

        SheetRow row(int number) {
            return rows.stream().filter(r -> r.number() == number).findFirst().orElse(null);
        }
    }

    private SampleFiles() {
    }

    static List<SheetData> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return readWorkbook(file);
        }
        return List.of(readText(file, name.endsWith(".txt") ? '\t' : ','));
    }

    private static List<SheetData> readWorkbook(Path file) throws IOException {
        List<SheetData> sheets = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                List<SheetRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        cells.add(text(row.getCell(i)));
                    }
                    rows.add(new SheetRow(row.getRowNum() + 1, cells));
                }
                sheets.add(new SheetData(sheet.getSheetName(), rows, sheet.getMergedRegions()));
            }
        }
        return sheets;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime value = cell.getLocalDateTimeCellValue();
                    yield value.toLocalTime().toSecondOfDay() == 0 ? value.toLocalDate().toString() : value.toString();
                }
                yield BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            }
            default -> "";
        };
    }

    private static SheetData readText(Path file, char separator) throws IOException {
        String content = decode(Files.readAllBytes(file));
        List<SheetRow> rows = new ArrayList<>();
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(content))
                .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build()).build()) {
            String[] record;
            int number = 0;
            while ((record = reader.readNextSilently()) != null) {
                rows.add(new SheetRow(++number, List.of(record)));
            }
        }
        String name = file.getFileName().toString();
        return new SheetData(name.substring(0, name.lastIndexOf('.')), rows, List.of());
    }

    /** The charset rule of the stack notes: BOM means UTF-8, else strict UTF-8, else GB18030. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return Charset.forName("GB18030").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        }
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T].*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}");

    /**
     * A date in any form the generator writes (feeds.md section 3), or null for an empty cell.
     *
     * @throws DateTimeParseException for text that is not a valid date
     */
    static LocalDate parseDate(String text) {
        String value = text.strip();
        if (value.isEmpty() || value.equals("-") || value.equals("/") || value.equals("—") || value.equals("无")) {
            return null;
        }
        Matcher m = DATE.matcher(value);
        if (!m.matches()) {
            m = COMPACT.matcher(value);
        }
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw new DateTimeParseException("no such day", value, 0);
            }
        }
        if (SERIAL.matcher(value).matches()) {
            return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(value));
        }
        throw new DateTimeParseException("not a date", value, 0);
    }

    /** A case number in canonical spelling: （）brackets, half-width digits, no white space. */
    static String canonicalCaseNo(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            if (c >= '０' && c <= '９') {
                c = (char) (c - '０' + '0');
            }
            out.append(switch (c) {
                case '(', '【', '〔', '[' -> '（';
                case ')', '】', '〕', ']' -> '）';
                default -> c;
            });
        }
        return out.toString();
    }
}
