-- 某法院未达参考值的月份 / The months, windows and indicators where a court's value fell outside
-- the provincial standard, newest first, with how far outside it was.
--
-- Parameters, as psql variables (see README.md in this folder):
--   court  法院代字 (豫1321), full or short name or alias (南召): mart.court.names; 全市 for the city
--
--   psql … -v court=豫1321 -f sql/bi/below_standard_months.sql

with params as (
    select :'court'::text as court
),

missed as (
    select v.*
    from mart.indicator_value v
    join params p on (p.court = v.court_code
          or exists (select 1 from mart.court c where c.court_code = v.court_code and p.court = any(c.names)))
    where not v.meets_standard
),

catalogue as (
    select indicator_code, group_name, unit_name,
           array_position(array['trial', 'execution', 'mediation'], indicator_group) as group_order
    from mart.indicator_catalogue
),

final as (
    select m.period,
           m.time_window,
           m.court_code,
           m.court_name,
           k.group_name,
           m.indicator_code,
           m.indicator_name,
           m.value,
           k.unit_name,
           m.standard_lower,
           m.standard_upper,
           -- Positive: how far below the lower bound or above the upper bound the value is.
           case when m.value < m.standard_lower then m.standard_lower - m.value
                else m.value - m.standard_upper end as shortfall,
           m.rank,
           m.ranked_courts,
           m.yoy_change
    from missed m
    join catalogue k on k.indicator_code = m.indicator_code
    order by m.period desc, k.group_order, m.display_order, m.time_window
)

select * from final;
