-- Deliveries, their staged rows and rejections, and the published case slices.
--
-- A delivery is one file from one court for one month and one feed. Its rows are COPYed into
-- staging.case_row chunk by chunk (a failed chunk rolls back with its COPY), then publishing moves
-- them into core.case_record, replacing the (period, court, feed) slice in one transaction.

create table staging.delivery (
    delivery_id       bigint generated always as identity primary key,
    job_instance_id   bigint not null,
    period            date not null check (extract(day from period) = 1),
    file_name         text not null,
    source_path       text not null,
    archive_path      text,
    sha256            char(64) not null,
    size_bytes        bigint not null,
    file_format       text,
    sheet_name        text,
    header_row        integer,
    feed              text check (feed in ('trial', 'execution', 'mediation')),
    court_code        text references core.court,
    status            text not null default 'registered'
                      check (status in ('registered', 'published', 'refused', 'superseded', 'abandoned')),
    rows_read         integer not null default 0,
    rows_loaded       integer not null default 0,
    rows_rejected     integer not null default 0,
    rows_skipped      integer not null default 0,
    rows_warned       integer not null default 0,
    rejected_share_limit numeric,
    refusal_code      text,
    refusal_reason    text,
    column_headers    jsonb,
    unknown_columns   text[],
    ignored_sheets    text[],
    registered_at     timestamptz not null default now(),
    loaded_at         timestamptz,
    unique (job_instance_id, sha256, file_name)
);
comment on table staging.delivery is 'Grain: one row per delivery file registered by an import run (job instance), with what it was found to be, its row counts and its fate: registered (being loaded), published, refused, superseded by a later delivery for the same slice, or abandoned (its run failed and a run with other files took its place).';
comment on column staging.delivery.period is 'Reporting month, as its first day';
comment on column staging.delivery.job_instance_id is 'The Spring Batch job instance (batch.BATCH_JOB_INSTANCE) that registered the file';
comment on column staging.delivery.sha256 is 'SHA-256 of the file''s bytes: the same bytes loaded twice change nothing';
comment on column staging.delivery.archive_path is 'Where the file''s bytes are kept, named by their sha256';
comment on column staging.delivery.header_row is 'Excel row number of the (upper) header row';
comment on column staging.delivery.court_code is 'The court the delivery belongs to, from its case numbers';
comment on column staging.delivery.rows_read is 'Non-blank rows below the header: loaded + rejected + skipped';
comment on column staging.delivery.rows_skipped is 'Rows that are not cases of the window: totals and notes rows, and cases closed before 1 January of the period''s year';
comment on column staging.delivery.rows_warned is 'Loaded rows that carry at least one warning';
comment on column staging.delivery.column_headers is 'Field -> the header as the court wrote it, for messages about the whole file';
comment on column staging.delivery.rejected_share_limit is 'The share of rejected rows above which it would be refused, as configured when it was judged';
comment on column staging.delivery.refusal_code is 'Why the whole delivery was refused (UNREADABLE_FILE, NO_HEADER, MISSING_COLUMN, DUPLICATE_COLUMN, NO_DATA_ROWS, UNKNOWN_COURT, COURT_MISMATCH, PERIOD_MISMATCH, DUPLICATE_DELIVERY, TOO_MANY_REJECTED)';
comment on column staging.delivery.refusal_reason is 'The refusal in plain Chinese, naming the place and what the court should do';
create index on staging.delivery (period, court_code, feed, status);
create index on staging.delivery (sha256);

create table staging.case_row (
    delivery_id          bigint not null,
    sheet_name           text not null,
    row_number           integer not null,
    case_no              text collate "C" not null,
    case_no_raw          text not null,
    case_year            integer not null,
    case_court_code      text not null,
    case_type_code       text not null,
    case_serial          bigint not null,
    cause                text,
    filed_on             date not null,
    closed_on            date,
    disposition          text,
    deadline_on          date,
    overdue              boolean,
    procedure            text,
    hearings             integer,
    original_case_no     text,
    original_court_code  text,
    original_type_code   text,
    judge                text,
    division             text,
    claim_amount         numeric(18, 2),
    applied_amount       numeric(18, 2),
    recovered_amount     numeric(18, 2),
    respondent_type      text,
    basis_case_no        text,
    basis_court_code     text,
    basis_type_code      text,
    follow_up            text,
    filed_case_no        text,
    mediator             text
);
comment on table staging.case_row is 'Grain: one row per accepted data row of a delivery being loaded, typed and normalised, with its lineage (sheet, Excel row); (delivery_id, sheet_name, row_number) is unique by construction. Moved to core.case_record when the delivery is published. No keys, one index: it only holds the deliveries in flight, and COPY into it must be fast.';
-- Publishing reads, counts, moves and deletes one delivery's rows at a time.
create index on staging.case_row (delivery_id);

