package org.courtstats.indicators;

import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads one court's published indicators of a month from the mart, as BI users see them. */
@Component
public class CourtIndicators {

    private final JdbcTemplate jdbc;

    CourtIndicators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<IndicatorChange.Value> of(YearMonth period, String courtCode) {
        return jdbc.query("select indicator_code, indicator_name, time_window, unit, value, rank from mart.indicator_value"
                        + " where period = ? and court_code = ?"
                        + " order by indicator_group desc, display_order, time_window",
                (rs, i) -> new IndicatorChange.Value(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), (Integer) rs.getObject(6)),
                period.toString(), courtCode);
    }
}
