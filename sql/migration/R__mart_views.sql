-- The mart's views: the contract BI users and tests read. Views are repeatable migrations: edit
-- this file to change them, Flyway re-applies it when its checksum changes.

drop view if exists mart.indicator_value;
create view mart.indicator_value as
with results as (
    select r.*, i.indicator_name, i.indicator_group, i.unit, i.direction, i.display_order
    from mart.indicator_result r
    join core.indicator i on i.indicator_code = r.indicator_code
),

last_year as (
    select period, time_window, court_code, indicator_code, value
    from mart.indicator_result
),

standards as (
    select r.period, r.time_window, r.indicator_code, s.lower_bound, s.upper_bound
    from (select distinct period, time_window, indicator_code from mart.indicator_result) r
    join lateral (
        select lower_bound, upper_bound
        from core.indicator_standard s
        where s.indicator_code = r.indicator_code
          and s.applies_to in ('all', r.time_window)
          and s.valid_from <= r.period
        order by s.valid_from desc, s.applies_to = r.time_window desc
        limit 1
    ) s on true
),

final as (
    select to_char(r.period, 'YYYY-MM') as period,
           r.time_window,
           r.court_code,
           coalesce(c.court_name, '全市法院') as court_name,
           r.indicator_code,
           r.indicator_name,
           r.indicator_group,
           r.unit,
           r.numerator,
           r.denominator,
           round(r.value, case when r.unit = 'count' then 0 else 2 end) as value,
           r.value as value_exact,
           r.rank,
           r.ranked_courts,
           r.reporting_courts,
           case
               when r.value is null or ly.value is null then null
               when r.unit in ('percent', 'per_10k') then round(r.value - ly.value, 2)
               when ly.value = 0 then null
               else round((r.value - ly.value) / ly.value * 100, 2)
           end as yoy_change,
           case
               when r.value is null or (s.lower_bound is null and s.upper_bound is null) then null
               else (s.lower_bound is null or round(r.value, 2) >= s.lower_bound)
                    and (s.upper_bound is null or round(r.value, 2) <= s.upper_bound)
           end as meets_standard,
           s.lower_bound as standard_lower,
           s.upper_bound as standard_upper,
           r.direction,
           r.display_order,
           r.computed_at
    from results r
    left join core.court c on c.court_code = r.court_code
    left join last_year ly
           on ly.period = (r.period - interval '1 year')::date
          and ly.time_window = r.time_window
          and ly.court_code = r.court_code
          and ly.indicator_code = r.indicator_code
    left join standards s
           on s.period = r.period
          and s.time_window = r.time_window
          and s.indicator_code = r.indicator_code
)

select * from final;

comment on view mart.indicator_value is 'Grain: one row per period (YYYY-MM), window (month, ytd), court (法院代字, or 全市) and indicator. value is rounded half-up to 2 decimals for display (counts are whole) (percent: 47.68 means 47.68%); value_exact is what rankings use. yoy_change: percentage points for percent and per-10 000 indicators, percent change for counts and days; null without last year''s value. meets_standard: the displayed value within the provincial standard in force; null where none applies.';
comment on column mart.indicator_value.period is 'Reporting month, YYYY-MM';
comment on column mart.indicator_value.time_window is 'month: the reporting month; ytd: 1 January to the month''s end (截至本月)';
comment on column mart.indicator_value.court_code is '法院代字, or 全市 for the whole city';
comment on column mart.indicator_value.court_name is 'Court name; 全市法院 for the city';
comment on column mart.indicator_value.indicator_code is 'Indicator code as in metrics.md (clearance_rate, …)';
comment on column mart.indicator_value.indicator_name is 'Chinese indicator name (结收比, …)';
comment on column mart.indicator_value.indicator_group is 'trial (审判), execution (执行) or mediation (诉前调解)';
comment on column mart.indicator_value.unit is 'count, percent, days or per_10k';
comment on column mart.indicator_value.numerator is 'Exact numerator (for counts, the count)';
comment on column mart.indicator_value.denominator is 'Exact denominator; population for 万人起诉率; null for counts';
comment on column mart.indicator_value.value is 'Value rounded half-up to 2 decimals; null when the denominator is 0';
comment on column mart.indicator_value.value_exact is 'Unrounded value';
comment on column mart.indicator_value.rank is 'Rank among the basic courts (1 = best; ties share a rank and the next is skipped); null where unranked';
comment on column mart.indicator_value.ranked_courts is 'Number of courts ranked on this indicator and window';
comment on column mart.indicator_value.reporting_courts is 'Courts whose published data the value rests on: 1 for a court (0 when its delivery is missing: value null), the number of courts that reported for 全市 (its value is null unless all 15 did)';
comment on column mart.indicator_value.yoy_change is '同比: change from the same month a year earlier';
comment on column mart.indicator_value.meets_standard is 'Whether the value is within the provincial standard (区间参考值); null where none applies';
comment on column mart.indicator_value.standard_lower is 'Lower bound of the standard in force, if any';
comment on column mart.indicator_value.standard_upper is 'Upper bound of the standard in force, if any';
comment on column mart.indicator_value.direction is 'up: higher is better; down: lower is better; target: at or above the target is best';
comment on column mart.indicator_value.display_order is 'Order of the indicator within its group in reports';
comment on column mart.indicator_value.computed_at is 'When the period''s indicators were last computed';

