-- Indicators over narrower sets of cases (metrics.md "Slices", issue 14 point 1): by case domain
-- first. A domain slice narrows every scope to the domain's 类型代字; the catalogue says which
-- indicators are published by which kind of slice, and which measures' scope becomes the domain's
-- first instance (调解率 and 调撤率 count 民初: in 行政 they count 行初). Values by slice live beside
-- mart.indicator_result, in mart.indicator_slice_result, computed by the same pass.

create table core.case_domain (
    domain_code    text primary key,
    domain_name    text not null unique,
    display_order  integer not null unique
);
comment on table core.case_domain is 'Grain: one row per case domain of core.case_type (../shared/reference/case-types.csv), with its Chinese name as slices show it; unknown: cases whose 类型代字 is not in core.case_type, so that the domains of a court add up to its count.';
comment on column core.case_domain.domain_code is 'Domain code as in core.case_type.domain (civil, criminal, administrative, …)';
comment on column core.case_domain.domain_name is 'Chinese name, the slice_value of a domain slice: 民事, 刑事, 行政, 执行, …';
comment on column core.case_domain.display_order is 'Order of the domains in reports';

insert into core.case_domain (domain_code, domain_name, display_order) values
    ('civil', '民事', 1),
    ('criminal', '刑事', 2),
    ('administrative', '行政', 3),
    ('execution', '执行', 4),
    ('compensation', '国家赔偿', 5),
    ('jurisdiction', '管辖', 6),
    ('preservation', '非诉保全', 7),
    ('bankruptcy', '强制清算与破产', 8),
    ('mediation', '诉前调解', 9),
    ('unknown', '其他（类型代字未知）', 10);

alter table core.case_type add constraint case_type_domain_fkey foreign key (domain) references core.case_domain;

alter table core.indicator add column slice_kinds text[] not null default '{}'
    check (slice_kinds <@ array['domain', 'cause_group', 'division']);
comment on column core.indicator.slice_kinds is 'The kinds of slice the indicator is also published by in mart.indicator_by_slice: domain (案件领域), cause_group (案由分组), division (承办部门); empty: not sliced';
update core.indicator set slice_kinds = array['domain'] where indicator_group in ('trial', 'execution');

alter table core.measure add column domain_first_instance boolean not null default false;
comment on column core.measure.domain_first_instance is 'In a domain slice, the scope is the domain''s first instance (stage first_instance) instead of type_codes: the 民初 of 调解率 and 调撤率 becomes 行初 in 行政';
update core.measure set domain_first_instance = true
where measure_code in ('civil_first_closed', 'civil_first_closed_mediated', 'civil_first_closed_mediated_or_withdrawn');

create table mart.indicator_slice_result (
    like mart.indicator_result including defaults including comments including constraints,
    slice_kind   text not null check (slice_kind in ('domain', 'cause_group', 'division')),
    slice_value  text not null,
    primary key (period, indicator_code, time_window, court_code, slice_kind, slice_value),
    foreign key (indicator_code) references core.indicator on delete cascade
);
comment on table mart.indicator_slice_result is 'Grain: one row per period, indicator, window, court (or 全市), slice kind and slice value: the indicator over the cases of the slice only, with the same columns and rules as mart.indicator_result (ranks among the basic courts within the slice). Replaced per period with it by core.recompute_indicators; read it through mart.indicator_by_slice.';
comment on column mart.indicator_slice_result.slice_kind is 'domain (案件领域), cause_group (案由分组) or division (承办部门)';
comment on column mart.indicator_slice_result.slice_value is 'The slice: a domain''s Chinese name (core.case_domain.domain_name), a cause group''s name or a division';

-- Default privileges give BI every new relation of mart; like mart.indicator_result, this table is
-- read through its view.
revoke all on mart.indicator_slice_result from courtstats_bi;
