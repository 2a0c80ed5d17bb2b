-- 某项指标某月的法院排名 / One indicator's ranking of the basic courts for a month, with 全市 below.
--
-- Parameters, as psql variables (see README.md in this folder):
--   period     YYYY-MM
--   indicator  an indicator_code of mart.indicator_catalogue, e.g. clearance_rate
--   window     month (本月) or ytd (截至本月)
--
--   psql … -v period=2024-08 -v indicator=clearance_rate -v window=month -f sql/bi/indicator_ranking.sql

with params as (
    select :'period'::text as period,
           :'indicator'::text as indicator_code,
           :'window'::text as time_window
),

indicator_values as (
    select v.*
    from mart.indicator_value v
    join params p
      on p.period = v.period
     and p.indicator_code = v.indicator_code
     and p.time_window = v.time_window
),

basic_courts_and_city as (
    select v.*
    from indicator_values v
    left join mart.court c on c.court_code = v.court_code
    where c.court_level = 'basic' or v.court_code = '全市'
),

final as (
    select rank,
           ranked_courts,
           court_code,
           court_name,
           indicator_name,
           value,
           unit,
           yoy_change,
           meets_standard,
           standard_lower,
           standard_upper,
           numerator,
           denominator
    from basic_courts_and_city
    -- 全市 last; a court without a value (nothing delivered) has no rank and comes before it.
    order by court_code = '全市', rank nulls last, court_code
)

select * from final;
