-- The contract as settled on 2026-12-01 (feeds.md 2.1, 3, 6; metrics.md "Attribution", "Known
-- values only", "Rounding", "同比"):
--   * a retrial or retrial application without 原审案号 is loaded with the warning NO_ORIGINAL_CASE_NO;
--   * the five attributed first-instance ratios exist for the basic courts only, 全市 over them;
--   * an indicator that needs an optional field counts only the cases where it is known, and every
--     value carries the coverage of that field;
--   * decimals are a property of each indicator (3 for the small rates courts publish to three places);
--   * 同比 compares values computed under the same definition;
--   * a new count, 执行异议成立数.

insert into core.row_reason (reason_code, severity, title, fix) values
    ('NO_ORIGINAL_CASE_NO', 'warning', '未填原审案号',
     '该案件已接收并计入本院统计，但无法归属原审法院（申诉申请再审率等不计入任何法院）；如有原审案号，请补填后重新报送');

-- Known values: three more facts a measure may require.
alter table core.measure drop constraint measure_required_flags_check;
alter table core.measure add constraint measure_required_flags_check check (required_flags <@ array[
    'limit_known', 'within_limit', 'heard', 'aged_over_a_year', 'hearings_known', 'respondent_known', 'basis_known']);
comment on column core.measure.required_flags is 'Case flags that must all be true: limit_known (审限届满日期 or 是否超审限 given), within_limit (closed within the time limit), heard (开庭次数 > 0), aged_over_a_year (filed more than 365 days before the window''s end), hearings_known (开庭次数 given), respondent_known (被执行人类型 given), basis_known (执行依据 given)';

alter table core.indicator
    add column decimals smallint not null default 2 check (decimals between 0 and 6),
    add column basic_courts_only boolean not null default false,
    add column coverage_known_measure text references core.measure,
    add column coverage_scope_measure text references core.measure,
    add check ((coverage_known_measure is null) = (coverage_scope_measure is null));
comment on column core.indicator.decimals is 'Decimals the value and its 同比 are shown with, half-up (metrics.md "Rounding"): 2 by default, 3 for the small rates published to three places, 0 for counts';
comment on column core.indicator.basic_courts_only is 'Whether only the basic courts have a value: the attributed first-instance ratios, whose intermediate-court judgments are reviewed by the provincial court (never delivered). 全市 is then the ratio of the basic courts'' sums';
comment on column core.indicator.coverage_known_measure is 'For an indicator that needs an optional field: the measure counting the scope''s cases where the field is known (the numerator of coverage)';
comment on column core.indicator.coverage_scope_measure is 'For an indicator that needs an optional field: the measure counting all the scope''s cases (the denominator of coverage)';

update core.indicator set decimals = 0 where unit = 'count';
update core.indicator set decimals = 3 where indicator_code in ('reversal_rate', 'remand_rate', 'retrial_application_rate');
update core.indicator set basic_courts_only = true
where indicator_code in ('appeal_rate', 'acceptance_rate', 'reversal_rate', 'remand_rate', 'retrial_application_rate');
update core.indicator set definition = definition || '（仅基层法院；全市为各基层法院合计）'
where basic_courts_only;

insert into core.measure (measure_code, measure_name, feed, type_codes, excluded_type_codes, event, dispositions, required_flags, aggregate) values
    ('second_instance_closed_hearings_known', '本院二审结案（开庭次数已填）', 'trial', array['民终', '刑终', '行终'], null, 'closed', null, array['hearings_known'], 'count'),
    ('exec_closed_respondent_known', '执结（被执行人类型已填）', 'execution', array['执', '执恢'], null, 'closed', null, array['respondent_known'], 'count'),
    ('first_exec_received', '首执新收', 'execution', array['执'], null, 'received', null, null, 'count'),
    ('first_exec_received_basis_known', '首执新收（执行依据已填）', 'execution', array['执'], null, 'received', null, array['basis_known'], 'count'),
    ('exec_objection_closed_upheld', '执行异议成立结案', 'execution', array['执异'], null, 'closed', array['异议成立'], null, 'count');

-- 二审开庭率 over the second-instance cases whose 开庭次数 is known: an empty cell is not "not heard".
update core.indicator_term set measure_code = 'second_instance_closed_hearings_known'
where indicator_code = 'appeal_hearing_rate' and part = 'denominator';
update core.indicator set definition = '二审开庭审理结案数 / 开庭次数已填的二审结案数 × 100%（中院）'
where indicator_code = 'appeal_hearing_rate';

update core.indicator set coverage_known_measure = 'trial_closed_limit_known', coverage_scope_measure = 'trial_closed'
where indicator_code = 'within_limit_rate';
update core.indicator set coverage_known_measure = 'second_instance_closed_hearings_known',
                          coverage_scope_measure = 'second_instance_closed'
where indicator_code = 'appeal_hearing_rate';
update core.indicator set coverage_known_measure = 'exec_closed_respondent_known', coverage_scope_measure = 'exec_closed'
where indicator_code in ('exec_recovery_rate_government', 'exec_recovery_rate_enterprise');
update core.indicator set coverage_known_measure = 'first_exec_received_basis_known', coverage_scope_measure = 'first_exec_received'
where indicator_code = 'premediation_enforcement_rate';

insert into core.indicator (indicator_code, indicator_name, indicator_group, display_order, unit, denominator_basis, scale, direction, ranked, decimals, definition) values
    ('exec_objection_upheld', '执行异议成立数', 'execution', 100, 'count', 'none', 1, null, false, 0,
     '执行异议（执异）案件以异议成立（支持异议并变更或撤销执行行为）方式结案数');
insert into core.indicator_term (indicator_code, part, measure_code, sign) values
    ('exec_objection_upheld', 'numerator', 'exec_objection_closed_upheld', 1);

-- What each value rests on, beyond its numerator and denominator.
alter table mart.indicator_result
    add column coverage_known numeric,
    add column coverage_scope numeric,
    add column definition_hash text;
comment on column mart.indicator_result.coverage_known is 'For an indicator that needs an optional field: the scope''s cases where it was known; null otherwise';
comment on column mart.indicator_result.coverage_scope is 'For an indicator that needs an optional field: the scope''s cases; null otherwise';
comment on column mart.indicator_result.definition_hash is 'Fingerprint of the indicator''s definition (core.indicator_definition_hash) when the value was computed: 同比 compares only values of the same definition';
