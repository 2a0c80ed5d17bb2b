-- 四类案件监管台账 flags trial cases of the delivering court (#15.2): a flagged 案号 that is not a trial
-- case of that court in the month's published trial delivery is rejected, NOT_A_TRIAL_CASE, when the
-- month is published (after the run's trial deliveries are decided, so the check reads the trial
-- slice in force: docs/supervision-check.md says why then and not while loading). Which feed's cases
-- a feed must flag is part of its declaration (cases_of: trial), recorded here for SQL.

alter table core.feed add column cases_of text references core.feed;
comment on column core.feed.cases_of is 'The feed whose published slice of the same court and month must hold each of this feed''s 案号 (supervision: trial); a row whose case is not there is rejected, NOT_A_TRIAL_CASE; null for no such check';

insert into core.row_reason (reason_code, severity, title, fix) values
    ('NOT_A_TRIAL_CASE', 'error', '不是本院本月的审判案件',
     '四类案件只能标记本院已报送的审判案件，请核对案号，或先在本月审判案件报表中报送该案件后重新报送');
