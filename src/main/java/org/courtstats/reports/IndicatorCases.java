package org.courtstats.reports;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One value of mart.indicator_value and the cases behind it (mart.indicator_case), read as a BI
 * user reads them, for the {@code explain} command: what a statistician needs to defend a figure.
 */
@Repository
public class IndicatorCases {

    private final JdbcTemplate jdbc;

    IndicatorCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An indicator of the catalogue, with its definition in words and how its terms are formed. */
    public record Definition(String code, String name, String unit, int decimals, String definition,
                             String numerator, String denominator, boolean basicCourtsOnly) {
    }

    /**
     * The value of one court (or 全市) for a window.
     *
     * @param value       as published (rounded to the indicator's decimals); null when there is none
     * @param coverage    share (%) of the scope's cases where the optional field it needs was known
     * @param reportingCourts how many courts' data it rests on
     */
    public record Value(String courtName, BigDecimal numerator, BigDecimal denominator, BigDecimal value,
                        Integer rank, Integer rankedCourts, BigDecimal yoyChange, BigDecimal coverage,
                        boolean coverageLow, int reportingCourts) {
    }

    /** A case behind the value: one row of mart.indicator_case. */
    public record Case(String caseNo, boolean inNumerator, boolean inDenominator, BigDecimal numeratorContribution,
                       BigDecimal denominatorContribution, boolean leftOutUnknown, String caseCourt, String typeCode,
                       LocalDate filedOn, LocalDate closedOn, String disposition, Integer hearings,
                       String originalCaseNo, String originalCourt, String fileName, String sheet, int rowNumber) {
    }

    /** The indicator named by its code (reversal_rate) or its Chinese name (一审裁判被改判率). */
    public Optional<Definition> definition(String codeOrName) {
        return jdbc.query("""
                select indicator_code, indicator_name, unit, decimals, definition, numerator, denominator, basic_courts_only
                from mart.indicator_catalogue where indicator_code = ? or indicator_name = ?
                """, (rs, n) -> new Definition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8)),
                codeOrName.strip(), codeOrName.strip()).stream().findFirst();
    }

    /** Every indicator, by code and name, for a message listing what may be asked. */
    public List<String> indicatorNames() {
        return jdbc.queryForList("select indicator_code || ' ' || indicator_name from mart.indicator_catalogue"
                + " order by array_position(array['trial', 'execution', 'mediation'], indicator_group), display_order",
                String.class);
    }

    /** @return the value; empty when the month, the court or the indicator has no row (not computed, or 豫13's attributed ratios) */
    public Optional<Value> value(YearMonth period, String window, String courtCode, String indicatorCode) {
        return jdbc.query("""
                select court_name, numerator, denominator, value, rank, ranked_courts, yoy_change, coverage,
                       coverage_low, reporting_courts
                from mart.indicator_value
                where period = ? and time_window = ? and court_code = ? and indicator_code = ?
                """, (rs, n) -> new Value(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), (Integer) rs.getObject(5), (Integer) rs.getObject(6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8), rs.getBoolean(9), rs.getInt(10)),
                period.toString(), window, courtCode, indicatorCode).stream().findFirst();
    }

    /** The cases behind the value, numerator's first, each in case-number order. */
    public List<Case> cases(YearMonth period, String window, String courtCode, String indicatorCode) {
        return jdbc.query("""
                select c.case_no, c.in_numerator, c.in_denominator, c.numerator_contribution, c.denominator_contribution,
                       c.left_out_unknown, coalesce(k.short_name, c.case_court_code), c.case_type_code, c.filed_on,
                       c.closed_on, c.disposition, c.hearings, c.original_case_no,
                       coalesce(o.short_name, c.original_court_code), c.file_name, c.sheet_name, c.row_number
                from mart.indicator_case c
                left join mart.court k on k.court_code = c.case_court_code
                left join mart.court o on o.court_code = c.original_court_code
                where c.period = ? and c.time_window = ? and c.court_code = ? and c.indicator_code = ?
                order by c.in_numerator desc, c.case_no, c.row_number
                """, IndicatorCases::toCase, period.toString(), window, courtCode, indicatorCode);
    }

    private static Case toCase(ResultSet rs, int n) throws SQLException {
        return new Case(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class), rs.getString(11), (Integer) rs.getObject(12), rs.getString(13),
                rs.getString(14), rs.getString(15), rs.getString(16), rs.getInt(17));
    }
}
