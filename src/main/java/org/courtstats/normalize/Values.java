package org.courtstats.normalize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courtstats.ingest.Cell;
import org.courtstats.vocabulary.ReasonCode;

/**
 * Parsers for the cell values of feeds.md section 3: text, dates, amounts, yes/no and counts.
 *
 * <p>Every parser takes a cell as read and returns null when the cell holds no value: a null or
 * blank cell, white space only, or an empty marker ({@link #isEmptyMarker}). A value that is there
 * but cannot be accepted throws {@link ValueRejection}, whose message names the value and says what
 * is wrong with it, in Chinese. A formula error cell ({@code #REF!}) is always rejected.
 */
public final class Values {

    /** Multiplier for amounts whose header gives no unit or says 元. */
    public static final BigDecimal YUAN = BigDecimal.ONE;
    /** Multiplier for amounts whose header says 万元. */
    public static final BigDecimal WAN_YUAN = BigDecimal.valueOf(10_000);

    /** Court records start with the People's Republic; anything outside this range is a typing slip. */
    static final int MIN_PLAUSIBLE_YEAR = 1949;
    static final int MAX_PLAUSIBLE_YEAR = 2100;

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = FULL_WIDTH_FIRST - '!';
    private static final char ZERO_WIDTH_SPACE = '\u200B';
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Optional time after a date, dropped: {@code 10:30}, {@code 10:30:15.5}, {@code T10:30}, {@code 10时30分}. */
    private static final String TIME = "(?:(?:\\s*|T)(?:[01]?\\d|2[0-3])"
            + "(?::[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?|时(?:[0-5]?\\d分(?:[0-5]?\\d秒)?)?))?";
    private static final Pattern DATE_WITH_SEPARATORS = Pattern.compile(
            "(?<year>\\d{4})(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})" + TIME);
    private static final Pattern DATE_CHINESE = Pattern.compile(
            "(?<year>\\d{4})\\s*年\\s*(?<month>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})\\s*日?" + TIME);
    private static final Pattern DATE_COMPACT = Pattern.compile(
            "(?<year>\\d{4})(?<month>\\d{2})(?<day>\\d{2})" + TIME);
    private static final List<Pattern> DATE_FORMS = List.of(DATE_WITH_SEPARATORS, DATE_CHINESE, DATE_COMPACT);
    /** A time that a date-time must have: {@code 9:30}, {@code 09:30:05}, {@code T09:30}, {@code 9时30分}, {@code 9点}. */
    private static final String REQUIRED_TIME = "(?:\\s*|T)(?<hour>[01]?\\d|2[0-3])"
            + "(?::(?<minute>[0-5]\\d)(?::(?<second>[0-5]\\d)(?:\\.\\d{1,9})?)?"
            + "|\\s*[时点]\\s*(?:(?<cminute>[0-5]?\\d)\\s*分\\s*(?:(?<csecond>[0-5]?\\d)\\s*秒)?)?)";
    private static final List<Pattern> DATE_TIME_FORMS = List.of(
            Pattern.compile("(?<year>\\d{4})(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})" + REQUIRED_TIME),
            Pattern.compile("(?<year>\\d{4})\\s*年\\s*(?<month>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})\\s*日?" + REQUIRED_TIME),
            Pattern.compile("(?<year>\\d{4})(?<month>\\d{2})(?<day>\\d{2})" + REQUIRED_TIME));
    private static final BigDecimal SECONDS_A_DAY = BigDecimal.valueOf(86_400);
    private static final Pattern EXCEL_SERIAL_TEXT = Pattern.compile("\\d{5}(?:\\.\\d+)?");
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile(
            "\\d{2}(?:(?<sep>[-/.])\\d{1,2}\\k<sep>\\d{1,2}|\\s*年)");
    private static final BigDecimal MIN_COMPACT_DATE = BigDecimal.valueOf(10_000_000);
    private static final BigDecimal MAX_COMPACT_DATE = BigDecimal.valueOf(99_999_999);
    /** Serial of 9999-12-31, the last day Excel can show. */
    private static final BigDecimal MAX_EXCEL_SERIAL = BigDecimal.valueOf(2_958_465);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final Pattern AMOUNT = Pattern.compile(
            "(?:(?<minus>[-−])?[¥￥]?|[¥￥](?<minusAfterSign>[-−]))"
                    + "(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?<unit>万元|元)?");
    private static final Pattern AMOUNT_WITH_OTHER_UNIT = Pattern.compile(
            "[-−]?[¥￥]?[\\d,.]*\\d(?<unit>\\p{L}+)");

