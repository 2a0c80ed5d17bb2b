-- Feeds are declared as data: one YAML file per feed in jobs/feeds/ (code, names, columns with their
-- headers, aliases, value types, requirements, choice lists and units, the 类型代字 it carries), loaded
-- by the `feeds` command, and applied from the jar when the warehouse has no declaration of a shipped
-- feed. core.feed keeps each declaration's text, which the loader reads back (one parser for files
-- and warehouse); core.feed_field, core.feed_choice and core.feed_case_type spell it out for SQL and BI.
-- A feed's fields that are no typed column of core.case_row land in its new jsonb column extra, so a
-- new feed needs no migration.

alter table core.feed
    add column file_name_word text unique,
    add column declaration text,
    add column declared_at timestamptz;
comment on column core.feed.file_name_word is 'A word that, in a file name, says the file is of this feed (审判, 执行, 诉前); from the declaration';
comment on column core.feed.declaration is 'The feed''s declaration (YAML, as in jobs/feeds/<code>.yaml) that loading reads; null until declared';
comment on column core.feed.declared_at is 'When the declaration was last loaded (the feeds command, or the shipped one applied at start)';

create table core.feed_field (
    feed_code        text collate "C" not null references core.feed on delete cascade,
    field_code       text collate "C" not null,
    position         integer not null,
    canonical_header text not null,
    aliases          text[] not null,
    value_type       text not null,
    requirement      text not null check (requirement in ('always', 'when_closed', 'for_second_instance', 'optional')),
    column_required  boolean not null,
    case_row_column  text,
    unit             text,
    when_empty       numeric,
    alias_types      jsonb,
    primary key (feed_code, field_code),
    unique (feed_code, position)
);
comment on table core.feed_field is 'Grain: one row per column a feed declares (jobs/feeds/<feed>.yaml), in the declaration''s order. Written with core.feed.declaration by the feeds command; read by BI and the docs, while loading parses the declaration itself.';
comment on column core.feed_field.feed_code is 'The feed (core.feed)';
comment on column core.feed_field.field_code is 'The field''s code as declared (filed_on, flagged_on …): staging.row_issue.field and the key in core.case_row.extra';
comment on column core.feed_field.position is 'Place of the column in the declaration, from 1';
comment on column core.feed_field.canonical_header is 'The canonical Chinese header, used in messages';
comment on column core.feed_field.aliases is 'Other headers accepted for the column';
comment on column core.feed_field.value_type is 'How cells are read: case_no, case_no_or_text, text, date, amount, yes_no, count, yes_no_as_count, choice';
comment on column core.feed_field.requirement is 'When a row must have a value: always, when_closed, for_second_instance, optional';
comment on column core.feed_field.column_required is 'Whether a delivery without this column is refused whole';
comment on column core.feed_field.case_row_column is 'The typed column of core.case_row the field fills; null when it is kept in core.case_row.extra';
comment on column core.feed_field.unit is 'Unit of an amount as stored (元); a header unit of 万元 is converted';
comment on column core.feed_field.when_empty is 'The value an empty cell or a missing column stands for (实际执行到位金额: 0); null when empty is no value';
comment on column core.feed_field.alias_types is 'Aliases read as another value type, e.g. {"是否开庭": "yes_no_as_count"}';

create table core.feed_choice (
    feed_code      text collate "C" not null,
    field_code     text collate "C" not null,
    position       integer not null,
    label          text not null,
    spellings      text[] not null,
    unknown_reason text not null,
    primary key (feed_code, field_code, label),
    foreign key (feed_code, field_code) references core.feed_field on delete cascade
);
comment on table core.feed_choice is 'Grain: one row per value of a declared choice column (结案方式, 适用程序 …): its canonical label, stored in core.case_row, and the other spellings accepted for it.';
comment on column core.feed_choice.feed_code is 'The feed (core.feed)';
comment on column core.feed_choice.field_code is 'The choice column (core.feed_field)';
comment on column core.feed_choice.position is 'Place of the value in the declared list, from 1 (the order messages list them in)';
comment on column core.feed_choice.label is 'The canonical value, as stored and reported';
comment on column core.feed_choice.spellings is 'Other spellings accepted for the value (white space and full-width forms are ignored)';
comment on column core.feed_choice.unknown_reason is 'Reason code of a spelling the column does not accept (UNKNOWN_DISPOSITION, BAD_VALUE)';

create table core.feed_case_type (
    feed_code text collate "C" not null references core.feed on delete cascade,
    type_code text collate "C" not null,
    primary key (feed_code, type_code)
);
comment on table core.feed_case_type is 'Grain: one row per 类型代字 a feed''s case numbers may carry (from its declaration); a case number of another type is rejected as WRONG_FEED. core.case_type.feed stays the feed a type''s cases are delivered in.';
comment on column core.feed_case_type.feed_code is 'The feed (core.feed)';
comment on column core.feed_case_type.type_code is 'A 类型代字 (core.case_type, or one the declaration names beyond it)';

alter table core.case_row add column extra jsonb;
comment on column core.case_row.extra is 'The fields a feed declares that are no typed column here, by field code (core.feed_field.case_row_column is null): dates as yyyy-MM-dd, amounts and counts as numbers, yes/no as booleans, the rest as text; null for the trial, execution and mediation feeds';

create or replace view core.case_record as
select s.period, s.court_code, s.feed, r.*
from core.published_slice s
join core.case_row r on r.delivery_id = s.delivery_id;
comment on column core.case_record.extra is 'The fields of the feed''s own declaration beyond the typed columns (core.case_row.extra)';
