package org.courtstats.indicators;

import java.sql.Date;
import java.time.YearMonth;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recomputes a period's indicators from the published cases and the catalogue
 * (core.recompute_indicators, set-based SQL). Always for the whole city: a ranking depends on every
 * court. Runs in the caller's transaction.
 */
@Component
public class IndicatorCalculator {

    private final JdbcTemplate jdbc;

    IndicatorCalculator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the number of indicator values written */
    public int recompute(YearMonth period) {
        Integer written = jdbc.queryForObject("select core.recompute_indicators(?)", Integer.class,
                Date.valueOf(period.atDay(1)));
        return written == null ? 0 : written;
    }
}
