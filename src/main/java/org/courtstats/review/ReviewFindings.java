package org.courtstats.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the reviews of a month's deliveries found (mart.review_finding), for the terminal. */
@Component
public class ReviewFindings {

    /** One case a finding involves, and how. */
    public record InvolvedCase(String caseNo, String note) {
    }

    /** One finding of the review of a delivery. */
    public record Finding(long deliveryId, String courtCode, String courtName, String feedName, String fileName,
                          String deliveryStatus, String checkName, String subject, String severity,
                          String expected, String found, String message, int caseCount, List<InvolvedCase> cases) {

        public boolean holds() {
            return "hold".equals(severity);
        }
    }

    private final JdbcTemplate jdbc;

    ReviewFindings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The findings of the month's deliveries that are held or published now (those of superseded
     * deliveries are history), holds first.
     *
     * @param courtCode one court's, or null for every court
     */
    public List<Finding> ofMonth(YearMonth period, String courtCode) {
        return jdbc.query(SELECT + """
                where f.period = ? and (?::text is null or f.court_code = ?)
                  and f.delivery_status in ('held', 'published')
                order by f.severity = 'hold' desc, f.court_code, f.feed, k.display_order, f.subject
                """, this::finding, period.toString(), courtCode, courtCode);
    }

    /** The findings that hold a delivery. */
    public List<Finding> holding(long deliveryId) {
        return jdbc.query(SELECT + """
                where f.delivery_id = ? and f.severity = 'hold'
                order by k.display_order, f.subject
                """, this::finding, deliveryId);
    }

    /** How many deliveries of the month are held for review. */
    public int heldDeliveries(YearMonth period) {
        Integer held = jdbc.queryForObject("select count(*) from staging.delivery where period = ? and status = 'held'",
                Integer.class, Date.valueOf(period.atDay(1)));
        return held == null ? 0 : held;
    }

    private static final String SELECT = """
            select f.delivery_id, f.court_code, f.court_name, f.feed_name, f.file_name, f.delivery_status,
                   f.check_name, f.subject, f.severity, f.expected, f.found, f.message, f.case_count,
                   array(select c ->> 'case_no' from jsonb_array_elements(f.cases) c) as case_nos,
                   array(select c ->> 'note' from jsonb_array_elements(f.cases) c) as notes
            from mart.review_finding f
            join core.review_check k on k.check_code = f.check_code
            """;

    private Finding finding(ResultSet rs, int row) throws SQLException {
        return new Finding(rs.getLong("delivery_id"), rs.getString("court_code"), rs.getString("court_name"),
                rs.getString("feed_name"), rs.getString("file_name"), rs.getString("delivery_status"),
                rs.getString("check_name"), rs.getString("subject"), rs.getString("severity"),
                rs.getString("expected"), rs.getString("found"), rs.getString("message"), rs.getInt("case_count"),
                cases((String[]) rs.getArray("case_nos").getArray(), (String[]) rs.getArray("notes").getArray()));
    }

    private static List<InvolvedCase> cases(String[] caseNos, String[] notes) {
        List<InvolvedCase> cases = new ArrayList<>(caseNos.length);
        for (int i = 0; i < caseNos.length; i++) {
            cases.add(new InvolvedCase(caseNos[i], notes[i]));
        }
        return cases;
    }
}
