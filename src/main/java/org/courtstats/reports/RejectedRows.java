package org.courtstats.reports;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rejected rows and row warnings of a month that a court should act on: those of its latest
 * deliveries. For each court and feed that is every delivery (published or refused) of the last
 * import that received a file for it. Older deliveries are left out: a superseded or abandoned file
 * was replaced, and a refused file that a later one replaced no longer matters. All files of that
 * last import are kept, because two files for one slice are both refused (which one is right cannot
 * be told) and the court must fix both.
 */
@Repository
public class RejectedRows {

    private final JdbcTemplate jdbc;

    RejectedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether any delivery was received for the month: if not, the month was probably mistyped. */
    public boolean anyDelivery(YearMonth period) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from staging.delivery where period = ?)", Boolean.class, firstDay(period)));
    }

    /** Problems that rejected a row (mart.rejected_row), of every court or of one. */
    public List<RowProblem> rejected(YearMonth period, Optional<String> courtCode) {
        return problems("mart.rejected_row", period, courtCode);
    }

    /** Warnings on rows that were kept (mart.row_warning), of every court or of one. */
    public List<RowProblem> warnings(YearMonth period, Optional<String> courtCode) {
        return problems("mart.row_warning", period, courtCode);
    }

    private List<RowProblem> problems(String view, YearMonth period, Optional<String> courtCode) {
        List<Object> arguments = new ArrayList<>(List.of(firstDay(period)));
        String court = "";
        if (courtCode.isPresent()) {
            court = "where r.court_code = ?";
            arguments.add(courtCode.get());
        }
        return jdbc.query("""
                with latest as (
                    select delivery_id,
                           job_instance_id = max(job_instance_id) over (partition by court_code, feed) as is_latest
                    from staging.delivery
                    where period = ? and status in ('published', 'refused')
                )
                select r.court_code, c.short_name, r.feed, r.file_name, r.sheet, r.row_number, r.header,
                       r.raw_value, r.reason_code, r.message
                from %s r
                join latest l on l.delivery_id = r.delivery_id and l.is_latest
                left join core.court c on c.court_code = r.court_code
                %s
                order by r.court_code nulls last, (select f.display_order from core.feed f where f.feed_code = r.feed),
                         r.file_name, r.sheet, r.row_number, r.field nulls first, r.reason_code
                """.formatted(view, court),
                (rs, i) -> new RowProblem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10)),
                arguments.toArray());
    }

    private static Date firstDay(YearMonth period) {
        return Date.valueOf(period.atDay(1));
    }
}
