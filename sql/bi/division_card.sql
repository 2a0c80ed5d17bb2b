-- 某法院各承办部门某月的关键指标卡 / One court's divisions (承办部门) for a month, one row each, with
-- their key trial indicators side by side: 新收, 结案, 结收比, 审限内结案率, 平均审理天数, 调撤率, and
-- the ratios of their first-instance judgments reviewed on appeal (一审服判息诉率, 改判率, 发回重审率),
-- attributed through 原审案号 to the division that heard the 原审 case. attributed_coverage says
-- which share of the court's appeals could be given a division (the others' 原审 case is not in the
-- warehouse: they count for the court, not for a division). The divisions of a court are ranked
-- among themselves by 结案 (divisions are not ranked across courts).
--
-- Parameters, as psql variables (see README.md in this folder):
--   period  YYYY-MM
--   court   法院代字 (豫1302), full or short name or alias (南阳市宛城区人民法院, 宛城): mart.court.names
--   window  month (本月) or ytd (截至本月)
--
--   psql … -v period=2024-08 -v court=宛城 -v window=ytd -f sql/bi/division_card.sql

with params as (
    select :'period'::text as period,
           :'court'::text as court,
           :'window'::text as time_window
),

division_values as (
    select v.*
    from mart.indicator_by_slice v
    join params p
      on p.period = v.period
     and p.time_window = v.time_window
     and v.slice_kind = 'division'
     and (p.court = v.court_code
          or exists (select 1 from mart.court c where c.court_code = v.court_code and p.court = any(c.names)))
),

divisions as (
    select court_code,
           court_name,
           slice_value as division,
           max(value) filter (where indicator_code = 'trial_received') as received,
           max(value) filter (where indicator_code = 'trial_closed') as closed,
           max(value) filter (where indicator_code = 'clearance_rate') as clearance_rate,
           max(value) filter (where indicator_code = 'within_limit_rate') as within_limit_rate,
           max(value) filter (where indicator_code = 'avg_trial_days') as avg_trial_days,
           max(value) filter (where indicator_code = 'mediation_withdrawal_rate') as mediation_withdrawal_rate,
           max(value) filter (where indicator_code = 'acceptance_rate') as acceptance_rate,
           max(value) filter (where indicator_code = 'reversal_rate') as reversal_rate,
           max(value) filter (where indicator_code = 'remand_rate') as remand_rate,
           max(coverage) filter (where indicator_code = 'acceptance_rate') as attributed_coverage
    from division_values
    group by court_code, court_name, slice_value
),

final as (
    select rank() over (partition by court_code order by coalesce(closed, 0) desc) as rank_by_closed,
           count(*) over (partition by court_code) as divisions,
           court_code,
           court_name,
           division,
           received,
           closed,
           clearance_rate,
           within_limit_rate,
           avg_trial_days,
           mediation_withdrawal_rate,
           acceptance_rate,
           reversal_rate,
           remand_rate,
           attributed_coverage
    from divisions
    order by court_code, rank_by_closed, division
)

select * from final;
