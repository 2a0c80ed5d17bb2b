-- mart.indicator_case: the cases behind every value of mart.indicator_value (可下钻至案件详情), so
-- that a statistician can defend a figure case by case.
--
-- It applies the catalogue's measures (core.measure) to each published case, as
-- core.recompute_indicators does to the cube of all of them: the same events, filters and flags,
-- written per case here. Tests check, for every indicator of the sample months, that the rows add up
-- to the value's numerator and denominator, so the two cannot drift apart unseen.
--
-- Nothing is materialised: asked for one value (period, window, court, indicator), the planner
-- pushes those conditions into each branch (CTEs are "not materialized" for that): a court's own
-- measures read its published slices only, attributed ones the cases whose 原审案号 names it (an
-- index), 全市 every court that counts in it. Reads tables only (see R__mart_dimensions_shapes_and_quality.sql).

drop view if exists mart.indicator_case;

create view mart.indicator_case as
with case_windows as not materialized (
    select s.period,
           w.time_window,
           s.court_code as delivering_court,
           s.feed,
           t.stage,
           w.window_start,
           w.window_end,
           f.key_field,
           r.*,
           -- The facts core.recompute_indicators puts in its cube, per case and window.
           r.filed_on between w.window_start and w.window_end as received,
           coalesce(r.closed_on between w.window_start and w.window_end, false) as closed,
           r.filed_on < w.window_start and (r.closed_on is null or r.closed_on >= w.window_start) as pending_start,
           r.filed_on <= w.window_end and (r.closed_on is null or r.closed_on > w.window_end) as pending_end,
           r.deadline_on is not null or r.overdue is not null as limit_known,
           coalesce(case when r.deadline_on is not null then r.closed_on <= r.deadline_on else not r.overdue end, false)
               as within_limit,
           coalesce(r.hearings, 0) > 0 as heard,
           w.window_end - r.filed_on > 365 as aged_over_a_year,
           r.hearings is not null as hearings_known,
           r.respondent_type is not null as respondent_known,
           r.basis_case_no is not null as basis_known
    from core.published_slice s
    cross join lateral (
        values ('month', s.period, (s.period + interval '1 month' - interval '1 day')::date),
               ('ytd', date_trunc('year', s.period)::date, (s.period + interval '1 month' - interval '1 day')::date)
    ) as w (time_window, window_start, window_end)
    join core.case_row r on r.delivery_id = s.delivery_id
    join core.feed f on f.feed_code = s.feed
    left join core.case_type t on t.type_code = r.case_type_code
),

-- What an indicator reads of a measure: its numerator and denominator terms, and the measures that
-- give its coverage (the scope of the optional field it needs, and the cases where it is known).
-- DISTINCT keeps it a subquery of its own, planned first: asked for one indicator, each case is then
-- tried against that indicator's few measures only, not against the whole catalogue.
indicator_measures as not materialized (
    select distinct p.indicator_code, p.part, p.sign, m.measure_code, m.feed, m.type_codes, m.excluded_type_codes,
           m.stages, m.event, m.attribution, m.dispositions, m.respondent_types, m.basis_type_codes,
           m.required_flags, m.aggregate, m.date_field, m.by_end_field, m.within_from_field, m.within_to_field,
           (select l.value::integer from core.catalogue_parameter l where l.parameter_code = m.within_days_parameter)
               as within_days,
           m.choice_field, m.choice_values
    from (
        select indicator_code, part, measure_code, sign from core.indicator_term
        union all
        select indicator_code, 'coverage_scope', coverage_scope_measure, 1 from core.indicator
        where coverage_scope_measure is not null
        union all
        select indicator_code, 'coverage_known', coverage_known_measure, 1 from core.indicator
        where coverage_known_measure is not null
    ) p
    join core.measure m on m.measure_code = p.measure_code
),

-- Each case against each measure of its feed, as core.recompute_indicators counts it.
matched as not materialized (
    select c.*,
           m.indicator_code,
           m.part,
           m.sign * case m.aggregate
                        when 'count' then 1
                        when 'duration_days' then c.closed_on - c.filed_on
                        when 'applied_amount' then c.applied_amount
                        else coalesce(c.recovered_amount, 0)
                    end as contribution,
           m.attribution
    from case_windows c
    join indicator_measures m
      on m.feed = c.feed
     and case m.event
             -- A measure over a register's own fields (V44) may date its rows by another field.
             when 'received' then case when m.date_field is null then c.received
                                       else coalesce((c.extra ->> m.date_field)::timestamp::date
                                                     between c.window_start and c.window_end, false) end
             when 'closed' then c.closed
             when 'pending_start' then c.pending_start
             else c.pending_end
         end
     and (m.type_codes is null or c.case_type_code = any (m.type_codes))
     and (m.excluded_type_codes is null or c.case_type_code <> all (m.excluded_type_codes))
     and (m.stages is null or c.stage = any (m.stages))
     and (m.dispositions is null or c.disposition = any (m.dispositions))
     and (m.respondent_types is null or c.respondent_type = any (m.respondent_types))
     and (m.basis_type_codes is null or c.basis_type_code = any (m.basis_type_codes))
     and (m.required_flags is null or (
              ('limit_known' <> all (m.required_flags) or c.limit_known)
          and ('within_limit' <> all (m.required_flags) or c.within_limit)
          and ('heard' <> all (m.required_flags) or c.heard)
          and ('aged_over_a_year' <> all (m.required_flags) or c.aged_over_a_year)
          and ('hearings_known' <> all (m.required_flags) or c.hearings_known)
          and ('respondent_known' <> all (m.required_flags) or c.respondent_known)
          and ('basis_known' <> all (m.required_flags) or c.basis_known)))
     and (m.by_end_field is null or (c.extra ->> m.by_end_field)::timestamp::date <= c.window_end)
     and (m.within_to_field is null or core.within_days((c.extra ->> m.within_from_field)::timestamp,
                                                         (c.extra ->> m.within_to_field)::timestamp, m.within_days))
     and (m.choice_field is null or c.extra ->> m.choice_field = any (m.choice_values))
),

