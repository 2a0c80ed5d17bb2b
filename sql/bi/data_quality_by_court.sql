-- 各法院某月的报送与数据质量 / Deliveries and data quality per court for a month: feeds
-- published, rows read and rejected, rejection rate, refused files and the main reasons.
--
-- Parameters, as psql variables (see README.md in this folder):
--   period  YYYY-MM
--
--   psql … -v period=2024-08 -f sql/bi/data_quality_by_court.sql

with params as (
    select :'period'::text as period
),

slices as (
    select q.*
    from mart.data_quality q
    join params p on p.period = q.period
),

reasons as (
    select r.court_code, r.reason_code, r.reason_title, sum(r.problems) as problems
    from mart.data_quality_reason r
    join params p on p.period = r.period
    where r.severity = 'error'
    group by r.court_code, r.reason_code, r.reason_title
),

top_reasons as (
    select court_code,
           string_agg(reason_title || ' ×' || problems, '；' order by problems desc, reason_code) as top_reasons
    from (
        select r.*, row_number() over (partition by r.court_code order by r.problems desc, r.reason_code) as place
        from reasons r
    ) r
    where place <= 3
    group by court_code
),

courts as (
    select court_code,
           court_name,
           count(*) filter (where delivered) as feeds_published,
           string_agg(feed_name, '、' order by feed) filter (where not delivered) as feeds_missing,
           count(*) filter (where status = 'refused') as feeds_refused,
           sum(rows_read) as rows_read,
           sum(rows_loaded) as rows_loaded,
           sum(rows_rejected) as rows_rejected,
           sum(rows_warned) as rows_warned
    from slices
    group by court_code, court_name
),

final as (
    select c.court_code,
           c.court_name,
           c.feeds_published,
           c.feeds_missing,
           c.feeds_refused,
           c.rows_read,
           c.rows_loaded,
           c.rows_rejected,
           round(c.rows_rejected * 100.0 / nullif(c.rows_loaded + c.rows_rejected, 0), 2) as rejected_rate,
           c.rows_warned,
           t.top_reasons
    from courts c
    left join top_reasons t on t.court_code = c.court_code
    order by c.court_code
)

select * from final;
