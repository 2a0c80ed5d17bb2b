-- Review before publishing (预发布, issue #13). An accepted delivery is checked against the court's
-- published data before its slice is replaced: continuity with the previous month, volumes against
-- the court's history, a resend against the slice it replaces, the coverage of optional fields, and
-- (after the month's indicators are computed) each value against the court's own history. A finding
-- above a check's hold threshold keeps the delivery loaded but unpublished (status held) until the
-- statistician releases it (publish) or discards it (publish --reject). The checks and their
-- thresholds are data: changing a severity is an update of core.review_check, no release.

create table core.review_check (
    check_code          text collate "C" primary key,
    check_name          text not null unique,
    measure_description text not null,
    warn_above          numeric,
    hold_above          numeric,
    min_history_months  integer check (min_history_months > 0),
    history_months      integer check (history_months > 0),
    display_order       integer not null unique,
    check (warn_above is not null or hold_above is not null),
    check (warn_above is null or hold_above is null or warn_above <= hold_above)
);
comment on table core.review_check is 'Grain: one row per review check run on a delivery before it is published: what it measures and the thresholds above which a finding warns (the delivery is published, the finding listed) or holds (the delivery stays unpublished until released). Change a severity by updating the thresholds; the next import uses them.';
comment on column core.review_check.check_code is 'continuity, volume, resend_shrink, resend_growth, completeness, outlier';
comment on column core.review_check.check_name is 'The check''s Chinese name, as review and status print it';
comment on column core.review_check.measure_description is 'In Chinese: the figure the thresholds apply to';
comment on column core.review_check.warn_above is 'A finding whose figure is above this warns; null: the check never warns';
comment on column core.review_check.hold_above is 'A finding whose figure is above this holds the delivery for review; null: the check never holds';
comment on column core.review_check.min_history_months is 'For checks against the court''s history (volume, outlier): the fewest earlier months with data for the check to judge; with fewer it stays silent';
comment on column core.review_check.history_months is 'For checks against the court''s history: how many months before the delivery''s month are looked at';
comment on column core.review_check.display_order is 'Order of the checks in review''s listing';

insert into core.review_check (check_code, check_name, measure_description, warn_above, hold_above,
                               min_history_months, history_months, display_order) values
    ('continuity', '与上月衔接', '与本院上月已发布数据衔接不上的案件（上月未结、本月缺失；或本月之前立案、上月没有）占本文件案件的百分比', 0, 1, null, null, 1),
    ('resend_shrink', '重报案件减少', '重报文件比被替换的已发布数据少掉的案件占原案件数的百分比', 20, 50, null, null, 2),
    ('resend_growth', '重报案件增加', '重报文件比被替换的已发布数据多出的案件占原案件数的百分比', 50, null, null, null, 3),
    ('volume', '收结存数量异常', '本月收案、结案或月末未结数偏离本院近月中位数的稳健标准差倍数（|x − 中位数| ÷ (1.4826 × MAD)）', 3.5, null, 3, 12, 4),
    ('completeness', '选填字段填报率下降', '选填字段的填报率比本院上月下降的百分点数', 10, null, null, null, 5),
    ('outlier', '指标值偏离历史', '本院本月指标值偏离本院近月中位数的稳健标准差倍数（|x − 中位数| ÷ (1.4826 × MAD)）', 3.5, null, 3, 12, 6);

create table staging.review_finding (
    finding_id   bigint generated always as identity primary key,
    delivery_id  bigint not null references staging.delivery on delete cascade,
    check_code   text collate "C" not null references core.review_check,
    subject      text collate "C" not null default '',
    severity     text not null check (severity in ('warn', 'hold')),
    figure       numeric not null,
    expected     text not null,
    found        text not null,
    message      text not null,
    case_count   integer not null default 0,
    cases        jsonb not null default '[]',
    found_at     timestamptz not null default now(),
    unique (delivery_id, check_code, subject)
);
comment on table staging.review_finding is 'Grain: one row per delivery, review check and subject (the count, field or indicator looked at; empty for the whole delivery) that found something worth a look before publishing. Written while the delivery''s month is published; a hold keeps the delivery unpublished. Read it through mart.review_finding.';
comment on column staging.review_finding.subject is 'What the check looked at: received, closed or pending (volume), a field''s column (completeness), an indicator code (outlier); empty for continuity and resends';
comment on column staging.review_finding.severity is 'warn: listed, the delivery is published; hold: the delivery is held until released or rejected';
comment on column staging.review_finding.figure is 'The figure compared with the check''s thresholds (see core.review_check.measure_description)';
comment on column staging.review_finding.expected is 'In Chinese: what the court''s published data led to expect';
comment on column staging.review_finding.found is 'In Chinese: what the delivery holds';
comment on column staging.review_finding.message is 'In Chinese: what looks wrong and what to check with the court';
comment on column staging.review_finding.case_count is 'How many cases the finding involves (continuity: every case that breaks it)';
comment on column staging.review_finding.cases is 'The cases involved, as a JSON array of {"case_no", "note"} (continuity: each case and how it breaks)';
comment on column staging.review_finding.found_at is 'When the check ran';

alter table staging.delivery
    drop constraint delivery_status_check,
    add constraint delivery_status_check
        check (status in ('registered', 'held', 'published', 'refused', 'rejected', 'superseded', 'abandoned')),
    add column review_decision text check (review_decision in ('released', 'rejected')),
    add column review_decided_at timestamptz;
comment on column staging.delivery.status is 'registered: being loaded; held: loaded, kept unpublished for review (the earlier slice stays); published: the slice in force; refused: not accepted; rejected: held, then discarded by the statistician; superseded: replaced by a later delivery; abandoned: its run failed and a later run took its place';
comment on column staging.delivery.review_decision is 'For a delivery that was held: released (published by the statistician) or rejected (discarded); null otherwise';
comment on column staging.delivery.review_decided_at is 'When the held delivery was released or rejected';
