-- Slices by 案由 group and by 承办部门 (metrics.md "Slices", issue 14 point 1). A cause group is data,
-- not code: a name and the rules that say which 案由 belong to it, loaded from
-- jobs/load-cause-groups/cause-groups.csv by the cause-groups command (the file is the whole set).
-- A case belongs to every group one of whose rules matches its 案由, so groups overlap and do not
-- add up to the court. Divisions need no reference data: the slice is the 承办部门 as the court
-- writes it, normalised (core.normalized_text).

create table core.cause_group (
    group_name     text primary key,
    display_order  integer not null unique,
    description    text
);
comment on table core.cause_group is 'Grain: one row per named group of 案由 (知识产权, 涉企金融, 涉中医药商标权纠纷, …), the slice_value of a cause_group slice; replaced whole by the cause-groups command from jobs/load-cause-groups/cause-groups.csv. A case may be in several groups.';
comment on column core.cause_group.group_name is 'The group''s Chinese name as reports show it';
comment on column core.cause_group.display_order is 'Order of the groups in reports (the order of their first line in the file)';
comment on column core.cause_group.description is 'What the group is for, for readers (the file''s 说明)';

create table core.cause_group_rule (
    group_name     text not null references core.cause_group on delete cascade,
    match          text not null check (match in ('exact', 'prefix', 'contains')),
    pattern        text not null check (pattern <> ''),
    also_contains  text not null default '',
    primary key (group_name, match, pattern, also_contains)
);
comment on table core.cause_group_rule is 'Grain: one row per rule of a cause group: a case is in the group when its 案由, normalised like the pattern (core.normalized_text: NFKC, no white space), matches any one of the group''s rules.';
comment on column core.cause_group_rule.group_name is 'The group (core.cause_group)';
comment on column core.cause_group_rule.match is 'exact: the 案由 is the pattern (等于); prefix: it starts with it (开头); contains: it contains it (包含)';
comment on column core.cause_group_rule.pattern is 'The 案由 or part of one, normalised (core.normalized_text)';
comment on column core.cause_group_rule.also_contains is 'Empty, or a text the 案由 must also contain (同时包含), for groups narrower than any 案由 of the 案由规定, such as 涉中医药商标权纠纷; normalised';

-- Trial indicators are published by 案由 group and by division as well as by domain; the execution
-- and mediation feeds carry neither 案由 nor 承办部门. 万人起诉率 is per resident: a group or a
-- division has no population of its own.
update core.indicator set slice_kinds = array['domain', 'cause_group', 'division']
where indicator_group = 'trial' and denominator_basis <> 'population';

comment on column core.measure.domain_first_instance is 'In every slice (domain, cause group, division), the scope is the slice''s first instance (stage first_instance) instead of type_codes: the 民初 of 调解率 and 调撤率 becomes 行初 in 行政, in a group of administrative 案由 and in the 行政审判庭';
comment on column mart.indicator_slice_result.slice_value is 'The slice: a domain''s Chinese name (core.case_domain.domain_name), a cause group''s name (core.cause_group) or a division (承办部门, normalised by core.normalized_text; （未填） where empty)';
