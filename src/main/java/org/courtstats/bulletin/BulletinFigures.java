package org.courtstats.bulletin;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courtstats.vocabulary.FeedDeclarations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads a month's figures for the bulletin from the mart views, as a BI user would see them. */
@Repository
public class BulletinFigures {

    private final JdbcTemplate jdbc;

    BulletinFigures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the month's figures; no values when the month's indicators were never computed */
    public MonthFigures of(YearMonth period) {
        List<IndicatorValue> values = jdbc.query("""
                select v.indicator_code, v.indicator_name, v.indicator_group, v.unit, k.direction_name, v.time_window,
                       v.court_code, coalesce(c.short_name, v.court_name), coalesce(c.court_level = 'basic', false),
                       v.value, v.rank, v.ranked_courts, v.reporting_courts, v.yoy_change, v.meets_standard,
                       v.standard_lower, v.standard_upper, v.decimals, v.coverage_low, i.direction, i.target
                from mart.indicator_value v
                join mart.indicator_catalogue k on k.indicator_code = v.indicator_code
                join core.indicator i on i.indicator_code = v.indicator_code
                left join mart.court c on c.court_code = v.court_code
                where v.period = ?
                order by array_position(array['trial', 'execution', 'mediation'], v.indicator_group), v.display_order,
                         v.time_window, v.court_code
                """, (rs, i) -> new IndicatorValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                        rs.getBigDecimal(10), (Integer) rs.getObject(11), (Integer) rs.getObject(12), rs.getInt(13),
                        rs.getBigDecimal(14), (Boolean) rs.getObject(15), rs.getBigDecimal(16), rs.getBigDecimal(17), rs.getInt(18),
                        rs.getBoolean(19), rs.getString(20), rs.getBigDecimal(21)),
                period.toString());
        String issuer = jdbc.queryForObject("select court_name from mart.court where court_level = 'intermediate'",
                String.class);
        Integer courts = jdbc.queryForObject("select count(*) from mart.court", Integer.class);
        return new MonthFigures(period, issuer, courts, values, missing(period), provinceRanks(period));
    }

    /** The domains that get a sheet of their own, with the group of indicators each sheet ranks. */
    static final Map<String, String> DOMAIN_SHEETS = Map.of("民事", "trial", "刑事", "trial",
            "行政", "trial", "执行", "execution");
    private static final List<String> DOMAIN_ORDER = List.of("民事", "刑事", "行政", "执行");

    /** The month's figures of each domain that has a sheet, in the order 民事, 刑事, 行政, 执行; a domain without values is left out. */
    public List<DomainFigures> domains(MonthFigures month) {
        List<DomainFigures> domains = new ArrayList<>();
        for (String domain : DOMAIN_ORDER) {
            List<IndicatorValue> values = jdbc.query("""
                    select v.indicator_code, v.indicator_name, v.indicator_group, v.unit, k.direction_name, v.time_window,
                           v.court_code, coalesce(c.short_name, v.court_name), coalesce(c.court_level = 'basic', false),
                           v.value, v.rank, v.ranked_courts, v.reporting_courts, v.yoy_change, v.meets_standard,
                           v.standard_lower, v.standard_upper, v.decimals, v.coverage_low, i.direction, i.target
                    from mart.indicator_by_slice v
                    join mart.indicator_catalogue k on k.indicator_code = v.indicator_code
                    join core.indicator i on i.indicator_code = v.indicator_code
                    left join mart.court c on c.court_code = v.court_code
                    where v.period = ? and v.slice_kind = 'domain' and v.slice_value = ? and v.indicator_group = ?
                    order by v.display_order, v.time_window, v.court_code
                    """, (rs, i) -> new IndicatorValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                            rs.getBigDecimal(10), (Integer) rs.getObject(11), (Integer) rs.getObject(12), rs.getInt(13),
                            rs.getBigDecimal(14), (Boolean) rs.getObject(15), rs.getBigDecimal(16), rs.getBigDecimal(17),
                            rs.getInt(18), rs.getBoolean(19), rs.getString(20), rs.getBigDecimal(21)),
                    month.period().toString(), domain, DOMAIN_SHEETS.get(domain));
            if (!values.isEmpty()) {
                domains.add(new DomainFigures(domain, DOMAIN_SHEETS.get(domain),
                        new MonthFigures(month.period(), month.issuer(), month.courts(), values, month.missing())));
            }
        }
        return domains;
    }

    /** The city's 全省第 N, where the province's figures for the month were loaded (province command). */
    private Map<String, Integer> provinceRanks(YearMonth period) {
        Map<String, Integer> ranks = new HashMap<>();
        jdbc.query("select indicator_code, time_window, rank from mart.province_rank"
                        + " where period = ? and is_own_city and rank is not null",
                rs -> {
                    ranks.put(MonthFigures.provinceKey(rs.getString(1), rs.getString(2)), rs.getInt(3));
                }, period.toString());
        return ranks;
    }

    /**
     * The courts with nothing published for the month, per feed: the cover names them, since a court
     * left out of a ranking reads as a court that is not there.
     */
    private Map<String, List<String>> missing(YearMonth period) {
        Map<String, List<String>> missing = new LinkedHashMap<>();
        jdbc.query("""
                select f.feed, c.short_name
                from core.court c
                cross join unnest(array['trial', 'execution', 'mediation']) with ordinality as f(feed, position)
                where not exists (select 1 from core.published_slice s
                                  where s.period = to_date(?, 'YYYY-MM') and s.court_code = c.court_code and s.feed = f.feed)
                order by f.position, c.court_code
                """, rs -> {
                    String feed = FeedDeclarations.builtIn().labelOf(rs.getString(1));
                    missing.computeIfAbsent(feed, f -> new ArrayList<>()).add(rs.getString(2));
                }, period.toString());
        return missing;
    }
}
