package org.courtstats.warehouse;

import java.util.Arrays;
import java.util.List;
import org.courtstats.vocabulary.CaseType;
import org.courtstats.vocabulary.Court;
import org.courtstats.vocabulary.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the courts and case types the migrations loaded into core, and the declared feeds. */
@Repository
public class ReferenceDataRepository {

    private final JdbcTemplate jdbc;
    private final FeedRepository feeds;

    ReferenceDataRepository(JdbcTemplate jdbc, FeedRepository feeds) {
        this.jdbc = jdbc;
        this.feeds = feeds;
    }

    public ReferenceData load() {
        List<Court> courts = jdbc.query(
                "select court_code, court_name, short_name, aliases, court_level from core.court",
                (rs, i) -> new Court(rs.getString(1), rs.getString(2), rs.getString(3),
                        Arrays.asList((String[]) rs.getArray(4).getArray()), rs.getString(5).equals("basic")));
        List<CaseType> types = jdbc.query("select type_code, feed, stage, type_name from core.case_type",
                (rs, i) -> new CaseType(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        return new ReferenceData(courts, types, feeds.load());
    }
}
