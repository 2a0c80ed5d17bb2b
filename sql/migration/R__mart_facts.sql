-- The mart's views: the contract BI users and tests read. Views are repeatable migrations: edit
-- this file to change them, Flyway re-applies it when its checksum changes.

drop view if exists mart.indicator_value;
create view mart.indicator_value as
with results as (
    select r.*, i.indicator_name, i.indicator_group, i.unit, i.direction, i.display_order, i.decimals
    from mart.indicator_result r
    join core.indicator i on i.indicator_code = r.indicator_code
),

last_year as (
    select period, time_window, court_code, indicator_code, value, definition_hash
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
           core.displayed(r.value, r.decimals) as value,
           r.value as value_exact,
           r.rank,
           r.ranked_courts,
           r.reporting_courts,
           core.change_from(r.value, ly.value, r.unit, r.decimals) as yoy_change,
           case
               when r.value is null or (s.lower_bound is null and s.upper_bound is null) then null
               else (s.lower_bound is null or core.displayed(r.value, r.decimals) >= s.lower_bound)
                    and (s.upper_bound is null or core.displayed(r.value, r.decimals) <= s.upper_bound)
           end as meets_standard,
           s.lower_bound as standard_lower,
           s.upper_bound as standard_upper,
           r.direction,
           r.display_order,
           r.computed_at,
           r.decimals,
           core.coverage(r.coverage_known, r.coverage_scope) as coverage,
           coalesce(core.coverage(r.coverage_known, r.coverage_scope) < 90, false) as coverage_low
    from results r
    left join core.court c on c.court_code = r.court_code
    left join last_year ly
           on ly.period = (r.period - interval '1 year')::date
          and ly.time_window = r.time_window
          and ly.court_code = r.court_code
          and ly.indicator_code = r.indicator_code
          and ly.definition_hash is not distinct from r.definition_hash
    left join standards s
           on s.period = r.period
          and s.time_window = r.time_window
          and s.indicator_code = r.indicator_code
)

select * from final;

