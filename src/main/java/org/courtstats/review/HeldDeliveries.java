package org.courtstats.review;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.courtstats.UserError;
import org.courtstats.indicators.IndicatorCalculator;
import org.courtstats.warehouse.Delivery;
import org.courtstats.warehouse.DeliveryRepository;
import org.courtstats.warehouse.PeriodLock;
import org.courtstats.warehouse.SlicePublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statistician's decision on deliveries held for review: release them (publish, recomputing the
 * month) or reject them (the slice published before stays). One transaction under the month's lock,
 * as an import: BI readers see the month before or after, never between.
 */
@Component
public class HeldDeliveries {

    private static final Logger log = LoggerFactory.getLogger(HeldDeliveries.class);

    private final DeliveryRepository deliveries;
    private final SlicePublisher publisher;
    private final IndicatorCalculator indicators;
    private final TransactionTemplate transaction;
    private final DataSource dataSource;

    HeldDeliveries(DeliveryRepository deliveries, SlicePublisher publisher, IndicatorCalculator indicators,
                   TransactionTemplate transaction, DataSource dataSource) {
        this.deliveries = deliveries;
        this.publisher = publisher;
        this.indicators = indicators;
        this.transaction = transaction;
        this.dataSource = dataSource;
    }

    /**
     * Publishes the court's held deliveries of the month (of one feed, unless null) and recomputes
     * the month's indicators.
     *
     * @return the deliveries released
     * @throws UserError when none is held, or an import of the month is running
     */
    public List<Delivery> release(YearMonth period, String courtCode, String feed) throws SQLException {
        return decide(period, courtCode, feed, true);
    }

    /**
     * Discards the court's held deliveries of the month (of one feed, unless null): their rows go,
     * the slices published before stay, nothing is recomputed.
     *
     * @return the deliveries rejected
     * @throws UserError when none is held, or an import of the month is running
     */
    public List<Delivery> reject(YearMonth period, String courtCode, String feed) throws SQLException {
        return decide(period, courtCode, feed, false);
    }

    private List<Delivery> decide(YearMonth period, String courtCode, String feed, boolean release) throws SQLException {
        try (PeriodLock lock = PeriodLock.tryAcquire(dataSource, period)) {
            if (lock == null) {
                throw new UserError("另一个导入或重算正在处理" + period + "，请等它结束后再运行。");
            }
            return transaction.execute(status -> {
                List<Delivery> held = deliveries.held(period, courtCode, feed);
                if (held.isEmpty()) {
                    throw new UserError(period + " " + courtCode + " 没有" + (feed == null ? "" : "该类报表") + "待审核的报送文件，未做任何改动。"
                            + "用 review --period " + period + " 或 status --period " + period + " 查看各文件的状态。");
                }
                for (Delivery delivery : held) {
                    if (release) {
                        publisher.deleteRows(publisher.publish(delivery));
                        publisher.markReleased(delivery);
                    } else {
                        publisher.reject(delivery);
                    }
                    log.info("{}: {} {} by the statistician", period, delivery.fileName(), release ? "released" : "rejected");
                }
                if (release) {
                    indicators.recompute(period);
                }
                return held.stream().map(delivery -> deliveries.get(delivery.id())).toList();
            });
        }
    }
}
