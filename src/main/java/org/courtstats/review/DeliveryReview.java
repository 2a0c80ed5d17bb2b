package org.courtstats.review;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import org.courtstats.vocabulary.CaseField;
import org.courtstats.vocabulary.Feed;
import org.courtstats.vocabulary.FieldSpec;
import org.courtstats.vocabulary.Requirement;
import org.courtstats.warehouse.Delivery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The review of a delivery before it is published (预发布): the checks of R__review_checks.sql,
 * run in the caller's transaction while the month is published. Their thresholds are data
 * (core.review_check); their findings go to staging.review_finding.
 */
@Component
public class DeliveryReview {

    /** What the review of a delivery came to. */
    public enum Verdict {
        /** Nothing worth a look. */
        CLEAR,
        /** Findings to look at; the delivery is published all the same. */
        WARN,
        /** A finding above a hold threshold: the delivery must stay unpublished until released. */
        HOLD
    }

    private final JdbcTemplate jdbc;

    DeliveryReview(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Runs the checks that need only rows — continuity with the court's previous month, a resend
     * against the slice it replaces, volumes against the court's history, the coverage of the
     * optional fields — on an accepted delivery, against what is published now.
     */
    public Verdict beforePublishing(Delivery delivery) {
        String[] optional = Feed.ofCode(delivery.feed()).orElseThrow().fields().stream()
                .filter(spec -> spec.requirement() == Requirement.OPTIONAL)
                .map(FieldSpec::field)
                // 结案日期 is empty for every pending case: it says whether a case is closed, not
                // whether the court filled its columns in.
                .filter(field -> field != CaseField.CLOSED_ON)
                .map(CaseField::column)
                .toArray(String[]::new);
        String severity = jdbc.queryForObject("select core.review_delivery(?, ?)", String.class, delivery.id(), optional);
        return severity == null ? Verdict.CLEAR : "hold".equals(severity) ? Verdict.HOLD : Verdict.WARN;
    }

    /**
     * Runs the outlier check on the month's just computed values of the courts whose deliveries were
     * published in this transaction.
     *
     * @return the deliveries whose values hold them (empty unless core.review_check gives the outlier
     *         check a hold threshold)
     */
    public List<Long> afterComputing(YearMonth period, List<Long> publishedDeliveries) {
        if (publishedDeliveries.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("select core.review_indicator_values(?, ?)", Long.class,
                Date.valueOf(period.atDay(1)), publishedDeliveries.toArray(Long[]::new));
    }
}
