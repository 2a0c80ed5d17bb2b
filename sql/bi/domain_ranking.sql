-- 某项指标某月在某一案件领域内的法院排名（如 行政 一审服判息诉率） / One indicator's ranking of the
-- basic courts within one case domain for a month (行政 acceptance rate, …), with 全市 below.
--
-- Parameters, as psql variables (see README.md in this folder):
--   period     YYYY-MM
--   indicator  an indicator_code of mart.indicator_catalogue, e.g. acceptance_rate
--   domain     a case domain as mart.indicator_by_slice names it: 民事, 刑事, 行政, 执行, …
--   window     month (本月) or ytd (截至本月)
--
--   psql … -v period=2024-08 -v indicator=acceptance_rate -v domain=行政 -v window=month -f sql/bi/domain_ranking.sql

with params as (
    select :'period'::text as period,
           :'indicator'::text as indicator_code,
           :'domain'::text as domain,
           :'window'::text as time_window
),

domain_values as (
    select v.*
    from mart.indicator_by_slice v
    join params p
      on p.period = v.period
     and p.indicator_code = v.indicator_code
     and p.time_window = v.time_window
     and v.slice_kind = 'domain'
     and p.domain = v.slice_value
),

basic_courts_and_city as (
    select v.*
    from domain_values v
    left join mart.court c on c.court_code = v.court_code
    where c.court_level = 'basic' or v.court_code = '全市'
),

final as (
    select rank,
           ranked_courts,
           court_code,
           court_name,
           slice_value as domain,
           indicator_name,
           value,
           unit,
           yoy_change,
           numerator,
           denominator
    from basic_courts_and_city
    -- 全市 last; a court without a value (no case of the domain in scope) has no rank and comes before it.
    order by court_code = '全市', rank nulls last, court_code
)

select * from final;