drop view if exists mart.delivery_status;
create view mart.delivery_status as
select to_char(d.period, 'YYYY-MM') as period,
       d.court_code,
       c.court_name,
       d.feed,
       d.file_name,
       d.sha256,
       d.status,
       d.rows_read,
       d.rows_loaded,
       d.rows_rejected,
       d.rows_skipped,
       d.rows_warned,
       d.refusal_code,
       d.refusal_reason,
       d.file_format,
       d.sheet_name,
       d.header_row,
       d.unknown_columns,
       d.ignored_sheets,
       d.registered_at,
       d.loaded_at,
       d.delivery_id
from staging.delivery d
left join core.court c on c.court_code = d.court_code;

comment on view mart.delivery_status is 'Grain: one row per delivery file received (every version kept): its status (published, refused, superseded, or registered while loading), row counts and, when refused, why.';
comment on column mart.delivery_status.period is 'Reporting month, YYYY-MM (the inbox folder the file came from)';
comment on column mart.delivery_status.court_name is 'Court name';
comment on column mart.delivery_status.file_name is 'File name as the court sent it (relative to the month''s inbox folder)';
comment on column mart.delivery_status.sha256 is 'SHA-256 of the file''s bytes; the archive keeps the bytes under it';
comment on column mart.delivery_status.rows_loaded is 'Rows accepted (for a refused delivery: those that would have been)';
comment on column mart.delivery_status.rows_rejected is 'Rows rejected (see mart.rejected_row)';
comment on column mart.delivery_status.refusal_code is 'Why the whole file was refused (UNREADABLE_FILE, NO_HEADER, MISSING_COLUMN, NO_DATA_ROWS, UNKNOWN_COURT, COURT_MISMATCH, PERIOD_MISMATCH, DUPLICATE_COLUMN, DUPLICATE_DELIVERY, TOO_MANY_REJECTED)';
comment on column mart.delivery_status.file_format is 'What the file really is, from its bytes';
comment on column mart.delivery_status.sheet_name is 'The sheet read (for a CSV, the file name without extension)';
comment on column mart.delivery_status.header_row is 'Excel row of the (upper) header row';
comment on column mart.delivery_status.registered_at is 'When the file was registered by an import';
comment on column mart.delivery_status.delivery_id is 'Identifies the delivery (staging.delivery); joins mart.row_issue';
comment on column mart.delivery_status.status is 'published: the slice in force; refused: not loaded, the earlier slice stays; superseded: replaced by a later delivery; registered: being loaded; abandoned: its run failed and a later run with other files took its place';
comment on column mart.delivery_status.court_code is 'Court from the case numbers; null when it could not be determined';
comment on column mart.delivery_status.feed is 'trial, execution or mediation; null when not recognised';
comment on column mart.delivery_status.rows_read is 'Non-blank rows below the header = loaded + rejected + skipped';
comment on column mart.delivery_status.rows_skipped is 'Totals and notes rows, and cases closed before 1 January of the year';
comment on column mart.delivery_status.rows_warned is 'Loaded rows carrying a warning (see mart.row_warning)';
comment on column mart.delivery_status.refusal_reason is 'Why the whole file was refused, in Chinese';
comment on column mart.delivery_status.unknown_columns is 'Column headers not part of the feed (ignored)';
comment on column mart.delivery_status.ignored_sheets is 'Sheets not read';
comment on column mart.delivery_status.loaded_at is 'When its rows finished loading';

