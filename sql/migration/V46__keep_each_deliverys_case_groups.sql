-- The indicators of a month regrouped every case of the month on each recompute: a rerun of one
-- court, a catalogue change or the review's second computation read ten million rows again for a
-- province although only one delivery, or none, had changed (issue 14 point 7). A delivery's rows
-- never change once it is loaded, and what the grouping makes of them depends only on those rows,
-- its period and the 案由 groups' rules: the groups are kept per delivery, made the first time the
-- delivery is computed, and read from here afterwards. Only the division an appeal is counted for
-- depends on another delivery (that of its 原审 court), which is recorded with the groups.
-- core.recompute_indicators maintains these tables (it groups the deliveries it finds without
-- groups, and drops the groups that are out of date); its repeatable migration empties them when
-- the grouping itself changes.

create table core.cause_group_set (
    cause_set    integer generated always as identity primary key,
    group_names  text[] not null unique
);
comment on table core.cause_group_set is 'Grain: one row per set of cause groups some 案由 is in (a 案由 may match several groups): numbered once and for all, so that the kept case groups (core.delivery_case_group) name a set by its number under any later rules. Filled by core.recompute_indicators.';
comment on column core.cause_group_set.cause_set is 'The set''s number, as core.delivery_case_group.cause_set';
comment on column core.cause_group_set.group_names is 'The groups (core.cause_group.group_name), sorted';

create table core.grouped_delivery (
    delivery_id  bigint primary key,
    period       date not null,
    grouped_by          text not null,
    named_trial_slices  jsonb,
    grouped_at          timestamptz not null default now()
);
comment on table core.grouped_delivery is 'Grain: one row per delivery whose cases are grouped in core.delivery_case_group. A delivery published and not listed here, or listed with another grouped_by than the one in force, is grouped (again) by the next computation of its month.';
comment on column core.grouped_delivery.delivery_id is 'The delivery (staging.delivery)';
comment on column core.grouped_delivery.period is 'Its reporting month (first day): the windows its facts are computed for';
comment on column core.grouped_delivery.grouped_by is 'Fingerprint of what the grouping depended on besides the rows: the 案由 groups'' rules and the case types counted through 原审案号 (core.case_grouping_fingerprint())';
comment on column core.grouped_delivery.named_trial_slices is 'For a delivery of appeals: {"原审法院": the trial delivery its 原审 cases were looked up in, 0 for none}; when one of those courts publishes another, the delivery is grouped again. Null: it names no 原审 case';
comment on column core.grouped_delivery.grouped_at is 'When it was grouped';

create table core.delivery_case_group (
    delivery_id          bigint not null,
    kept_for             text not null check (kept_for in ('court', 'cause_group', 'division')),
    original_court_code  text,
    case_type_code       text,
    disposition          text,
    respondent_type      text,
    basis_type_code      text,
    facts                integer not null,
    cause_set            integer,
    division             text,
    attributed_division  text,
    case_count           bigint not null,
    duration_days        bigint,
    applied_amount       numeric,
    recovered_amount     numeric
);
create index delivery_case_group_delivery on core.delivery_case_group (delivery_id);
comment on table core.delivery_case_group is 'Grain: one row per delivery, kind of slice served (kept_for) and combination of what the measures filter on (case type, disposition, respondent, basis, the facts of the period) and of that kind''s keys: how many cases, and their sums. Each case is in one row of each kind (in none of cause_group when its 案由 is in no group). Made from core.case_row by core.recompute_indicators the first time the delivery is computed; the month''s indicators are computed from these rows, not from the cases.';
comment on column core.delivery_case_group.kept_for is 'court: the whole court and its domains (no slice key); cause_group: by the set of cause groups; division: by 承办部门 and, for appeals, the 原审 case''s division';
comment on column core.delivery_case_group.delivery_id is 'The delivery (core.grouped_delivery)';
comment on column core.delivery_case_group.original_court_code is 'The 原审法院 (法院代字) the cases name, or null';
comment on column core.delivery_case_group.case_type_code is 'The cases'' type (案号 代字)';
comment on column core.delivery_case_group.disposition is 'The cases'' 结案方式';
comment on column core.delivery_case_group.respondent_type is 'The cases'' 被执行人类型';
comment on column core.delivery_case_group.basis_type_code is 'The type of the cases'' 执行依据';
comment on column core.delivery_case_group.facts is 'The fourteen yes/no facts of the cases in their period, as bits (core.recompute_indicators says which bit is which)';
comment on column core.delivery_case_group.cause_set is 'cause_group rows: the set of cause groups the cases'' 案由 is in (core.cause_group_set)';
comment on column core.delivery_case_group.division is 'division rows: the cases'' 承办部门, normalised (core.normalized_text; （未填） when empty)';
comment on column core.delivery_case_group.attributed_division is 'division rows of a type counted through 原审案号 (appeals, retrial applications): the division of the 原审 case (core.named_case), null when it is not in the warehouse';
comment on column core.delivery_case_group.case_count is 'How many cases';
comment on column core.delivery_case_group.duration_days is 'Sum of their days from filing to closing (closed cases)';
comment on column core.delivery_case_group.applied_amount is 'Sum of their 申请执行标的';
comment on column core.delivery_case_group.recovered_amount is 'Sum of their 实际到位金额 (none: 0)';

create table core.named_case (
    period       date not null,
    delivery_id  bigint not null,
    case_no      text not null,
    division     text,
    primary key (delivery_id, case_no)
);
comment on table core.named_case is 'Grain: one row per 原审案号 that an appeal of the month names and published trial delivery of the 原审 court it was looked for in: the 承办部门 of that case, by which the appeal is counted by division, or null when the delivery does not hold it. Looked up once per trial delivery by core.recompute_indicators (a delivery''s rows never change), so that regrouping the appeals reads no trial case again.';
comment on column core.named_case.period is 'The month (first day)';
comment on column core.named_case.delivery_id is 'The 原审 court''s trial delivery looked in';
comment on column core.named_case.case_no is 'The 原审案号 as the appeals name it';
comment on column core.named_case.division is 'Its 承办部门 as written ('''' when empty; normalised when the appeals are grouped); null: not in the delivery';