-- The court a match counts for: the delivering court, or the court its 原审案号 names; and 全市,
-- which counts the matches of every court that has values (the basic courts for the attributed
-- ratios), or of the one court whose value it is (二审开庭率: 豫13).
all_matches as not materialized (
    select m.*, m.delivering_court as court_code from matched m where m.attribution = 'own'
    union all
    select m.*, m.original_court_code as court_code from matched m
    where m.attribution = 'original' and m.original_court_code is not null
    union all
    select m.*, '全市' as court_code
    from matched m
    join core.indicator i on i.indicator_code = m.indicator_code
    join core.court c
      on c.court_code = case m.attribution when 'own' then m.delivering_court else m.original_court_code end
    where (i.city_court_code is null or i.city_court_code = c.court_code)
      and (not i.basic_courts_only or c.court_level = 'basic')
),

-- One row per case and value. The case's own columns are carried through the grouping (they
-- depend on its row) rather than joined again after it, which the planner would do row by row.
per_case as (
    select a.period,
           a.time_window,
           a.court_code,
           a.indicator_code,
           -- A register keyed otherwise (联系法官, 网上立案) names its rows by their key (申请编号).
           coalesce(a.case_no, a.extra ->> a.key_field) as case_no,
           bool_or(a.part = 'numerator') as in_numerator,
           bool_or(a.part = 'denominator') as in_denominator,
           sum(a.contribution) filter (where a.part = 'numerator') as numerator_contribution,
           sum(a.contribution) filter (where a.part = 'denominator') as denominator_contribution,
           bool_or(a.part = 'coverage_scope') and not bool_or(a.part = 'coverage_known') as left_out_unknown,
           bool_or(a.attribution = 'original' and a.part in ('numerator', 'denominator')) as attributed,
           a.delivering_court,
           a.feed,
           a.case_type_code,
           a.filed_on,
           a.closed_on,
           a.disposition,
           a.deadline_on,
           a.overdue,
           a.hearings,
           a.respondent_type,
           a.basis_case_no,
           a.applied_amount,
           a.recovered_amount,
           a.original_case_no,
           a.original_court_code,
           a.delivery_id,
           a.sheet_name,
           a.row_number
    from all_matches a
    group by a.period, a.time_window, a.court_code, a.indicator_code, a.delivery_id, a.sheet_name, a.row_number,
             coalesce(a.case_no, a.extra ->> a.key_field), a.delivering_court, a.feed, a.case_type_code, a.filed_on, a.closed_on, a.disposition,
             a.deadline_on, a.overdue, a.hearings, a.respondent_type, a.basis_case_no, a.applied_amount,
             a.recovered_amount, a.original_case_no, a.original_court_code
),

final as (
    select to_char(p.period, 'YYYY-MM') as period,
           p.time_window,
           p.court_code,
           p.indicator_code,
           p.case_no,
           p.in_numerator,
           p.in_denominator,
           p.numerator_contribution,
           p.denominator_contribution,
           p.left_out_unknown,
           p.delivering_court as case_court_code,
           p.feed,
           p.case_type_code,
           p.filed_on,
           p.closed_on,
           p.disposition,
           p.deadline_on,
           p.overdue,
           p.hearings,
           p.respondent_type,
           p.basis_case_no,
           p.closed_on - p.filed_on as duration_days,
           p.applied_amount,
           p.recovered_amount,
           case when p.attributed then p.original_case_no end as original_case_no,
           case when p.attributed then p.original_court_code end as original_court_code,
           d.file_name,
           p.sheet_name,
           p.row_number,
           p.delivery_id
    from per_case p
    join mart.indicator_result v
      on v.period = p.period
     and v.time_window = p.time_window
     and v.court_code = p.court_code
     and v.indicator_code = p.indicator_code
     and v.numerator is not null
    join staging.delivery d on d.delivery_id = p.delivery_id
    where p.in_numerator or p.in_denominator or p.left_out_unknown
)

select * from final;

