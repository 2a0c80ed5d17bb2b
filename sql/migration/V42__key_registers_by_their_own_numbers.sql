-- Three feeds of #15 are registers rather than lists of cases. 联系法官申请 and 网上立案审核 are
-- keyed by a 申请编号: their rows carry no 案号 (a request to contact a judge names a case at most in
-- passing), so the court of a delivery is the one its file name names, and two rows with one 申请编号
-- reject both. A row of such a feed has no case number: the case-number columns of core.case_row
-- become nullable (a case-list feed still fills them: its declaration requires 案号 in every row,
-- which loading checks), and the key is kept in core.case_row.extra under the key field's code.
-- core.feed records each feed's key, where its court comes from and which date-time dates its rows,
-- from the declaration, for SQL (publishing's duplicate check, the review's continuity) and BI.

alter table core.case_row
    alter column case_no drop not null,
    alter column case_no_raw drop not null,
    alter column case_year drop not null,
    alter column case_court_code drop not null,
    alter column case_type_code drop not null,
    alter column case_serial drop not null;
comment on column core.case_row.case_no is 'Canonical 案号: full-width brackets, half-width digits, no spaces; null for the rows of a register keyed otherwise (core.feed.key_field: 联系法官, 网上立案), whose key is in extra';

alter table core.feed
    add column key_field text,
    add column court_from text check (court_from in ('case_numbers', 'file_name')),
    add column dated_by text;
comment on column core.feed.key_field is 'The field that identifies a row within a delivery: case_no for a list of cases, the field of 申请编号 (application_no) for a register, kept in core.case_row.extra; null until declared';
comment on column core.feed.court_from is 'Where a delivery''s court comes from: case_numbers (most of its 案号) or file_name (the court its file name names, for registers without 案号); null until declared';
comment on column core.feed.dated_by is 'The date-time field whose date is a row''s filed_on, the date windows count from (申请时间, 提交时间); null when the feed declares filed_on itself';

comment on column staging.row_issue.case_no is 'The row''s key when it could be read (used to find duplicates): its canonical 案号, or for a register keyed otherwise (core.feed.key_field) that key, such as the 申请编号';

insert into core.row_reason (reason_code, severity, title, fix) values
    ('DUPLICATE_KEY', 'error', '申请编号重复', '同一申请编号在本文件中出现多次，无法判断以哪一行为准，请合并为一行后重新报送');

-- The feeds declared before this migration could only be lists of cases keyed by 案号.
update core.feed set key_field = 'case_no', court_from = 'case_numbers' where declaration is not null;

-- The three registers shipped in jobs/feeds/ (supervision.yaml, judge_contact.yaml,
-- online_filing.yaml), as V18 did for the first three: their rows exist before their declarations
-- are applied (at the first command that reads feeds), so that the catalogue can name them.
insert into core.feed (feed_code, feed_name, feed_name_en, display_order, file_name_word) values
    ('supervision', '四类案件', 'cases under supervision', 4, '四类案件'),
    ('judge_contact', '联系法官', 'requests to contact a judge', 5, '联系法官'),
    ('online_filing', '网上立案', 'online filings reviewed', 6, '网上立案');