comment on view mart.indicator_value is '粒度：每个统计月份（YYYY-MM）、统计窗口（本月 month、截至本月 ytd）、法院（法院代字，或 全市）和指标一行。value 为展示值，按指标目录规定的小数位四舍五入（通常2位，改判率、发回重审率、申诉申请再审率3位，件数取整；百分比 47.68 即 47.68%），排名按 value_exact 精确值；yoy_change 同比：比率为百分点差，万人指标为每万人件数之差，件数和天数为增减百分比，去年同期无值或口径不同时为空；meets_standard：展示值是否在当时有效的省定参考值内，无参考值时为空；coverage 为所需可选字段的填报覆盖率，低于90%时 coverage_low 为真。上诉率等五项按原审案号归属的比率只有基层法院有值，全市为基层法院合计 / Grain: one row per period (YYYY-MM), window (month, ytd), court (法院代字, or 全市) and indicator. value is rounded half-up to the decimals of the catalogue (2 as a rule, 3 for reversal, remand and retrial application rates, counts whole) (percent: 47.68 means 47.68%); value_exact is what rankings use. yoy_change: percentage points for percent indicators, the indicator''s own unit (per 10 000 residents) for per-10 000 ones, percent change for counts and days; null without last year''s value or when it was computed under another definition. meets_standard: the displayed value within the provincial standard in force; null where none applies. coverage: share of the cases where the optional field the indicator needs was known, coverage_low when under 90%. The five ratios attributed through 原审案号 exist for the basic courts only, 全市 summing them.';
comment on column mart.indicator_value.period is '统计月份，YYYY-MM / Reporting month, YYYY-MM';
comment on column mart.indicator_value.time_window is '统计窗口：month 本月；ytd 截至本月（1月1日至月末） / month: the reporting month; ytd: 1 January to the month''s end (截至本月)';
comment on column mart.indicator_value.court_code is '法院代字，全市为 全市 / Court code (法院代字), or 全市 for the whole city';
comment on column mart.indicator_value.court_name is '法院名称，全市为 全市法院 / Court name; 全市法院 for the city';
comment on column mart.indicator_value.indicator_code is '指标代码，同 metrics.md（clearance_rate 等） / Indicator code as in metrics.md (clearance_rate, …)';
comment on column mart.indicator_value.indicator_name is '指标名称（结收比等） / Chinese indicator name (结收比, …)';
comment on column mart.indicator_value.indicator_group is '指标类别：trial 审判、execution 执行、mediation 诉前调解 / Group: trial (审判), execution (执行) or mediation (诉前调解)';
comment on column mart.indicator_value.unit is '单位：count 件、percent 百分比、days 天、per_10k 每万人 / Unit: count, percent, days or per_10k';
comment on column mart.indicator_value.numerator is '分子精确值（件数指标即件数） / Exact numerator (for counts, the count)';
comment on column mart.indicator_value.denominator is '分母精确值；万人起诉率为常住人口；件数指标为空 / Exact denominator; population for 万人起诉率; null for counts';
comment on column mart.indicator_value.value is '指标值，按 decimals 位小数四舍五入；分母为0或数据不全时为空 / Value rounded half-up to decimals places; null when the denominator is 0 or data are missing';
comment on column mart.indicator_value.value_exact is '未经舍入的指标值 / Unrounded value';
comment on column mart.indicator_value.rank is '在基层法院中的排名（1为最好，并列同名次、其后名次顺延）；不排名时为空 / Rank among the basic courts (1 = best; ties share a rank and the next is skipped); null where unranked';
comment on column mart.indicator_value.ranked_courts is '参加该指标该窗口排名的法院数 / Number of courts ranked on this indicator and window';
comment on column mart.indicator_value.reporting_courts is '指标值所依据的已报送法院数：单个法院为1（未报送为0，指标值为空）；全市为已报送法院数（15家均报送才有值） / Courts whose published data the value rests on: 1 for a court (0 when its delivery is missing: value null), the number of courts that reported for 全市 (its value is null unless all 15 did)';
comment on column mart.indicator_value.yoy_change is '同比：与上年同月相比的变化，保留与指标值相同的小数位（比率为百分点差；万人起诉率为每万人件数之差；件数和天数为增减百分比）；上年同月无值或按不同口径计算时为空 / 同比: change from the same month a year earlier, with the value''s decimals (percentage points for rates; per 10 000 residents for per-10 000 figures; percent change for counts and days); null without last year''s value or when it was computed under another definition';
comment on column mart.indicator_value.decimals is '展示的小数位数（指标目录规定） / Decimals the value and 同比 are shown with (from the catalogue)';
comment on column mart.indicator_value.coverage is '覆盖率（%）：指标所需可选字段（审限届满日期/是否超审限、开庭次数、被执行人类型、执行依据）已填写的案件占口径内案件的比例；不需要可选字段的指标为100；口径内无案件时为空 / Coverage (%): share of the scope''s cases where the optional field the indicator needs was known; 100 for indicators that need none; null when the scope has no case';
comment on column mart.indicator_value.coverage_low is '覆盖率低于90%：该值只反映部分案件，引用时须注明 / Coverage under 90%: the value rests on part of the cases only and must be quoted as such';
comment on column mart.indicator_value.meets_standard is '是否达到省定区间参考值；无参考值时为空 / Whether the value is within the provincial standard (区间参考值); null where none applies';
comment on column mart.indicator_value.standard_lower is '当时有效的参考值下限（如有） / Lower bound of the standard in force, if any';
comment on column mart.indicator_value.standard_upper is '当时有效的参考值上限（如有） / Upper bound of the standard in force, if any';
comment on column mart.indicator_value.direction is '指标方向：up 越高越好；down 越低越好；target 达到目标值即为最优 / up: higher is better; down: lower is better; target: at or above the target is best';
comment on column mart.indicator_value.display_order is '报表中指标在本类别内的顺序 / Order of the indicator within its group in reports';
comment on column mart.indicator_value.computed_at is '该月指标最近一次计算的时间 / When the period''s indicators were last computed';

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

