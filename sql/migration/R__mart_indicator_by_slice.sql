-- Indicators over a narrower set of cases (metrics.md "Slices": by domain, 案由 group and division):
-- mart.indicator_value's columns for every slice of mart.indicator_slice_result, then the slice.
-- Reads tables and functions only.

drop view if exists mart.indicator_by_slice;
create view mart.indicator_by_slice as
with results as (
    select r.*, i.indicator_name, i.indicator_group, i.unit, i.direction, i.display_order, i.decimals
    from mart.indicator_slice_result r
    join core.indicator i on i.indicator_code = r.indicator_code
),

last_year as (
    select period, time_window, court_code, indicator_code, slice_kind, slice_value, value, definition_hash
    from mart.indicator_slice_result
),

final as (
    select to_char(r.period, 'YYYY-MM') as period,
           r.time_window,
           r.court_code,
           coalesce(c.court_name, '全市法院') as court_name,
           r.indicator_code,
           r.indicator_name,
           r.indicator_group,
           r.unit,
           r.numerator,
           r.denominator,
           core.displayed(r.value, r.decimals) as value,
           r.value as value_exact,
           r.rank,
           r.ranked_courts,
           r.reporting_courts,
           core.change_from(r.value, ly.value, r.unit, r.decimals) as yoy_change,
           -- The province's standards are set for a court's whole caseload, not for a slice of it.
           null::boolean as meets_standard,
           null::numeric as standard_lower,
           null::numeric as standard_upper,
           r.direction,
           r.display_order,
           r.computed_at,
           r.decimals,
           core.coverage(r.coverage_known, r.coverage_scope) as coverage,
           coalesce(core.coverage(r.coverage_known, r.coverage_scope) < 90, false) as coverage_low,
           r.slice_kind,
           r.slice_value
    from results r
    left join core.court c on c.court_code = r.court_code
    left join last_year ly
           on ly.period = (r.period - interval '1 year')::date
          and ly.time_window = r.time_window
          and ly.court_code = r.court_code
          and ly.indicator_code = r.indicator_code
          and ly.slice_kind = r.slice_kind
          and ly.slice_value = r.slice_value
          and ly.definition_hash is not distinct from r.definition_hash
)

select * from final;