comment on view mart.indicator_case is '粒度：mart.indicator_value 的每个指标值（月份、窗口、法院或全市、指标）下，计入该值的每件案件一行（可下钻至案件详情）：是否计入分子、分母，计入的件数或金额、天数，归属依据的原审案号，以及来源文件、工作表和 Excel 行号；所需字段未填而未计入的案件也列出（left_out_unknown）。查询时请按 period、time_window、court_code、indicator_code 筛选 / Grain: one row per case that counts in a value of mart.indicator_value (period, window, court or 全市, indicator): whether it is in the numerator and the denominator, what it contributes, the attributing 原审案号, and its lineage (file, sheet, Excel row); cases left out because the optional field the indicator needs was unknown are listed too (left_out_unknown). Filter on period, time_window, court_code and indicator_code.';
comment on column mart.indicator_case.period is '统计月份，YYYY-MM / Reporting month, YYYY-MM';
comment on column mart.indicator_case.time_window is '统计窗口：month 本月；ytd 截至本月 / month or ytd (1 January to the month''s end)';
comment on column mart.indicator_case.court_code is '指标值所属法院（法院代字，或 全市），同 mart.indicator_value.court_code / The court the value belongs to (法院代字, or 全市), as in mart.indicator_value';
comment on column mart.indicator_case.indicator_code is '指标代码 / Indicator code';
comment on column mart.indicator_case.case_no is '案号（联系法官、网上立案为申请编号） / Case number (the 申请编号 of a request to contact a judge or an online filing)';
comment on column mart.indicator_case.in_numerator is '是否计入分子 / Whether the case counts in the numerator';
comment on column mart.indicator_case.in_denominator is '是否计入分母 / Whether the case counts in the denominator';
comment on column mart.indicator_case.numerator_contribution is '计入分子的数：件数指标为1（被减去的为 -1，如服判息诉率中的上诉案件），金额、天数指标为该案的金额或天数；各行之和即分子 / What the case adds to the numerator: 1 for a count (-1 where it is subtracted, as appeals in 服判息诉率), its amount or days for a sum; the rows add up to the numerator';
comment on column mart.indicator_case.denominator_contribution is '计入分母的数，同上；各行之和即分母（万人起诉率的分母为人口，不列案件） / What the case adds to the denominator, likewise; the rows add up to the denominator (万人起诉率''s is the population, which no case makes)';
comment on column mart.indicator_case.left_out_unknown is '该案在指标口径内，但所需可选字段（审限届满日期/是否超审限、开庭次数、被执行人类型、执行依据）未填，未计入 / In the indicator''s scope but left out because the optional field it needs was unknown';
comment on column mart.indicator_case.case_court_code is '报送该案的法院（承办法院） / The court that delivered (heard) the case';
comment on column mart.indicator_case.feed is '报表类别（core.feed）：trial、execution、mediation、supervision、judge_contact、online_filing / Feed of the case';
comment on column mart.indicator_case.case_type_code is '类型代字 / 类型代字 of the case';
comment on column mart.indicator_case.filed_on is '立案日期（诉前调解为登记日期） / 立案日期 (登记日期 for mediations)';
comment on column mart.indicator_case.closed_on is '结案日期（诉前调解为办结日期）；未结为空 / 结案日期 (办结日期); null while pending';
comment on column mart.indicator_case.disposition is '结案方式（诉前调解为调解结果） / 结案方式 (调解结果 for mediations)';
comment on column mart.indicator_case.deadline_on is '审限届满日期 / Legal time limit';
comment on column mart.indicator_case.overdue is '是否超审限 / Whether the time limit was exceeded, as reported';
comment on column mart.indicator_case.hearings is '开庭次数；未填为空 / Hearings; null when not reported';
comment on column mart.indicator_case.respondent_type is '被执行人类型 / Respondent type (execution)';
comment on column mart.indicator_case.basis_case_no is '执行依据 / Enforcement basis (execution)';
comment on column mart.indicator_case.duration_days is '结案日期 − 立案日期（天）；未结为空 / Days from filing to closing; null while pending';
comment on column mart.indicator_case.applied_amount is '申请执行标的额（元） / Amount applied for (yuan)';
comment on column mart.indicator_case.recovered_amount is '实际执行到位金额（元） / Amount recovered (yuan)';
comment on column mart.indicator_case.original_case_no is '使该案归属于本法院的原审案号（按原审法院归属的指标）；其他为空 / The 原审案号 that attributes the case to the court, for attributed indicators; null otherwise';
comment on column mart.indicator_case.original_court_code is '原审案号所属法院 / Court of that 原审案号';
comment on column mart.indicator_case.file_name is '该案所在的报送文件 / Delivery file the case came from';
comment on column mart.indicator_case.sheet_name is '工作表名（CSV 为不含扩展名的文件名） / Sheet (for a CSV, the file name without extension)';
comment on column mart.indicator_case.row_number is '法院在 Excel 中看到的行号 / Row number as the court sees it in Excel';
comment on column mart.indicator_case.delivery_id is '报送编号（见 mart.delivery_status） / Delivery (mart.delivery_status)';