comment on view mart.delivery_status is '粒度：收到的每份报送文件一行（各版本均保留）：状态（已发布、待审核、拒收、驳回、已被替换，或导入中）、行数，拒收时的原因 / Grain: one row per delivery file received (every version kept): its status (published, held, refused, rejected, superseded, or registered while loading), row counts and, when refused, why.';
comment on column mart.delivery_status.period is '统计月份，YYYY-MM（文件所在的收件目录） / Reporting month, YYYY-MM (the inbox folder the file came from)';
comment on column mart.delivery_status.court_name is '法院名称 / Court name';
comment on column mart.delivery_status.file_name is '法院报送时的文件名（相对于该月收件目录） / File name as the court sent it (relative to the month''s inbox folder)';
comment on column mart.delivery_status.sha256 is '文件内容的 SHA-256，存档按此保存原文件 / SHA-256 of the file''s bytes; the archive keeps the bytes under it';
comment on column mart.delivery_status.rows_loaded is '接收的行数（拒收文件为本可接收的行数） / Rows accepted (for a refused delivery: those that would have been)';
comment on column mart.delivery_status.rows_rejected is '被拒收的行数（见 mart.rejected_row） / Rows rejected (see mart.rejected_row)';
comment on column mart.delivery_status.refusal_code is '整份文件被拒收的原因代码（UNREADABLE_FILE、NO_HEADER、MISSING_COLUMN、DUPLICATE_COLUMN、NO_DATA_ROWS、UNKNOWN_COURT、COURT_MISMATCH、PERIOD_MISMATCH、DUPLICATE_DELIVERY、TOO_MANY_REJECTED） / Why the whole file was refused (UNREADABLE_FILE, NO_HEADER, MISSING_COLUMN, DUPLICATE_COLUMN, NO_DATA_ROWS, UNKNOWN_COURT, COURT_MISMATCH, PERIOD_MISMATCH, DUPLICATE_DELIVERY, TOO_MANY_REJECTED)';
comment on column mart.delivery_status.file_format is '按文件内容识别的真实格式 / What the file really is, from its bytes';
comment on column mart.delivery_status.sheet_name is '读取的工作表（CSV 为不含扩展名的文件名） / The sheet read (for a CSV, the file name without extension)';
comment on column mart.delivery_status.header_row is '表头（上行）在 Excel 中的行号 / Excel row of the (upper) header row';
comment on column mart.delivery_status.registered_at is '导入登记该文件的时间 / When the file was registered by an import';
comment on column mart.delivery_status.delivery_id is '报送编号（staging.delivery），与 mart.row_issue 关联 / Identifies the delivery (staging.delivery); joins mart.row_issue';
comment on column mart.delivery_status.status is '状态：published 已发布（现行数据）；held 待审核（已入库未发布，沿用此前数据，见 mart.review_finding）；refused 拒收（沿用此前数据）；rejected 审核后驳回；superseded 已被后来的文件替换；registered 导入中；abandoned 所在导入失败并已由其他文件的导入取代 / published: the slice in force; held: loaded but kept unpublished for review, the earlier slice stays (see mart.review_finding); refused: not loaded, the earlier slice stays; rejected: held, then discarded by the statistician; superseded: replaced by a later delivery; registered: being loaded; abandoned: its run failed and a later run with other files took its place';
comment on column mart.delivery_status.court_code is '由案号判定的法院代字；无法判定时为空 / Court from the case numbers; null when it could not be determined';
comment on column mart.delivery_status.feed is '报表类别：trial 审判、execution 执行、mediation 诉前调解；无法识别时为空 / trial, execution or mediation; null when not recognised';
comment on column mart.delivery_status.rows_read is '表头以下的非空行数 = 接收 + 拒收 + 跳过 / Non-blank rows below the header = loaded + rejected + skipped';
comment on column mart.delivery_status.rows_skipped is '跳过的行：合计行、说明行，以及本年1月1日前已结的案件 / Totals and notes rows, and cases closed before 1 January of the year';
comment on column mart.delivery_status.rows_warned is '接收但有警告的行数（见 mart.row_warning） / Loaded rows carrying a warning (see mart.row_warning)';
comment on column mart.delivery_status.refusal_reason is '整份文件被拒收的原因（中文说明） / Why the whole file was refused, in Chinese';
comment on column mart.delivery_status.unknown_columns is '不属于该报表的列（已忽略） / Column headers not part of the feed (ignored)';
comment on column mart.delivery_status.ignored_sheets is '未读取的工作表 / Sheets not read';
comment on column mart.delivery_status.loaded_at is '数据行读取完毕的时间 / When its rows finished loading';

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

