-- The six indicators of the three registers (#15.2; 南阳中院's report of 2024-08-23: 四类案件 标注率,
-- 监管率, 反馈率; 联系法官 及时回复率; 网上立案 3日内审核率, 审核通过率). Their measures read fields of
-- core.case_row.extra and "within N days" of two timestamps (core.within_days, V41), so a measure
-- gains columns for them; the limits are catalogue parameters (core.catalogue_parameter), changed by
-- an update and a recompute like any definition. core.recompute_indicators counts such measures
-- straight from the published rows (the registers are small), the others from its cube as before.

create table core.catalogue_parameter (
    parameter_code  text primary key,
    value           numeric not null check (value > 0),
    unit            text not null check (unit in ('days')),
    description     text not null
);
comment on table core.catalogue_parameter is 'Grain: one row per number an indicator definition reads (the 3 days of 及时回复率): part of the catalogue, so changing it is an update and a recompute, and the indicators that read it get a new definition fingerprint (同比 compares like with like).';
comment on column core.catalogue_parameter.parameter_code is 'Code named by core.measure.within_days_parameter';
comment on column core.catalogue_parameter.value is 'The number: for days, whole calendar days counted from a timestamp (core.within_days)';
comment on column core.catalogue_parameter.unit is 'days';
comment on column core.catalogue_parameter.description is 'What the number is, in Chinese, for BI users';

insert into core.catalogue_parameter (parameter_code, value, unit, description) values
    ('contact_reply_days', 3, 'days', '联系法官申请自申请时间起几日内回复为及时回复（及时回复率）'),
    ('online_filing_review_days', 3, 'days', '网上立案自提交时间起几日内审核（3日内审核率）');

alter table core.measure
    add column date_field text,
    add column by_end_field text,
    add column within_from_field text,
    add column within_to_field text,
    add column within_days_parameter text references core.catalogue_parameter,
    add column choice_field text,
    add column choice_values text[],
    add constraint measure_fields_check check (
        (date_field is null and by_end_field is null and within_to_field is null and choice_field is null)
        or (event = 'received' and attribution = 'own' and aggregate = 'count' and stages is null
            and respondent_types is null and basis_type_codes is null and required_flags is null
            and not domain_first_instance)),
    add constraint measure_within_check check (
        (within_to_field is null) = (within_from_field is null)
        and (within_to_field is null) = (within_days_parameter is null)),
    add constraint measure_choice_check check ((choice_field is null) = (choice_values is null));
comment on column core.measure.date_field is 'For event received: the field of core.case_row.extra whose date (a date-time''s day) places a row in the window, instead of filed_on (审核时间 for 审核通过率); null: filed_on';
comment on column core.measure.by_end_field is 'A field of extra (date or date-time) that must be given and on or before the window''s end (监管日期, 反馈日期)';
comment on column core.measure.within_from_field is 'With within_to_field: the timestamp field of extra the limit counts from (申请时间, 提交时间)';
comment on column core.measure.within_to_field is 'A timestamp field of extra that must be at most within_days_parameter days after within_from_field, core.within_days (回复时间, 审核时间)';
comment on column core.measure.within_days_parameter is 'The catalogue parameter (core.catalogue_parameter) giving the N of "within N days"';
comment on column core.measure.choice_field is 'A choice field of extra whose value must be one of choice_values (审核结果)';
comment on column core.measure.choice_values is 'The canonical values of choice_field in scope (通过)';

insert into core.measure (measure_code, measure_name, feed, event) values
    ('supervision_flagged',      '标记四类案件',             'supervision',   'received'),
    ('contact_received',         '收到联系法官申请',         'judge_contact', 'received'),
    ('filing_submitted',         '网上立案提交',             'online_filing', 'received');
insert into core.measure (measure_code, measure_name, feed, event, by_end_field) values
    ('supervision_flagged_supervised', '标记且已监管的四类案件', 'supervision', 'received', 'supervised_on'),
    ('supervision_flagged_feedback',   '标记且已反馈的四类案件', 'supervision', 'received', 'feedback_on');
