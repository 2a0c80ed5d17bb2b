package org.courtstats.indicators;

import java.sql.SQLException;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.courtstats.UserError;
import org.courtstats.warehouse.PeriodLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes a month's indicators from what is published, after a change to the catalogue (a
 * definition in core.measure, core.indicator or core.indicator_term): one transaction, under the
 * month's lock so that it never interleaves with an import of the same month.
 */
@Component
public class IndicatorRecompute {

    private final IndicatorCalculator calculator;
    private final TransactionTemplate transaction;
    private final DataSource dataSource;

    IndicatorRecompute(IndicatorCalculator calculator, TransactionTemplate transaction, DataSource dataSource) {
        this.calculator = calculator;
        this.transaction = transaction;
        this.dataSource = dataSource;
    }

    /**
     * @return the number of indicator values written
     * @throws UserError when an import of the month is running
     */
    public int recompute(YearMonth period) throws SQLException {
        try (PeriodLock lock = PeriodLock.tryAcquire(dataSource, period)) {
            if (lock == null) {
                throw new UserError("另一个导入或重算正在处理" + period + "，请等它结束后再运行。");
            }
            Integer written = transaction.execute(status -> calculator.recompute(period));
            return written == null ? 0 : written;
        }
    }
}
