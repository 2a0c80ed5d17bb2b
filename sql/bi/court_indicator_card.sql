-- 某法院某月的指标卡 / A court's indicator card for a month: every indicator for the month and the
-- year to date, with rank, 同比 and the provincial standard.
--
-- Parameters, as psql variables (see README.md in this folder):
--   period  YYYY-MM
--   court   法院代字 (豫1302), full or short name or alias (南阳市宛城区人民法院, 宛城): mart.court.names; 全市 for the city
--
--   psql … -v period=2024-08 -v court=豫1302 -f sql/bi/court_indicator_card.sql

with params as (
    select :'period'::text as period,
           :'court'::text as court
),

indicator_values as (
    select v.*
    from mart.indicator_value v
    join params p
      on p.period = v.period
     and (p.court = v.court_code
          or exists (select 1 from mart.court c where c.court_code = v.court_code and p.court = any(c.names)))
),

catalogue as (
    select indicator_code, group_name, unit_name,
           array_position(array['trial', 'execution', 'mediation'], indicator_group) as group_order
    from mart.indicator_catalogue
),

month_values as (
    select * from indicator_values where time_window = 'month'
),

ytd_values as (
    select * from indicator_values where time_window = 'ytd'
),

final as (
    select m.court_code,
           m.court_name,
           k.group_name,
           m.indicator_code,
           m.indicator_name,
           k.unit_name,
           m.value as month_value,
           m.rank as month_rank,
           m.yoy_change as month_yoy_change,
           m.meets_standard as month_meets_standard,
           y.value as ytd_value,
           y.rank as ytd_rank,
           y.yoy_change as ytd_yoy_change,
           y.meets_standard as ytd_meets_standard,
           m.ranked_courts,
           -- A standard may apply to one window only (结案率: the year to date).
           coalesce(m.standard_lower, y.standard_lower) as standard_lower,
           coalesce(m.standard_upper, y.standard_upper) as standard_upper
    from month_values m
    join ytd_values y on y.indicator_code = m.indicator_code
    join catalogue k on k.indicator_code = m.indicator_code
    order by k.group_order, m.display_order
)

select * from final;