    private static final Pattern COUNT = Pattern.compile("(?<digits>\\d+)(?:\\.0+)?次?");
    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Integer.MAX_VALUE);
    /** No court amount reaches 10^16 yuan; the warehouse keeps amounts as numeric(18, 2). */
    private static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(16);

    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("是", true), Map.entry("否", false),
            Map.entry("y", true), Map.entry("n", false),
            Map.entry("yes", true), Map.entry("no", false),
            Map.entry("true", true), Map.entry("false", false),
            Map.entry("1", true), Map.entry("0", false),
            Map.entry("√", true), Map.entry("×", false),
            Map.entry("✓", true), Map.entry("✗", false),
            Map.entry("✔", true), Map.entry("✘", false));

    private Values() {
    }

    /**
     * Cleaned text of a cell: trimmed (also of U+3000, no-break spaces and zero-width spaces),
     * full-width ASCII (U+FF01–U+FF5E: digits, letters, punctuation such as （）) folded to
     * half-width, inner U+3000 and no-break spaces turned into plain spaces, zero-width spaces
     * removed. CJK punctuation such as 、 or “” is kept. Number, date and boolean cells give
     * their text as {@link Cell} documents it.
     *
     * @return the cleaned text, or null when the cell is blank or holds an empty marker
     * @throws ValueRejection BAD_VALUE for a formula error cell
     */
    public static String text(Cell cell) throws ValueRejection {
        if (cell == null) {
            return null;
        }
        return switch (cell.kind()) {
            case BLANK -> null;
            case TEXT -> clean(cell.text());
            case NUMBER, DATE, BOOLEAN -> cell.text();
            case ERROR -> throw formulaError(cell, ReasonCode.BAD_VALUE);
        };
    }

    /**
     * Whether a text, ignoring surrounding white space, is one of the markers that exports use for
     * "no value": {@code /}, {@code 无}, or a run of dashes ({@code -}, {@code --}, {@code —},
     * {@code ——}, {@code –}, {@code ―}, {@code －}). Blank or null text is not a marker.
     */
    public static boolean isEmptyMarker(String text) {
        if (text == null) {
            return false;
        }
        String marker = strip(text);
        if (marker.isEmpty()) {
            return false;
        }
        if (marker.length() == 1) {
            char only = marker.charAt(0);
            if (only == '/' || only == '／' || only == '无') {
                return true;
            }
        }
        for (int i = 0; i < marker.length(); i++) {
            if (!isDash(marker.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Date of a cell; any time of day is dropped. Accepted: a date cell; a number cell holding an
     * Excel serial (1 … 2958465, in the workbook's date system: 1900, or 1904 when the cell says so)
     * or an eight-digit {@code yyyymmdd} number; text
     * {@code 2024-08-01}, {@code 2024/8/1}, {@code 2024.8.1}, {@code 20240801}, {@code 2024年8月1日}
     * (full-width digits too), each optionally followed by a time ({@code 10:30}, {@code 10:30:15},
     * {@code T10:30:00}, {@code 10时30分}); five digits of text are an Excel serial. The year must
     * lie between 1949 and 2100.
     *
     * @return the date, or null when the cell holds no value
     * @throws ValueRejection BAD_DATE for two-digit years, dates that do not exist, implausible
     *                        years, anything else that is not a date, boolean and error cells
     */
    public static LocalDate date(Cell cell) throws ValueRejection {
        if (cell == null) {
            return null;
        }
        return switch (cell.kind()) {
            case BLANK -> null;
            case DATE -> plausible(cell.date().toLocalDate(), cell.text());
            case NUMBER -> dateFromNumber(cell);
            case TEXT -> dateFromText(cell.text());
            case BOOLEAN -> throw new ValueRejection(ReasonCode.BAD_DATE,
                    "逻辑值" + Quote.of(cell.text()) + "不是日期");
            case ERROR -> throw formulaError(cell, ReasonCode.BAD_DATE);
        };
    }

    /**
     * Date and time of day of a cell, to the second (申请时间, 回复时间). Accepted: a date cell (a
     * date-time cell of Excel; one showing a date only is that day at 00:00); a number cell or five
     * digits of text holding an Excel serial whose fraction is the time of day, in the workbook's date
     * system; text in any date form that {@link #date} reads followed by a time: {@code 2024-08-01 09:30},
     * {@code 2024/8/1 9:30:05}, {@code 2024-08-01T09:30}, {@code 2024年8月1日 9时30分}, {@code 9点30分},
     * {@code 9时}. Excel's binary fractions are rounded to the nearest second, fractions of a second
     * written in text are dropped.
     *
     * @return the date-time, or null when the cell holds no value
     * @throws ValueRejection BAD_DATE for text without a time of day, a time that does not exist
     *                        ({@code 24:00}, {@code 9:60}), and whatever {@link #date} refuses
     */
    public static LocalDateTime dateTime(Cell cell) throws ValueRejection {
        if (cell == null) {
            return null;
        }
        return switch (cell.kind()) {
            case BLANK -> null;
            case DATE -> plausible(toSecond(cell.date()), cell.text());
            case NUMBER -> dateTimeFromSerial(cell.number(), cell.date(), cell.text());
            case TEXT -> dateTimeFromText(cell.text());
            case BOOLEAN -> throw new ValueRejection(ReasonCode.BAD_DATE, "逻辑值" + Quote.of(cell.text()) + "不是日期时间");
            case ERROR -> throw formulaError(cell, ReasonCode.BAD_DATE);
        };
    }

    private static LocalDateTime dateTimeFromText(String raw) throws ValueRejection {
        String text = clean(raw);
        if (text == null) {
            return null;
        }
        for (Pattern form : DATE_TIME_FORMS) {
            Matcher matcher = form.matcher(text);
            if (matcher.matches()) {
                LocalDate day = calendarDate(Integer.parseInt(matcher.group("year")),
                        Integer.parseInt(matcher.group("month")), Integer.parseInt(matcher.group("day")), raw);
                String minute = matcher.group("minute") != null ? matcher.group("minute") : matcher.group("cminute");
                String second = matcher.group("second") != null ? matcher.group("second") : matcher.group("csecond");
                return day.atTime(Integer.parseInt(matcher.group("hour")), minute == null ? 0 : Integer.parseInt(minute),
                        second == null ? 0 : Integer.parseInt(second));
            }
        }
        if (EXCEL_SERIAL_TEXT.matcher(text).matches()) {
            return dateTimeFromSerial(new BigDecimal(text), null, raw);
        }
        // A date alone, or what a date would say (two-digit year, no such day …), else not a date-time.
        try {
            dateFromText(raw);
        } catch (ValueRejection notADate) {
            if (matchingDateForm(text) != null || TWO_DIGIT_YEAR.matcher(text).lookingAt()) {
                throw notADate;
            }
            throw new ValueRejection(ReasonCode.BAD_DATE, "无法识别日期时间" + Quote.of(raw));
        }
        throw new ValueRejection(ReasonCode.BAD_DATE, "日期时间" + Quote.of(raw)
                + "缺少时间或时间不存在，请写明时和分，例如 2024-08-01 09:30 或 2024年8月1日 9时30分");
    }

    private static LocalDateTime dateTimeFromSerial(BigDecimal serial, LocalDateTime in1904System, String raw)
            throws ValueRejection {
        if (serial.compareTo(BigDecimal.ONE) < 0 || serial.compareTo(MAX_EXCEL_SERIAL.add(BigDecimal.ONE)) >= 0) {
            throw new ValueRejection(ReasonCode.BAD_DATE, "数字" + Quote.of(raw) + "不是日期时间");
        }
        if (in1904System != null) {
            return plausible(toSecond(in1904System), raw);
        }
        long day = serial.longValue();
        long seconds = serial.subtract(BigDecimal.valueOf(day)).multiply(SECONDS_A_DAY)
                .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        return plausible(fromExcelSerial(day).atStartOfDay().plusSeconds(seconds), raw);
    }

    /** Excel keeps a time as a binary fraction of a day: 09:30 may come back as 09:29:59.9999. */
    private static LocalDateTime toSecond(LocalDateTime time) {
        return time.plusNanos(500_000_000).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static LocalDateTime plausible(LocalDateTime time, String raw) throws ValueRejection {
        plausible(time.toLocalDate(), raw);
        return time;
    }

    /**
     * Amount in yuan. Text may carry grouping commas ({@code 1,234.50}), a currency sign
     * ({@code ￥}, {@code ¥}), spaces, full-width digits and a unit: {@code 元}, or {@code 万元},
     * which multiplies by 10 000. A unit written in the cell wins over the header's, so
     * {@code 5万元} under a 万元 header is 50 000 yuan and {@code 800元} under it is 800 yuan.
     * The result keeps every digit given, without trailing zeros ({@code 1234.50} gives 1234.5).
     *
     * @param multiplier {@link #YUAN}, or {@link #WAN_YUAN} when the header says 万元; not null
     * @return the amount in yuan, or null when the cell holds no value
     * @throws ValueRejection NEGATIVE_AMOUNT for a negative amount ({@code -5}, {@code －5});
     *                        BAD_AMOUNT for anything else that is not an amount, including another
     *                        unit ({@code 5美元}, {@code 5万}), accounting brackets, date, boolean
     *                        and error cells, and 10^16 yuan or more (an ID number in the wrong column)
     */
    public static BigDecimal amount(Cell cell, BigDecimal multiplier) throws ValueRejection {
        if (cell == null) {
            return null;
        }
        BigDecimal yuan = switch (cell.kind()) {
            case BLANK -> null;
            case NUMBER -> {
                if (cell.number().signum() < 0) {
                    throw negativeAmount(cell.text());
                }
                yield exact(cell.number().multiply(multiplier));
            }
            case TEXT -> amountFromText(cell.text(), multiplier);
            case DATE, BOOLEAN -> throw new ValueRejection(ReasonCode.BAD_AMOUNT,
                    Quote.of(cell.text()) + "不是金额");
            case ERROR -> throw formulaError(cell, ReasonCode.BAD_AMOUNT);
        };
        if (yuan != null && yuan.compareTo(MAX_AMOUNT) >= 0) {
            throw new ValueRejection(ReasonCode.BAD_AMOUNT, "金额" + Quote.of(cell.text())
                    + "大得不合常理（一亿亿元以上），可能是把证件号码、账号等填进了金额栏");
        }
        return yuan;
    }

    /**
     * Yes or no: 是/否, Y/N, yes/no, true/false (any case), 1/0, √/×, ✓/✗, ✔/✘, a boolean cell, or a
     * number cell holding 1 or 0.
     *
     * @return true for yes, false for no, null when the cell holds no value
     * @throws ValueRejection BAD_VALUE for anything else
     */
    public static Boolean yesNo(Cell cell) throws ValueRejection {
        if (cell == null) {
            return null;
        }
        return switch (cell.kind()) {
            case BLANK -> null;
            case BOOLEAN -> "TRUE".equals(cell.text());
            case NUMBER -> {
                if (cell.number().compareTo(BigDecimal.ONE) == 0) {
                    yield true;
                }
                if (cell.number().signum() == 0) {
                    yield false;
                }
                throw notYesNo(cell.text());
            }
            case TEXT -> {
                String text = clean(cell.text());
                if (text == null) {
                    yield null;
                }
                Boolean answer = YES_NO.get(removeBlanks(text).toLowerCase(Locale.ROOT));
                if (answer == null) {
                    throw notYesNo(cell.text());
                }
                yield answer;
            }
            case DATE -> throw notYesNo(cell.text());
            case ERROR -> throw formulaError(cell, ReasonCode.BAD_VALUE);
        };
    }

    /**
     * A count such as 开庭次数: a whole number cell, or text of digits (full-width too), optionally
     * followed by {@code 次} or by a zero fraction ({@code 3.0}, as some CSV exports write it).
     *
     * @return the count, or null when the cell holds no value
     * @throws ValueRejection BAD_VALUE for negative, fractional or too large numbers, and anything
     *                        else that is not a count
     */
    public static Integer count(Cell cell) throws ValueRejection {
        if (cell == null) {
            return null;
        }
        return switch (cell.kind()) {
            case BLANK -> null;
            case NUMBER -> countFromNumber(cell.number(), cell.text());
            case TEXT -> {
                String text = clean(cell.text());
                if (text == null) {
                    yield null;
                }
                String compact = removeBlanks(text);
                if (compact.length() <= 9 && isDigits(compact, 0, compact.length())) {
                    // The commonest form, plain digits, read without the pattern (as COUNT reads it).
                    yield digits(compact, 0, compact.length());
                }
                Matcher count = COUNT.matcher(compact);
                if (!count.matches()) {
                    throw notACount(cell.text());
                }
                yield countFromNumber(new BigDecimal(count.group("digits")), cell.text());
            }
            case DATE, BOOLEAN -> throw notACount(cell.text());
            case ERROR -> throw formulaError(cell, ReasonCode.BAD_VALUE);
        };
    }

    /** The rejection for a formula error cell; the message quotes Excel's code, e.g. {@code #REF!}. */
    static ValueRejection formulaError(Cell cell, ReasonCode reason) {
        return new ValueRejection(reason, "单元格是公式错误值 " + cell.text());
    }

    /** {@link #text(Cell)} for a raw string: null when blank or an empty marker. */
    static String clean(String raw) {
        String trimmed = strip(raw);
        if (trimmed.isEmpty() || isEmptyMarker(trimmed)) {
            return null;
        }
        return needsFolding(trimmed) ? fold(trimmed) : trimmed;
    }

    /** The text without any white space; the same instance when there is none, the usual case. */
    static String removeBlanks(String text) {
        int first = 0;
        while (first < text.length() && !isBlankChar(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBlankChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * White space of any kind, including U+3000, no-break and zero-width spaces and a stray BOM: control
     * characters and what {@link Character#isSpaceChar} calls space (U+00A0, U+1680, U+2000–U+200A,
     * U+2028, U+2029, U+202F, U+205F, U+3000), spelled out because this is asked of every character of
     * every cell and the JDK's lookup of a Chinese character's properties cost a tenth of normalising.
     */
    static boolean isBlankChar(char c) {
        if (c <= ' ') {
            return true;
        }
        if (c < '\u00A0' || c > '\u3000' && c != BYTE_ORDER_MARK) {
            return false;
        }
        return c == '\u00A0' || c == '\u1680' || c >= '\u2000' && c <= '\u200A' || c == ZERO_WIDTH_SPACE
                || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000'
                || c == BYTE_ORDER_MARK;
    }

    static boolean isPlausibleYear(int year) {
        return year >= MIN_PLAUSIBLE_YEAR && year <= MAX_PLAUSIBLE_YEAR;
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isBlankChar(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean needsFolding(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && (isFullWidthAscii(c) || isBlankChar(c))) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isFullWidthAscii(c)) {
                out.append((char) (c - FULL_WIDTH_OFFSET));
            } else if (c == ZERO_WIDTH_SPACE || c == BYTE_ORDER_MARK) {
                continue;
            } else if (c >= 0x80 && Character.isSpaceChar(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isFullWidthAscii(char c) {
        return c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '－' || c == '−' || (c >= '\u2010' && c <= '\u2015');
    }

    private static LocalDate dateFromText(String raw) throws ValueRejection {
        String text = clean(raw);
        if (text == null) {
            return null;
        }
        LocalDate plain = plainDate(text, raw);
        if (plain != null) {
            return plain;
        }
        Matcher date = matchingDateForm(text);
        if (date != null) {
            return calendarDate(Integer.parseInt(date.group("year")), Integer.parseInt(date.group("month")),
                    Integer.parseInt(date.group("day")), raw);
        }
        if (EXCEL_SERIAL_TEXT.matcher(text).matches()) {
            return plausible(fromExcelSerial(new BigDecimal(text).longValue()), raw);
        }
        if (TWO_DIGIT_YEAR.matcher(text).lookingAt()) {
            throw new ValueRejection(ReasonCode.BAD_DATE, "年份只有两位：" + Quote.of(raw) + "，请写四位年份");
        }
        throw new ValueRejection(ReasonCode.BAD_DATE, "无法识别日期" + Quote.of(raw));
    }

    /**
     * The common forms, {@code 2024-08-01} (or {@code 2024/8/1}, {@code 2024.8.1}), {@code 2024年8月1日}
     * and {@code 20240801}, with nothing before or after, read without a regular expression: what
     * {@link #DATE_FORMS} read of them, at a tenth of the cost (the date patterns were a tenth of the
     * loading thread's time).
     *
     * @return the date, or null when the text is not in these forms (the patterns then decide)
     */
    private static LocalDate plainDate(String text, String raw) throws ValueRejection {
        int length = text.length();
        if (length < 8 || length > 11 || !isDigits(text, 0, 4)) {
            return null;
        }
        if (length == 8 && isDigits(text, 4, 8)) {
            return calendarDate(digits(text, 0, 4), digits(text, 4, 6), digits(text, 6, 8), raw);
        }
        char separator = text.charAt(4);
        char afterMonth = separator == '年' ? '月' : separator;
        if (separator != '-' && separator != '/' && separator != '.' && separator != '年') {
            return null;
        }
        int end = separator == '年' && text.charAt(length - 1) == '日' ? length - 1 : length;
        int second = text.indexOf(afterMonth, 5);
        if (second < 6 || second > 7 || !isDigits(text, 5, second) || end - second < 2 || end - second > 3
                || !isDigits(text, second + 1, end)) {
            return null;
        }
        return calendarDate(digits(text, 0, 4), digits(text, 5, second), digits(text, second + 1, end), raw);
    }

    /** Digits, or digits, a point and digits: what {@link #AMOUNT} reads without sign, separators or unit. */
    private static boolean isPlainDecimal(String text) {
        int point = text.indexOf('.');
        if (point < 0) {
            return !text.isEmpty() && isDigits(text, 0, text.length());
        }
        return point > 0 && point < text.length() - 1 && isDigits(text, 0, point)
                && isDigits(text, point + 1, text.length());
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private static Matcher matchingDateForm(String text) {
        for (Pattern form : DATE_FORMS) {
            Matcher date = form.matcher(text);
            if (date.matches()) {
                return date;
            }
        }
        return null;
    }

    private static LocalDate dateFromNumber(Cell cell) throws ValueRejection {
        BigDecimal number = cell.number();
        String raw = cell.text();
        if (isWhole(number) && number.compareTo(MIN_COMPACT_DATE) >= 0 && number.compareTo(MAX_COMPACT_DATE) <= 0) {
            int yyyymmdd = number.intValueExact();
            return calendarDate(yyyymmdd / 10_000, yyyymmdd / 100 % 100, yyyymmdd % 100, raw);
        }
        if (number.compareTo(BigDecimal.ONE) >= 0 && number.compareTo(MAX_EXCEL_SERIAL.add(BigDecimal.ONE)) < 0) {
            // A workbook in the 1904 date system gave the date its serial means there; the fraction is the
            // time of day, which is dropped.
            LocalDate date = cell.date() != null ? cell.date().toLocalDate() : fromExcelSerial(number.longValue());
            return plausible(date, raw);
        }
        throw new ValueRejection(ReasonCode.BAD_DATE, "数字" + Quote.of(raw) + "不是日期");
    }

    private static LocalDate fromExcelSerial(long serial) {
        // Counting from 1899-12-30 absorbs the 29 February 1900 that Excel's 1900 system invents; it
        // puts serials before March 1900 a day early, but those fail the plausible-year check anyway.
        return EXCEL_EPOCH.plusDays(serial);
    }

    private static LocalDate calendarDate(int year, int month, int day, String raw) throws ValueRejection {
        if (!isPlausibleYear(year)) {
            throw implausibleYear(year, raw);
        }
        if (month < 1 || month > 12) {
            throw new ValueRejection(ReasonCode.BAD_DATE, "日期" + Quote.of(raw) + "不存在（没有" + month + "月）");
        }
        int daysInMonth = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1) {
            throw new ValueRejection(ReasonCode.BAD_DATE, "日期" + Quote.of(raw) + "不存在（没有0日）");
        }
        if (day > daysInMonth) {
            throw new ValueRejection(ReasonCode.BAD_DATE, "日期" + Quote.of(raw) + "不存在（" + year + "年"
                    + month + "月只有" + daysInMonth + "天）");
        }
        return LocalDate.of(year, month, day);
    }

    private static LocalDate plausible(LocalDate date, String raw) throws ValueRejection {
        if (!isPlausibleYear(date.getYear())) {
            throw implausibleYear(date.getYear(), raw);
        }
        return date;
    }

    private static ValueRejection implausibleYear(int year, String raw) {
        return new ValueRejection(ReasonCode.BAD_DATE, "日期" + Quote.of(raw) + "的年份" + year + "不合理，应在"
                + MIN_PLAUSIBLE_YEAR + "年至" + MAX_PLAUSIBLE_YEAR + "年之间");
    }

    private static BigDecimal amountFromText(String raw, BigDecimal multiplier) throws ValueRejection {
        String text = clean(raw);
        if (text == null) {
            return null;
        }
        String compact = removeBlanks(text);
        if (isPlainDecimal(compact)) {
            // The commonest form, 12345 or 12345.67, read without the pattern (as AMOUNT reads it).
            return exact(new BigDecimal(compact).multiply(multiplier));
        }
        Matcher amount = AMOUNT.matcher(compact);
        if (!amount.matches()) {
            Matcher otherUnit = AMOUNT_WITH_OTHER_UNIT.matcher(compact);
            if (otherUnit.matches()) {
                throw new ValueRejection(ReasonCode.BAD_AMOUNT, "金额" + Quote.of(raw) + "的单位“"
                        + otherUnit.group("unit") + "”无法识别，只能是元或万元");
            }
            throw new ValueRejection(ReasonCode.BAD_AMOUNT, "无法识别金额" + Quote.of(raw));
        }
        BigDecimal value = new BigDecimal(amount.group("digits").replace(",", ""));
        boolean minus = amount.group("minus") != null || amount.group("minusAfterSign") != null;
        if (minus && value.signum() != 0) {
            throw negativeAmount(raw);
        }
        String unit = amount.group("unit");
        BigDecimal unitMultiplier = unit == null ? multiplier : unit.equals("万元") ? WAN_YUAN : YUAN;
        return exact(value.multiply(unitMultiplier));
    }

    private static ValueRejection negativeAmount(String raw) {
        return new ValueRejection(ReasonCode.NEGATIVE_AMOUNT, "金额" + Quote.of(raw) + "为负数");
    }

    /** Drops trailing zeros without going to an exponent: 10000, not 1E+4. */
    private static BigDecimal exact(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static ValueRejection notYesNo(String raw) {
        return new ValueRejection(ReasonCode.BAD_VALUE, Quote.of(raw) + "不是“是”或“否”");
    }

    private static Integer countFromNumber(BigDecimal number, String raw) throws ValueRejection {
        if (number.signum() < 0 || !isWhole(number)) {
            throw notACount(raw);
        }
        if (number.compareTo(MAX_COUNT) > 0) {
            throw new ValueRejection(ReasonCode.BAD_VALUE, "数值" + Quote.of(raw) + "过大");
        }
        return number.intValueExact();
    }

    private static ValueRejection notACount(String raw) {
        return new ValueRejection(ReasonCode.BAD_VALUE, Quote.of(raw) + "不是非负整数");
    }

    private static boolean isWhole(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }
}