drop view if exists mart.rejected_row;
drop view if exists mart.row_warning;
drop view if exists mart.row_issue;
create view mart.row_issue as
select to_char(d.period, 'YYYY-MM') as period,
       d.court_code,
       d.feed,
       d.file_name,
       i.sheet_name as sheet,
       i.row_number,
       i.field,
       i.header,
       i.raw_value,
       i.reason_code,
       i.severity,
       i.message,
       i.case_no,
       d.status as delivery_status,
       d.delivery_id
from staging.row_issue i
join staging.delivery d on d.delivery_id = i.delivery_id;

comment on view mart.row_issue is 'Grain: one row per problem found in a data row of any delivery received: errors (the row was rejected) and warnings (the row was kept). row_number is the row as the court sees it in Excel.';
comment on column mart.row_issue.period is 'Reporting month, YYYY-MM';
comment on column mart.row_issue.court_code is 'Court of the delivery';
comment on column mart.row_issue.feed is 'trial, execution or mediation';
comment on column mart.row_issue.file_name is 'File the row came from';
comment on column mart.row_issue.row_number is 'Row number as the court sees it in Excel (for CSV, the record''s position)';
comment on column mart.row_issue.delivery_id is 'Identifies the delivery (mart.delivery_status)';
comment on column mart.row_issue.sheet is 'Sheet name; for a CSV or text file, the file name without its extension';
comment on column mart.row_issue.field is 'Canonical field name (case_no, filed_on, …); null for a problem of the whole row';
comment on column mart.row_issue.header is 'The column header as written in the file';
comment on column mart.row_issue.raw_value is 'The cell as the court wrote it';
comment on column mart.row_issue.reason_code is 'Errors: BAD_CASE_NO, WRONG_COURT, WRONG_FEED, MISSING_VALUE, BAD_DATE, CLOSED_BEFORE_FILED, AFTER_PERIOD, BAD_AMOUNT, NEGATIVE_AMOUNT, UNKNOWN_DISPOSITION, BAD_VALUE, DUPLICATE_CASE_NO. Warnings: RECOVERED_EXCEEDS_APPLIED, UNKNOWN_TYPE_CODE, OLD_FORMAT_CASE_NO';
comment on column mart.row_issue.severity is 'error: the row was rejected; warning: the row was kept';
comment on column mart.row_issue.message is 'Plain-language Chinese message: where, what and what to fix';
comment on column mart.row_issue.case_no is 'The row''s case number when it could be read';
comment on column mart.row_issue.delivery_status is 'Status of the delivery the row came from (published, refused, superseded)';

create view mart.rejected_row as
select period, court_code, feed, file_name, sheet, row_number, field, header, raw_value, reason_code, message,
       case_no, delivery_status, delivery_id
from mart.row_issue
where severity = 'error';

comment on view mart.rejected_row is 'Grain: one row per problem that rejected a data row (a row with two problems appears twice), for every delivery received; the columns are those of mart.row_issue.';

create view mart.row_warning as
select period, court_code, feed, file_name, sheet, row_number, field, header, raw_value, reason_code, message,
       case_no, delivery_status, delivery_id
from mart.row_issue
where severity = 'warning';

comment on view mart.row_warning is 'Grain: one row per warning on a kept row (RECOVERED_EXCEEDS_APPLIED, UNKNOWN_TYPE_CODE, OLD_FORMAT_CASE_NO); the columns are those of mart.row_issue.';