comment on view mart.row_issue is '粒度：所收文件中每个数据行问题一行：错误（该行被拒收）和警告（该行已接收）；row_number 为法院在 Excel 中看到的行号 / Grain: one row per problem found in a data row of any delivery received: errors (the row was rejected) and warnings (the row was kept). row_number is the row as the court sees it in Excel.';
comment on column mart.row_issue.period is '统计月份，YYYY-MM / Reporting month, YYYY-MM';
comment on column mart.row_issue.court_code is '报送法院的法院代字 / Court of the delivery';
comment on column mart.row_issue.feed is '报表类别：trial 审判、execution 执行、mediation 诉前调解 / trial, execution or mediation';
comment on column mart.row_issue.file_name is '该行所在的文件 / File the row came from';
comment on column mart.row_issue.row_number is '法院在 Excel 中看到的行号（CSV 为记录序号） / Row number as the court sees it in Excel (for CSV, the record''s position)';
comment on column mart.row_issue.delivery_id is '报送编号（见 mart.delivery_status） / Identifies the delivery (mart.delivery_status)';
comment on column mart.row_issue.sheet is '工作表名；CSV 或文本文件为不含扩展名的文件名 / Sheet name; for a CSV or text file, the file name without its extension';
comment on column mart.row_issue.field is '字段名（case_no、filed_on 等）；整行的问题为空 / Canonical field name (case_no, filed_on, …); null for a problem of the whole row';
comment on column mart.row_issue.header is '文件中该列的表头原文 / The column header as written in the file';
comment on column mart.row_issue.raw_value is '法院填写的单元格原文 / The cell as the court wrote it';
comment on column mart.row_issue.reason_code is '原因代码（中文名称见 mart.data_quality_reason）。错误：BAD_CASE_NO、WRONG_COURT、WRONG_FEED、MISSING_VALUE、BAD_DATE、CLOSED_BEFORE_FILED、AFTER_PERIOD、BAD_AMOUNT、NEGATIVE_AMOUNT、UNKNOWN_DISPOSITION、BAD_VALUE、DUPLICATE_CASE_NO、DUPLICATE_KEY、NOT_A_TRIAL_CASE；警告：RECOVERED_EXCEEDS_APPLIED、UNKNOWN_TYPE_CODE、OLD_FORMAT_CASE_NO、NO_ORIGINAL_CASE_NO / Errors: BAD_CASE_NO, WRONG_COURT, WRONG_FEED, MISSING_VALUE, BAD_DATE, CLOSED_BEFORE_FILED, AFTER_PERIOD, BAD_AMOUNT, NEGATIVE_AMOUNT, UNKNOWN_DISPOSITION, BAD_VALUE, DUPLICATE_CASE_NO, DUPLICATE_KEY, NOT_A_TRIAL_CASE. Warnings: RECOVERED_EXCEEDS_APPLIED, UNKNOWN_TYPE_CODE, OLD_FORMAT_CASE_NO, NO_ORIGINAL_CASE_NO';
comment on column mart.row_issue.severity is 'error 错误：该行被拒收；warning 警告：该行已接收 / error: the row was rejected; warning: the row was kept';
comment on column mart.row_issue.message is '中文说明：位置、问题和更正方法 / Plain-language Chinese message: where, what and what to fix';
comment on column mart.row_issue.case_no is '能读出时为该行的案号 / The row''s case number when it could be read';
comment on column mart.row_issue.delivery_status is '该行所在文件的状态（published、refused、superseded） / Status of the delivery the row came from (published, refused, superseded)';

create view mart.rejected_row as
select period, court_code, feed, file_name, sheet, row_number, field, header, raw_value, reason_code, message,
       case_no, delivery_status, delivery_id
from mart.row_issue
where severity = 'error';

comment on view mart.rejected_row is '粒度：所收各文件中每个导致数据行被拒收的问题一行（一行有两个问题则出现两次）；各列同 mart.row_issue / Grain: one row per problem that rejected a data row (a row with two problems appears twice), for every delivery received; the columns are those of mart.row_issue.';

create view mart.row_warning as
select period, court_code, feed, file_name, sheet, row_number, field, header, raw_value, reason_code, message,
       case_no, delivery_status, delivery_id
from mart.row_issue
where severity = 'warning';

comment on view mart.row_warning is '粒度：已接收行上的每条警告一行（RECOVERED_EXCEEDS_APPLIED、UNKNOWN_TYPE_CODE、OLD_FORMAT_CASE_NO、NO_ORIGINAL_CASE_NO）；各列同 mart.row_issue / Grain: one row per warning on a kept row (RECOVERED_EXCEEDS_APPLIED, UNKNOWN_TYPE_CODE, OLD_FORMAT_CASE_NO, NO_ORIGINAL_CASE_NO); the columns are those of mart.row_issue.';

-- The two filtered views have row_issue's columns, described once above.
do $$
declare
    described record;
begin
    for described in
        select v.view_name, a.attname as column_name, col_description(a.attrelid, a.attnum) as description
        from pg_attribute a
        cross join (values ('rejected_row'), ('row_warning')) as v(view_name)
        where a.attrelid = 'mart.row_issue'::regclass and a.attnum > 0 and not a.attisdropped
          and exists (select 1 from information_schema.columns c
                      where c.table_schema = 'mart' and c.table_name = v.view_name and c.column_name = a.attname)
    loop
        execute format('comment on column mart.%I.%I is %L', described.view_name, described.column_name,
                       described.description);
    end loop;
end;
$$;
