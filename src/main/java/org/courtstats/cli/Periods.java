package org.courtstats.cli;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Reads a reporting month given on the command line (YYYY-MM) and accepts only a month a court can
 * report: from January of the first year (setting {@value #FIRST_YEAR_PROPERTY}, default
 * {@value #DEFAULT_FIRST_YEAR}: case numbers of the current form, （2016）豫1302民初1号, start in 2016)
 * to the current month of the clock (the courts' time zone). Anything else (9999-12, 1900-01, next
 * month) would only write an empty month into the mart, where BI would take it for the latest one.
 * The command line is parsed before the application starts, so the setting is read here, from the
 * system property or the environment variable COURTSTATS_FIRST_YEAR.
 */
final class Periods implements CommandLine.ITypeConverter<YearMonth> {

    static final String FIRST_YEAR_PROPERTY = "courtstats.first-year";
    static final int DEFAULT_FIRST_YEAR = 2016;

    private final Clock clock;

    Periods(Clock clock) {
        this.clock = clock;
    }

    @Override
    public YearMonth convert(String text) {
        YearMonth period = parseAnyMonth(text);
        YearMonth first = YearMonth.of(firstYear(), 1);
        YearMonth current = YearMonth.now(clock);
        if (period.isBefore(first) || period.isAfter(current)) {
            throw new CommandLine.TypeConversionException("月份“" + text + "”不在可统计的范围内：只能是 " + first
                    + "（设置 " + FIRST_YEAR_PROPERTY + " 的第一年）至本月 " + current + " 之间的月份。");
        }
        return period;
    }

    /** Any well-formed month: for {@code forget}, which must be able to remove a month written by mistake. */
    static YearMonth parseAnyMonth(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("月份“" + text + "”无效，应写作 YYYY-MM，例如 2024-08");
        }
    }

    private static int firstYear() {
        String configured = System.getProperty(FIRST_YEAR_PROPERTY, System.getenv("COURTSTATS_FIRST_YEAR"));
        if (configured == null || configured.isBlank()) {
            return DEFAULT_FIRST_YEAR;
        }
        try {
            int year = Integer.parseInt(configured.strip());
            if (year >= 1000 && year <= 9999) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below, as an out-of-range year is
        }
        throw new CommandLine.TypeConversionException("设置 " + FIRST_YEAR_PROPERTY + " 的值“" + configured
                + "”无效，应为四位年份，例如 " + DEFAULT_FIRST_YEAR + "。");
    }

    /** The converter of {@code forget --period}: syntax only, no range. */
    static final class AnyMonth implements CommandLine.ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String text) {
            return parseAnyMonth(text);
        }
    }
}