create table staging.row_issue (
    delivery_id   bigint not null,
    sheet_name    text not null,
    row_number    integer not null,
    field         text,
    header        text,
    raw_value     text,
    reason_code   text not null,
    severity      text not null check (severity in ('error', 'warning')),
    message       text not null,
    case_no       text collate "C",
    raw_row       jsonb
);
comment on table staging.row_issue is 'Grain: one row per problem found in a data row of a delivery (a row may have several). Errors reject the row, warnings keep it. Never deleted: it is the record of what a court sent.';
comment on column staging.row_issue.field is 'Canonical field (case_no, filed_on, …); null for a problem of the whole row';
comment on column staging.row_issue.header is 'The column header as written in the file';
comment on column staging.row_issue.raw_value is 'The cell as the court wrote it';
comment on column staging.row_issue.message is 'Plain-language Chinese message naming file, sheet, row, field and what to fix';
comment on column staging.row_issue.case_no is 'The row''s case number when it could be read (used to find duplicates)';
comment on column staging.row_issue.raw_row is 'The whole row as received, header -> cell text, so that nothing the court sent is lost; for DUPLICATE_CASE_NO (found when publishing) the row as it was loaded, field -> value';
create index on staging.row_issue (delivery_id, severity);

-- The same columns as staging.case_row (LIKE keeps the two in step), after the slice's key. Key
-- columns compare bytewise (collate "C"): the primary key is maintained for every published row, and
-- a locale's collation made it several times slower. Publishing checks the court and the delivery,
-- so no foreign keys slow the bulk insert.
create table core.case_record (
    period       date not null,
    court_code   text collate "C" not null,
    feed         text collate "C" not null check (feed in ('trial', 'execution', 'mediation')),
    like staging.case_row including defaults,
    primary key (period, court_code, feed, case_no)
);
comment on table core.case_record is 'Grain: one row per case per published delivery slice (period, court, feed): the court''s year-to-date snapshot as of the period''s last day. Replaced whole when a new delivery for the slice is published.';
comment on column core.case_record.period is 'Reporting month (first day) of the snapshot the row belongs to';
comment on column core.case_record.court_code is 'The delivering court (法院代字)';
comment on column core.case_record.case_no is 'Canonical 案号: full-width brackets, half-width digits, no spaces';
comment on column core.case_record.case_no_raw is '案号 as the court wrote it';
comment on column core.case_record.case_type_code is '类型代字 (join core.case_type; unknown codes are kept raw)';
comment on column core.case_record.filed_on is '立案日期 (trial, execution) or 登记日期 (mediation)';
comment on column core.case_record.closed_on is '结案日期 / 办结日期; null while pending';
comment on column core.case_record.disposition is 'Canonical 结案方式 (trial, execution) or 调解结果 (mediation)';
comment on column core.case_record.deadline_on is '审限届满日期';
comment on column core.case_record.overdue is '是否超审限 as reported';
comment on column core.case_record.hearings is '开庭次数 (是否开庭 gives 1 or 0)';
comment on column core.case_record.original_case_no is '原审案号, canonical when it parses';
comment on column core.case_record.original_court_code is 'Court of the 原审案号: appeals, reversals, remands and retrial applications are attributed to it';
comment on column core.case_record.claim_amount is '诉讼标的额 in yuan';
comment on column core.case_record.applied_amount is '申请执行标的额 in yuan';
comment on column core.case_record.recovered_amount is '实际执行到位金额 in yuan (empty means 0)';
comment on column core.case_record.respondent_type is '被执行人类型: 自然人, 企业, 党政机关, 其他组织';
comment on column core.case_record.basis_case_no is '执行依据文书号: a canonical 案号 when it is one, otherwise the text';
comment on column core.case_record.basis_type_code is '类型代字 of the 执行依据 when it is a case number (links execution to pre-litigation mediation)';
comment on column core.case_record.follow_up is '后续处理 of a mediation: 司法确认, 出具调解书, 自动履行';
comment on column core.case_record.filed_case_no is '转立案案号 of a failed mediation';