insert into core.measure (measure_code, measure_name, feed, event, within_from_field, within_to_field, within_days_parameter) values
    ('contact_replied_in_time',  '及时回复的联系法官申请',   'judge_contact', 'received', 'applied_at', 'replied_at', 'contact_reply_days'),
    ('filing_reviewed_in_time',  '按时审核的网上立案',       'online_filing', 'received', 'submitted_at', 'reviewed_at', 'online_filing_review_days');
insert into core.measure (measure_code, measure_name, feed, event, date_field, choice_field, choice_values) values
    ('filing_reviewed',          '网上立案审核',             'online_filing', 'received', 'reviewed_at', null, null),
    ('filing_reviewed_passed',   '网上立案审核通过',         'online_filing', 'received', 'reviewed_at', 'review_result', array['通过']);

insert into core.indicator (indicator_code, indicator_name, indicator_name_en, indicator_group, display_order, unit,
                            denominator_basis, scale, direction, ranked, definition) values
    ('supervision_flag_rate',     '四类案件标注率', 'share of cases flagged for supervision', 'supervision', 10, 'percent', 'measures', 100, 'up', true,
     '窗口内标记（标记日期）的四类案件数 / 窗口内审判新收案件数 × 100%'),
    ('supervision_rate',          '监管率',         'share of flagged cases supervised', 'supervision', 20, 'percent', 'measures', 100, 'up', true,
     '窗口内标记且监管日期不晚于窗口末日的四类案件数 / 窗口内标记的四类案件数 × 100%'),
    ('supervision_feedback_rate', '反馈率',         'share of flagged cases with feedback', 'supervision', 30, 'percent', 'measures', 100, 'up', true,
     '窗口内标记且反馈日期不晚于窗口末日的四类案件数 / 窗口内标记的四类案件数 × 100%'),
    ('contact_timely_reply_rate', '及时回复率',     'requests to contact a judge answered in time', 'judge_contact', 10, 'percent', 'measures', 100, 'up', true,
     '窗口内收到（申请时间）且自申请时间起 N 日内回复的联系法官申请数 / 窗口内收到的申请数 × 100%（N 为目录参数 contact_reply_days，默认 3；N 日按日历日计至同一时刻）'),
    ('online_filing_review_rate', '3日内审核率',    'online filings reviewed within 3 days', 'online_filing', 10, 'percent', 'measures', 100, 'up', true,
     '窗口内提交且自提交时间起 N 日内审核的网上立案数 / 窗口内提交的网上立案数 × 100%（N 为目录参数 online_filing_review_days，默认 3）'),
    ('online_filing_pass_rate',   '审核通过率',     'online filings passed', 'online_filing', 20, 'percent', 'measures', 100, 'up', true,
     '窗口内审核（审核时间）且审核结果为通过的网上立案数 / 窗口内审核的网上立案数 × 100%');

insert into core.indicator_term (indicator_code, part, measure_code) values
    ('supervision_flag_rate',     'numerator',   'supervision_flagged'),
    ('supervision_flag_rate',     'denominator', 'trial_received'),
    ('supervision_rate',          'numerator',   'supervision_flagged_supervised'),
    ('supervision_rate',          'denominator', 'supervision_flagged'),
    ('supervision_feedback_rate', 'numerator',   'supervision_flagged_feedback'),
    ('supervision_feedback_rate', 'denominator', 'supervision_flagged'),
    ('contact_timely_reply_rate', 'numerator',   'contact_replied_in_time'),
    ('contact_timely_reply_rate', 'denominator', 'contact_received'),
    ('online_filing_review_rate', 'numerator',   'filing_reviewed_in_time'),
    ('online_filing_review_rate', 'denominator', 'filing_submitted'),
    ('online_filing_pass_rate',   'numerator',   'filing_reviewed_passed'),
    ('online_filing_pass_rate',   'denominator', 'filing_reviewed');