comment on view mart.indicator_by_slice is '粒度：每个统计月份、统计窗口、法院（含 全市）、指标、切片类别和切片一行：只按该切片内的案件计算的指标值，各列含义同 mart.indicator_value；slice_kind 为 domain（案件领域：民事、刑事、行政、执行……）、cause_group（案由分组，见 core.cause_group，一件案件可属于多个分组，各分组件数之和不等于法院件数）或 division（承办部门，按法院填写的名称去除空格并作全角转半角）；按原审案号归属的指标（一审服判息诉率、改判率等）按部门计算时归属原审案件的承办部门，原审案件不在库中的不归属任何部门，coverage 为能归属部门的比例；排名为该切片内基层法院之间的排名（承办部门不排名），同比与上年同月同一切片相比；各领域、各部门的件数之和等于法院的件数；省定参考值只适用于法院全部案件，切片不标达标情况 / Grain: one row per period, window, court (全市 included), indicator, slice kind and slice: the indicator over the cases of the slice only, each column as in mart.indicator_value. slice_kind domain: the case domain (民事, 刑事, 行政, 执行, …); cause_group: a named group of 案由 (core.cause_group; a case may be in several groups, so groups do not add up); division: the 承办部门 as the court writes it, without spaces and full-width characters. By division, a ratio attributed through 原审案号 (一审服判息诉率, 改判率, …) counts for the division of the 原审 case; an appeal whose 原审 case is not in the warehouse is in no division, and coverage is the share that could be attributed. Ranks compare the basic courts within the slice (divisions are not ranked), 同比 the same slice a year earlier; the counts of all domains, and of all divisions, add up to the court''s count. Provincial standards apply to a court''s whole caseload: meets_standard is null for slices.';
comment on column mart.indicator_by_slice.period is '统计月份，YYYY-MM / Reporting month, YYYY-MM';
comment on column mart.indicator_by_slice.time_window is '统计窗口：month 本月；ytd 截至本月 / month: the reporting month; ytd: 1 January to the month''s end';
comment on column mart.indicator_by_slice.court_code is '法院代字，全市为 全市 / Court code (法院代字), or 全市 for the whole city';
comment on column mart.indicator_by_slice.court_name is '法院名称，全市为 全市法院 / Court name; 全市法院 for the city';
comment on column mart.indicator_by_slice.indicator_code is '指标代码，同 mart.indicator_value / Indicator code, as in mart.indicator_value';
comment on column mart.indicator_by_slice.indicator_name is '指标名称 / Chinese indicator name';
comment on column mart.indicator_by_slice.indicator_group is '指标类别：trial 审判、execution 执行、mediation 诉前调解 / Group: trial, execution or mediation';
comment on column mart.indicator_by_slice.unit is '单位：count 件、percent 百分比、days 天、per_10k 每万人 / Unit: count, percent, days or per_10k';
comment on column mart.indicator_by_slice.numerator is '切片内的分子精确值 / Exact numerator within the slice';
comment on column mart.indicator_by_slice.denominator is '切片内的分母精确值；万人起诉率为常住人口；件数指标为空 / Exact denominator within the slice; population for 万人起诉率; null for counts';
comment on column mart.indicator_by_slice.value is '指标值，按 decimals 位小数四舍五入；分母为0或数据不全时为空 / Value rounded half-up to decimals places; null when the denominator is 0 or data are missing';
comment on column mart.indicator_by_slice.value_exact is '未经舍入的指标值 / Unrounded value';
comment on column mart.indicator_by_slice.rank is '在该切片内基层法院中的排名（1为最好，并列同名次、其后名次顺延）；不排名时为空，承办部门切片不排名 / Rank among the basic courts within the slice (1 = best; ties share a rank and the next is skipped); null where unranked, and for divisions (a court''s own)';
comment on column mart.indicator_by_slice.ranked_courts is '该切片参加排名的法院数 / Number of courts ranked within the slice';
comment on column mart.indicator_by_slice.reporting_courts is '指标值所依据的已报送法院数（同 mart.indicator_value） / Courts whose published data the value rests on (as in mart.indicator_value)';
comment on column mart.indicator_by_slice.yoy_change is '同比：与上年同月同一切片相比（单位同 mart.indicator_value）；上年无值或口径不同时为空 / 同比 against the same slice a year earlier (units as in mart.indicator_value); null without last year''s value or under another definition';
comment on column mart.indicator_by_slice.meets_standard is '切片不标达标情况（省定参考值只适用于法院全部案件），恒为空 / Always null: provincial standards apply to a court''s whole caseload, not to a slice';
comment on column mart.indicator_by_slice.standard_lower is '恒为空（见 meets_standard） / Always null (see meets_standard)';
comment on column mart.indicator_by_slice.standard_upper is '恒为空（见 meets_standard） / Always null (see meets_standard)';
comment on column mart.indicator_by_slice.direction is '指标方向：up 越高越好；down 越低越好；target 达到目标值即为最优 / up: higher is better; down: lower is better; target: at or above the target is best';
comment on column mart.indicator_by_slice.display_order is '报表中指标在本类别内的顺序 / Order of the indicator within its group in reports';
comment on column mart.indicator_by_slice.computed_at is '该月指标最近一次计算的时间 / When the period''s indicators were last computed';
comment on column mart.indicator_by_slice.decimals is '展示的小数位数（指标目录规定） / Decimals the value and 同比 are shown with (from the catalogue)';
comment on column mart.indicator_by_slice.coverage is '切片内所需可选字段的填报覆盖率（%），同 mart.indicator_value；按承办部门计算的归属指标为本院被归属的二审等案件中能找到原审案件（从而归属部门）的比例 / Coverage (%) within the slice, as in mart.indicator_value; by division, for a ratio attributed through 原审案号, the share of the court''s attributed cases whose 原审 case was found (and so a division)';
comment on column mart.indicator_by_slice.coverage_low is '覆盖率低于90% / Coverage under 90%';
comment on column mart.indicator_by_slice.slice_kind is '切片类别：domain 案件领域；cause_group 案由分组；division 承办部门（各指标按哪些类别发布见 core.indicator.slice_kinds） / Kind of slice: domain (case domain), cause_group (group of 案由) or division (承办部门); which kinds an indicator is published by: core.indicator.slice_kinds';
comment on column mart.indicator_by_slice.slice_value is '切片：案件领域的中文名称（民事、刑事、行政、执行、国家赔偿……，类型代字未知的为“其他（类型代字未知）”）；案由分组的名称；或承办部门（去除空格、全角转半角，未填为“（未填）”） / The slice: the domain''s Chinese name (民事, 刑事, 行政, 执行, 国家赔偿, …; cases of an unknown 类型代字 are 其他（类型代字未知）), a cause group''s name, or a division (normalised; （未填） where empty)';
