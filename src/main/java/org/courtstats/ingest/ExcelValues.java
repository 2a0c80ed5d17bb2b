package org.courtstats.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/** Turns raw Excel cell values (.xlsx and .xls alike) into {@link Cell}s. */
final class ExcelValues {

    /** Serial of 9999-12-31, the last date Excel shows; larger numbers are not dates even in a date format. */
    private static final double LAST_EXCEL_DATE = 2958466.0;

    /** Excel's precision: 15 significant digits, rounded half away from zero as Excel displays them. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

    private ExcelValues() {
    }

    /**
     * Whether a number format shows a date or time. Besides POI's rule this covers the East Asian
     * built-in formats 27-36 and 50-58 ({@code yyyy"年"m"月"d"日"} and kin in a Chinese Excel), which
     * a workbook may reference by number alone: POI then knows no format string for them (null or
     * {@code reserved-0x1F}) and would read such dates as plain numbers.
     */
    static boolean isDateFormat(int formatIndex, String formatString) {
        boolean eastAsianBuiltIn = (formatIndex >= 27 && formatIndex <= 36) || (formatIndex >= 50 && formatIndex <= 58);
        if (eastAsianBuiltIn && (formatString == null || formatString.startsWith("reserved-"))) {
            return true;
        }
        return formatString != null && DateUtil.isADateFormat(formatIndex, formatString);
    }

    /**
     * A number cell: a DATE when its format is a date format and the value is a date Excel can show,
     * otherwise a NUMBER (which, in a 1904 workbook, carries the date it would show as one).
     *
     * <p>The value is taken as written, except that digits beyond the 15 significant ones Excel keeps
     * are rounded off. Excel stores doubles and never shows or accepts more than 15 digits; longer
     * texts are binary noise from writing a double in full: {@code 0.30000000000000004} from a formula,
     * {@code 1.10101199001011008E17} for the 18-digit number a user sees as
     * {@code 110101199001011000} (POI on Java 17 writes that, and .xls stores only the double).
     */
    static Cell numeric(BigDecimal written, boolean dateFormat, boolean date1904) {
        BigDecimal value = written.precision() > EXCEL_DIGITS.getPrecision() ? written.round(EXCEL_DIGITS) : written;
        if (dateFormat || date1904) {
            double serial = value.doubleValue();
            LocalDateTime date = serial >= 0 && serial < LAST_EXCEL_DATE ? DateUtil.getLocalDateTime(serial, date1904) : null;
            if (date != null) {
                // A plain number of a 1904 workbook keeps its date at hand: read as a date (a date column in
                // General format), it is a serial of that system, four years and a day from the 1900 one.
                return dateFormat ? Cell.date(date, value) : Cell.numberOf1904Workbook(value, date);
            }
        }
        return Cell.number(value);
    }

    /** An error cell from its BIFF/OOXML error code; a code Excel does not define keeps its number. */
    static Cell error(int code) {
        return Cell.error(FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERROR" + code);
    }
}
