-- This city's place in the province (全省第 N): the province's published figures for its cities
-- (core.province_figure) with this city's own 全市 value in place of the province's figure for it,
-- ranked by each indicator's direction. Reads tables and functions only.

create or replace view mart.province_rank as
with figures as (
    select period, time_window, indicator_code, city, value
    from core.province_figure
),

indicators as (
    select indicator_code, indicator_name, decimals, direction, target
    from core.indicator
),

-- The city is named by its intermediate court: 河南省南阳市中级人民法院 is 南阳, as the province
-- writes it (ProvinceFigures.city folds the file's names the same way).
own_city as (
    select regexp_replace(court_name, '^(.*省)?(.+?)市?中级人民法院$', '\2') as city
    from core.court
    where court_level = 'intermediate'
),

own_values as (
    select r.period, r.time_window, r.indicator_code, core.displayed(r.value, i.decimals) as value
    from mart.indicator_result r
    join indicators i on i.indicator_code = r.indicator_code
    where r.court_code = '全市' and r.value is not null
),

published as (
    select distinct period, time_window, indicator_code
    from figures
),

-- Every city the province published, this one with its own 全市 value where that was computed
-- (the figure the city publishes and defends), else with the province's figure for it.
candidates as (
    select f.period, f.time_window, f.indicator_code, f.city, f.value, false as is_own_city,
           'province' as value_source
    from figures f
    where f.city <> (select city from own_city)
    union all
    select p.period, p.time_window, p.indicator_code, o.city, coalesce(v.value, f.value), true,
           case when v.value is not null then 'own' else 'province' end
    from published p
    cross join own_city o
    left join own_values v
           on v.period = p.period and v.time_window = p.time_window and v.indicator_code = p.indicator_code
    left join figures f
           on f.period = p.period and f.time_window = p.time_window and f.indicator_code = p.indicator_code
          and f.city = o.city
    where coalesce(v.value, f.value) is not null
),

ranked as (
    select c.*,
           i.indicator_name,
           case when i.direction is not null then
               rank() over (partition by c.period, c.time_window, c.indicator_code
                            order by case i.direction
                                         when 'up' then -c.value
                                         when 'down' then c.value
                                         else -least(c.value, i.target)
                                     end)
           end as rank,
           case when i.direction is not null then
               count(*) over (partition by c.period, c.time_window, c.indicator_code)
           end as cities_ranked
    from candidates c
    join indicators i on i.indicator_code = c.indicator_code
),

final as (
    select to_char(period, 'YYYY-MM') as period,
           time_window,
           indicator_code,
           city,
           value,
           rank::integer as rank,
           cities_ranked::integer as cities_ranked,
           indicator_name,
           is_own_city,
           value_source
    from ranked
)

select * from final;

comment on view mart.province_rank is '粒度：每个统计月份、统计窗口、指标和省内城市一行：省通报公布的各市数值（本市为本系统计算的全市值，未计算时用省通报的数值），按指标方向排名（并列同名次、其后名次顺延）；本市一行即“全省第 N” / Grain: one row per period, window, indicator and city of the province: the figures the province published (this city''s own 全市 value instead where it was computed), ranked by the indicator''s direction (ties share a rank, the next is skipped); this city''s row is its 全省第 N.';
comment on column mart.province_rank.period is '统计月份，YYYY-MM / Reporting month, YYYY-MM';
comment on column mart.province_rank.time_window is '统计窗口：month 本月；ytd 截至本月 / month: the reporting month; ytd: 1 January to the month''s end';
comment on column mart.province_rank.indicator_code is '指标代码，同 mart.indicator_value / Indicator code, as in mart.indicator_value';
comment on column mart.province_rank.city is '城市（省通报的写法，不含“市”，如 南阳、郑州） / City as the province names it, without 市 (南阳, 郑州, …)';
comment on column mart.province_rank.value is '指标值（本市为本系统计算的全市值，按指标小数位舍入） / Value (for this city, its own 全市 value rounded to the indicator''s decimals)';
comment on column mart.province_rank.rank is '在全省各市中的排名（1为最好，并列同名次、其后名次顺延）；件数等无方向的指标为空 / Rank among the province''s cities (1 = best; ties share a rank and the next is skipped); null for indicators without a direction (counts)';
comment on column mart.province_rank.cities_ranked is '参加排名的城市数 / Number of cities ranked';
comment on column mart.province_rank.indicator_name is '指标名称 / Chinese indicator name';
comment on column mart.province_rank.is_own_city is '是否本市 / Whether the row is this city''s';
comment on column mart.province_rank.value_source is '数值来源：own 本系统计算的全市值；province 省通报 / Where the value comes from: own (this warehouse''s 全市 value) or province (the province''s figure)';
