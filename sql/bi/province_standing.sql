-- 本市各项指标在全省的排名（全省第 N） / This city's rank in the province on every indicator the
-- province published for a month (after the province command loaded its figures).
--
-- Parameters, as psql variables (see README.md in this folder):
--   period     YYYY-MM
--
--   psql … -v period=2024-08 -f sql/bi/province_standing.sql

with params as (
    select :'period'::text as period
),

ranks as (
    select r.*
    from mart.province_rank r
    join params p on p.period = r.period
),

catalogue as (
    select indicator_code, group_name, display_order, unit_name
    from mart.indicator_catalogue
),

best as (
    select period, time_window, indicator_code, city as best_city, value as best_value
    from ranks
    where rank = 1
),

final as (
    select r.time_window,
           k.group_name,
           r.indicator_name,
           r.value,
           k.unit_name,
           r.rank,
           r.cities_ranked,
           r.value_source,
           string_agg(b.best_city, '、' order by b.best_city) as first_in_province,
           max(b.best_value) as first_value
    from ranks r
    join catalogue k on k.indicator_code = r.indicator_code
    left join best b on b.period = r.period and b.time_window = r.time_window and b.indicator_code = r.indicator_code
    where r.is_own_city
    group by r.time_window, k.group_name, k.display_order, r.indicator_code, r.indicator_name, r.value, k.unit_name,
             r.rank, r.cities_ranked, r.value_source
    order by r.time_window, k.group_name, k.display_order
)

select * from final;
