-- The mart's views beside the facts of R__mart_facts.sql: dimensions (courts, the indicator
-- catalogue), a court's trend across months, and data quality. The court × indicator wide table
-- follows the catalogue and is made by R__indicator_catalogue_wide_view.sql.
-- docs/mart.md lists every view with its grain and columns.
--
-- These views read tables only, never another file's views: Flyway re-applies only the repeatable
-- migration whose checksum changed, and R__mart_facts.sql drops its views to recreate them, which a
-- view here depending on them would forbid. Where a rule of mart.indicator_value is needed again
-- (rounding, 同比), MartViewsIT checks that both give the same numbers.

drop view if exists mart.data_quality;
drop view if exists mart.data_quality_reason;
drop view if exists mart.indicator_trend;
drop view if exists mart.indicator_catalogue;
drop view if exists mart.court;

create view mart.court as
with courts as (
    select court_code, court_name, short_name, aliases, court_level, population
    from core.court
),

final as (
    select court_code,
           court_name,
           short_name,
           court_level,
           case court_level when 'intermediate' then '中级法院' else '基层法院' end as court_level_name,
           population,
           -- The names a user may give for the court, exactly as the command line's --court takes them
           -- (ReferenceData.courtNamed): the BI queries' court parameter matches any of them.
           array[court_code, court_name, short_name] || aliases as names
    from courts
)

select * from final;

comment on view mart.court is '粒度：本市每个法院一行（法院代字），供 BI 工具作筛选维度；全市不在其中 / Grain: one row per court of the city (法院代字), a dimension for BI filters; 全市 is not one of them.';
comment on column mart.court.court_code is '法院代字，如 豫1302 / Court code as in case numbers, e.g. 豫1302';
comment on column mart.court.court_name is '法院全称 / Full court name';
comment on column mart.court.short_name is '法院简称，如 宛城区法院 / Short name, e.g. 宛城区法院';
comment on column mart.court.court_level is 'intermediate 中级法院（豫13）或 basic 基层法院；排名只比较基层法院 / intermediate (豫13) or basic; rankings compare the basic courts only';
comment on column mart.court.court_level_name is '法院层级的中文名称：中级法院、基层法院 / Court level in Chinese';
comment on column mart.court.population is '辖区常住人口（第七次人口普查），万人起诉率的分母；中院为全市人口 / Resident population (2020 census), denominator of 万人起诉率; the intermediate court''s is the whole city''s';
comment on column mart.court.names is '该法院可用的全部名称：法院代字、全称、简称和别名（如 豫1302、南阳市宛城区人民法院、宛城区法院、宛城）；命令行的 --court 和 sql/bi 查询的 court 参数都按这些名称识别法院 / Every name the court goes by: code, full name, short name and aliases (豫1302, 南阳市宛城区人民法院, 宛城区法院, 宛城); the command line''s --court and the court parameter of the sql/bi queries both know a court by these';

create view mart.indicator_catalogue as
with indicators as (
    select indicator_code, indicator_name, indicator_group, display_order, unit, denominator_basis, scale,
           direction, target, ranked, decimals, basic_courts_only, definition
    from core.indicator
),

feeds as (
    select feed_code, feed_name
    from core.feed
),

terms as (
    select t.indicator_code,
           t.part,
           regexp_replace(string_agg(case when t.sign < 0 then '− ' else '+ ' end || m.measure_name, ' '
                                     order by t.sign desc, m.measure_code), '^\+ ', '') as formula
    from core.indicator_term t
    join core.measure m on m.measure_code = t.measure_code
    group by t.indicator_code, t.part
),

final as (
    select i.indicator_code,
           i.indicator_name,
           i.indicator_group,
           g.feed_name as group_name,
           i.display_order,
           i.unit,
           case i.unit when 'count' then '件' when 'percent' then '%' when 'days' then '天' else '件/万人' end as unit_name,
           i.direction,
           case i.direction when 'up' then '越高越好' when 'down' then '越低越好'
                            when 'target' then '达到' || i.target || '%即为最优' end as direction_name,
           i.ranked,
           i.decimals,
           i.basic_courts_only,
           n.formula as numerator,
           case i.denominator_basis when 'population' then '常住人口（全市以全市人口计）' else d.formula end as denominator,
           i.scale,
           i.definition
    from indicators i
    join feeds g on g.feed_code = i.indicator_group
    left join terms n on n.indicator_code = i.indicator_code and n.part = 'numerator'
    left join terms d on d.indicator_code = i.indicator_code and d.part = 'denominator'
)

select * from final;

comment on view mart.indicator_catalogue is '粒度：每个指标一行：名称、类别、单位、方向、是否排名、分子分母的构成和中文口径；指标口径是数据，修改后重新计算即生效 / Grain: one row per indicator of the catalogue: name, group, unit, direction, whether ranked, how numerator and denominator are formed, and its definition in Chinese. Definitions are data: a change takes effect with a recompute.';
comment on column mart.indicator_catalogue.indicator_code is '指标代码，同 mart.indicator_value / Indicator code, as in mart.indicator_value';
comment on column mart.indicator_catalogue.indicator_name is '指标名称 / Chinese indicator name';
comment on column mart.indicator_catalogue.indicator_group is '指标类别代码：trial、execution、mediation / Group code: trial, execution, mediation';
comment on column mart.indicator_catalogue.group_name is '指标类别：审判、执行、诉前调解 / Group in Chinese: 审判, 执行, 诉前调解';
comment on column mart.indicator_catalogue.display_order is '报表中指标在本类别内的顺序 / Order of the indicator within its group in reports';
comment on column mart.indicator_catalogue.unit is '单位代码：count、percent、days、per_10k / Unit code: count, percent, days, per_10k';
comment on column mart.indicator_catalogue.unit_name is '单位：件、%、天、件/万人 / Unit as shown: 件, %, 天, 件/万人';
comment on column mart.indicator_catalogue.direction is '方向：up 越高越好，down 越低越好，target 达到目标值即为最优；件数指标为空 / up: higher is better, down: lower is better, target: at or above the target is best; null for counts';
comment on column mart.indicator_catalogue.direction_name is '方向的中文说明 / Direction in Chinese';
comment on column mart.indicator_catalogue.ranked is '是否对14家基层法院排名 / Whether the 14 basic courts are ranked on it';
comment on column mart.indicator_catalogue.decimals is '展示的小数位数：通常2位，改判率、发回重审率、申诉申请再审率3位，件数0位 / Decimals the value and its 同比 are shown with: 2 as a rule, 3 for the reversal, remand and retrial application rates, 0 for counts';
comment on column mart.indicator_catalogue.basic_courts_only is '是否只有基层法院有值（按原审案号归属的一审上诉率、服判息诉率、改判率、发回重审率、申诉申请再审率：中院的一审裁判由省高院审查，其案件不报送），全市为基层法院合计 / Whether only the basic courts have a value (the five ratios attributed through 原审案号: the intermediate court''s first-instance judgments go to the provincial court, whose cases are not delivered); 全市 then sums the basic courts';
comment on column mart.indicator_catalogue.numerator is '分子由哪些计数相加减而成 / The counts or sums added (and subtracted) to form the numerator';
comment on column mart.indicator_catalogue.denominator is '分母由哪些计数相加减而成；件数指标为空 / The counts or sums forming the denominator; null for counts';
comment on column mart.indicator_catalogue.scale is '乘数：百分比为100，万人指标为10000 / Multiplier: 100 for percentages, 10000 for per 10 000';
comment on column mart.indicator_catalogue.definition is '指标口径的中文说明 / The definition in plain Chinese';

-- 环比 and 同比 follow mart.indicator_value's rule for 同比: a difference in percentage points for
-- rates, in the indicator's own unit for per-10 000 figures, a percent change for counts and days
-- (null from a zero); 同比 only between values of the same definition.
create view mart.indicator_trend as
with results as (
    select r.period,
           r.time_window,
           r.court_code,
           r.indicator_code,
           r.value,
           i.indicator_name,
           i.indicator_group,
           i.unit,
           i.decimals,
           r.definition_hash,
           i.display_order,
           -- The year to date starts again in January: December's is not the month before.
           r.time_window = 'month' or extract(month from r.period) > 1 as has_previous_month
    from mart.indicator_result r
    join core.indicator i on i.indicator_code = r.indicator_code
),

compared as (
    select r.*,
           previous.value as previous_value,
           last_year.value as last_year_value,
           last_year.definition_hash is not distinct from r.definition_hash as last_year_comparable
    from results r
    left join mart.indicator_result previous
           on r.has_previous_month
          and previous.period = (r.period - interval '1 month')::date
          and previous.time_window = r.time_window
          and previous.court_code = r.court_code
          and previous.indicator_code = r.indicator_code
    left join mart.indicator_result last_year
           on last_year.period = (r.period - interval '1 year')::date
          and last_year.time_window = r.time_window
          and last_year.court_code = r.court_code
          and last_year.indicator_code = r.indicator_code
),

final as (
    select to_char(k.period, 'YYYY-MM') as period,
           k.time_window,
           k.court_code,
           coalesce(c.court_name, '全市法院') as court_name,
           k.indicator_code,
           k.indicator_name,
           k.indicator_group,
           k.unit,
           core.displayed(k.value, k.decimals) as value,
           case when k.has_previous_month then to_char(k.period - interval '1 month', 'YYYY-MM') end as previous_period,
           core.displayed(k.previous_value, k.decimals) as previous_value,
           core.change_from(k.value, k.previous_value, k.unit, k.decimals) as mom_change,
           to_char(k.period - interval '1 year', 'YYYY-MM') as last_year_period,
           core.displayed(k.last_year_value, k.decimals) as last_year_value,
           case when k.last_year_comparable then core.change_from(k.value, k.last_year_value, k.unit, k.decimals) end as yoy_change,
           k.display_order
    from compared k
    left join core.court c on c.court_code = k.court_code
)

select * from final;

comment on view mart.indicator_trend is '粒度：每个统计月份、统计窗口、法院（含 全市）和指标一行，附上月值与环比、去年同月值与同比，用于画一个法院各月的走势；比率的变化为百分点差，万人指标为每万人件数之差，件数和天数为增减百分比 / Grain: one row per period, window, court (全市 included) and indicator, with the previous month''s value and change (环比) and last year''s value and change (同比), for plotting a court across months. Changes of rates are in percentage points, of per-10 000 figures in their own unit, of counts and days in percent.';
comment on column mart.indicator_trend.period is '统计月份，YYYY-MM / Reporting month, YYYY-MM';
comment on column mart.indicator_trend.time_window is '统计窗口：month 本月；ytd 截至本月 / month: the reporting month; ytd: 1 January to the month''s end';
comment on column mart.indicator_trend.court_code is '法院代字，全市为 全市 / Court code, or 全市 for the whole city';
comment on column mart.indicator_trend.court_name is '法院名称，全市为 全市法院 / Court name; 全市法院 for the city';
comment on column mart.indicator_trend.indicator_code is '指标代码 / Indicator code';
comment on column mart.indicator_trend.indicator_name is '指标名称 / Chinese indicator name';
comment on column mart.indicator_trend.indicator_group is '指标类别：trial 审判、execution 执行、mediation 诉前调解 / Group: trial, execution or mediation';
comment on column mart.indicator_trend.unit is '单位：count、percent、days、per_10k / Unit: count, percent, days or per_10k';
comment on column mart.indicator_trend.value is '本期指标值（同 mart.indicator_value.value） / Value of the period (as mart.indicator_value.value)';
comment on column mart.indicator_trend.previous_period is '上月，YYYY-MM；截至本月窗口在1月没有上月（累计从1月重新开始） / The month before, YYYY-MM; null for the year to date in January, which starts afresh';
comment on column mart.indicator_trend.previous_value is '上月同一窗口的指标值；上月未计算时为空 / Value of the month before, same window; null when that month was not computed';
comment on column mart.indicator_trend.mom_change is '环比：与上月相比的变化（比率为百分点差，万人指标为每万人件数之差，件数和天数为增减百分比） / Change from the month before (percentage points for rates, per 10 000 residents for per-10 000 figures, percent for counts and days)';
comment on column mart.indicator_trend.last_year_period is '上年同月，YYYY-MM / The same month a year earlier, YYYY-MM';
comment on column mart.indicator_trend.last_year_value is '上年同月同一窗口的指标值 / Value of the same month a year earlier, same window';
comment on column mart.indicator_trend.yoy_change is '同比，同 mart.indicator_value.yoy_change / Change from a year earlier, as mart.indicator_value.yoy_change';
comment on column mart.indicator_trend.display_order is '报表中指标在本类别内的顺序 / Order of the indicator within its group in reports';

-- A slice's data quality is that of its latest deliveries, as in the rejects command: every file
-- (published or refused) of the last import that received one for the court, month and feed. A
-- refused resend is what the court must act on, even while its earlier slice stays published.
create view mart.data_quality_reason as
with latest_deliveries as (
    select delivery_id, period, court_code, feed, status
    from (
        select d.*, d.job_instance_id = max(d.job_instance_id) over (partition by d.period, d.court_code, d.feed)
                    as of_latest_import
        from staging.delivery d
        where d.status in ('published', 'refused') and d.court_code is not null and d.feed is not null
    ) d
    where of_latest_import
),

feeds as (
    select feed_code, feed_name
    from core.feed
),

issues as (
    select d.period, d.court_code, d.feed, d.status as delivery_status, i.delivery_id, i.sheet_name, i.row_number,
           i.header, i.reason_code, i.severity, i.message
    from staging.row_issue i
    join latest_deliveries d on d.delivery_id = i.delivery_id
),

counted as (
    select period, court_code, feed, reason_code, severity,
           count(*) as problems,
           count(distinct (delivery_id, sheet_name, row_number)) as rows_affected,
           string_agg(distinct header, '、') as headers,
           (array_agg(message order by delivery_id, sheet_name, row_number))[1] as example_message,
           string_agg(distinct delivery_status, ', ') as delivery_status
    from issues
    group by period, court_code, feed, reason_code, severity
),

final as (
    select to_char(k.period, 'YYYY-MM') as period,
           k.court_code,
           c.court_name,
           k.feed,
           f.feed_name,
           k.reason_code,
           coalesce(r.title, k.reason_code) as reason_title,
           k.severity,
           k.problems,
           k.rows_affected,
           k.headers,
           k.example_message,
           r.fix,
           k.delivery_status
    from counted k
    join feeds f on f.feed_code = k.feed
    left join core.court c on c.court_code = k.court_code
    left join core.row_reason r on r.reason_code = k.reason_code
)

select * from final;

comment on view mart.data_quality_reason is '粒度：每个统计月份、法院、报表类别和原因代码一行，统计该法院该类报表最近一次报送文件（已发布或被拒收）中的行问题：错误（行被拒收）和警告（行已接收） / Grain: one row per period, court, feed and reason code, counting the row problems in the court''s latest deliveries of the feed (published or refused): errors (rows rejected) and warnings (rows kept).';
comment on column mart.data_quality_reason.period is '统计月份，YYYY-MM / Reporting month, YYYY-MM';
comment on column mart.data_quality_reason.court_code is '法院代字 / Court code';
comment on column mart.data_quality_reason.court_name is '法院名称 / Court name';
comment on column mart.data_quality_reason.feed is '报表类别代码：trial、execution、mediation / Feed code: trial, execution, mediation';
comment on column mart.data_quality_reason.feed_name is '报表类别：审判、执行、诉前调解 / Feed in Chinese: 审判, 执行, 诉前调解';
comment on column mart.data_quality_reason.reason_code is '原因代码（BAD_DATE 等） / Reason code (BAD_DATE, …)';
comment on column mart.data_quality_reason.reason_title is '原因的中文名称（日期格式错误等） / Reason in Chinese (日期格式错误, …)';
comment on column mart.data_quality_reason.severity is 'error 错误：行被拒收；warning 警告：行已接收 / error: rows rejected; warning: rows kept';
comment on column mart.data_quality_reason.problems is '问题个数（一行可有多个问题） / Number of problems (a row may have several)';
comment on column mart.data_quality_reason.rows_affected is '涉及的行数 / Number of rows with this problem';
comment on column mart.data_quality_reason.headers is '涉及的列（表头原文） / The columns concerned, as headed in the file';
comment on column mart.data_quality_reason.example_message is '第一处问题的中文说明，作为示例 / The first problem''s Chinese message, as an example';
comment on column mart.data_quality_reason.fix is '请法院如何更正 / What the court should do';
comment on column mart.data_quality_reason.delivery_status is '这些文件的状态：published 已发布、refused 拒收 / Status of the files concerned: published, refused';

create view mart.data_quality as
with periods as (
    select distinct period
    from staging.delivery
),

feeds as (
    select feed_code as feed, feed_name
    from core.feed
),

slices as (
    select p.period, c.court_code, c.court_name, f.feed, f.feed_name
    from periods p
    cross join core.court c
    cross join feeds f
),

received as (
    select period, court_code, feed,
           count(*) as files_received
    from staging.delivery
    where court_code is not null and feed is not null
    group by period, court_code, feed
),

-- What is published is core.published_slice's to say; staging.delivery says each file's fate.
published as (
    select period, court_code, feed, true as delivered
    from core.published_slice
),

latest_deliveries as (
    select *
    from (
        select d.*, d.job_instance_id = max(d.job_instance_id) over (partition by d.period, d.court_code, d.feed)
                    as of_latest_import
        from staging.delivery d
        where d.status in ('published', 'refused') and d.court_code is not null and d.feed is not null
    ) d
    where of_latest_import
),

latest as (
    select period, court_code, feed,
           -- Two files of one import for a slice are both refused (DUPLICATE_DELIVERY), never one published.
           min(status) as status,
           string_agg(file_name, '；' order by delivery_id) as file_name,
           sum(rows_read)::integer as rows_read,
           sum(rows_loaded)::integer as rows_loaded,
           sum(rows_rejected)::integer as rows_rejected,
           sum(rows_skipped)::integer as rows_skipped,
           sum(rows_warned)::integer as rows_warned,
           string_agg(distinct refusal_code, ', ') as refusal_code,
           string_agg(refusal_reason, '；' order by delivery_id) as refusal_reason,
           max(loaded_at) as loaded_at
    from latest_deliveries
    group by period, court_code, feed
),

in_force as (
    select period, court_code, feed, file_name, rows_read, rows_loaded
    from staging.delivery
    where status = 'published'
),

top_reasons as (
    select period, court_code, feed,
           string_agg(reason_code || ' ' || reason_title || ' ×' || problems, '；'
                      order by problems desc, reason_code) as top_reasons
    from (
        select q.*, row_number() over (partition by q.period, q.court_code, q.feed
                                       order by q.problems desc, q.reason_code) as place
        from mart.data_quality_reason q
        where q.severity = 'error'
    ) q
    where place <= 3
    group by period, court_code, feed
),

final as (
    select to_char(s.period, 'YYYY-MM') as period,
           s.court_code,
           s.court_name,
           s.feed,
           s.feed_name,
           coalesce(p.delivered, false) as delivered,
           coalesce(l.status, 'not_received') as status,
           case
               when l.status = 'published' then '已发布'
               when l.status = 'refused' and p.delivered then '拒收（沿用此前数据）'
               when l.status = 'refused' then '拒收'
               else '未报送'
           end as status_name,
           l.file_name,
           coalesce(r.files_received, 0) as files_received,
           l.rows_read,
           l.rows_loaded,
           l.rows_rejected,
           l.rows_skipped,
           l.rows_warned,
           round(l.rows_rejected * 100.0 / nullif(l.rows_loaded + l.rows_rejected, 0), 2) as rejected_rate,
           round(l.rows_warned * 100.0 / nullif(l.rows_loaded, 0), 2) as warned_rate,
           t.top_reasons,
           l.refusal_code,
           l.refusal_reason,
           l.loaded_at,
           f.file_name as published_file_name,
           f.rows_read as published_rows_read,
           f.rows_loaded as published_rows_loaded
    from slices s
    left join received r on r.period = s.period and r.court_code = s.court_code and r.feed = s.feed
    left join published p on p.period = s.period and p.court_code = s.court_code and p.feed = s.feed
    left join latest l on l.period = s.period and l.court_code = s.court_code and l.feed = s.feed
    left join in_force f on f.period = s.period and f.court_code = s.court_code and f.feed = s.feed
    left join top_reasons t
           on t.period = to_char(s.period, 'YYYY-MM') and t.court_code = s.court_code and t.feed = s.feed
)

select * from final;

comment on view mart.data_quality is '粒度：每个统计月份（收到过任何文件的月份）、本市每个法院和每类报表一行：是否已报送、最近一次报送的状态、行数、拒收率和主要拒收原因；法院或报表类别无法识别的文件只见于 mart.delivery_status / Grain: one row per period (any month a file was received for), court of the city and feed: whether a slice is published, the status, row counts, rejection rate and main reasons of the latest deliveries. A file whose court or feed could not be told is only in mart.delivery_status.';
comment on column mart.data_quality.period is '统计月份，YYYY-MM / Reporting month, YYYY-MM';
comment on column mart.data_quality.court_code is '法院代字 / Court code';
comment on column mart.data_quality.court_name is '法院名称 / Court name';
comment on column mart.data_quality.feed is '报表类别代码：trial、execution、mediation / Feed code: trial, execution, mediation';
comment on column mart.data_quality.feed_name is '报表类别：审判、执行、诉前调解 / Feed in Chinese: 审判, 执行, 诉前调解';
comment on column mart.data_quality.delivered is '是否有已发布的数据（指标据此计算） / Whether a published slice is in force (the indicators count it)';
comment on column mart.data_quality.status is '最近一次报送的状态：published 已发布、refused 拒收、not_received 未报送 / Status of the latest delivery: published, refused, not_received';
comment on column mart.data_quality.status_name is '状态的中文说明；拒收但此前已发布的，沿用此前数据 / Status in Chinese; a refused resend says the earlier slice stays';
comment on column mart.data_quality.file_name is '最近一次报送的文件名（同一次导入有多个文件时以“；”分隔） / File name of the latest delivery (several, separated by ；, when one import received more than one)';
comment on column mart.data_quality.files_received is '该法院该月该类报表收到的文件总数（含被替换和被拒收的版本） / Files received for the slice in all, superseded and refused versions included';
comment on column mart.data_quality.rows_read is '读取的行数 = 接收 + 拒收 + 跳过；未报送时为空 / Rows read = loaded + rejected + skipped; null when nothing was received';
comment on column mart.data_quality.rows_loaded is '接收的行数（拒收文件为本可接收的行数） / Rows accepted (for a refused file, those that would have been)';
comment on column mart.data_quality.rows_rejected is '被拒收的行数 / Rows rejected';
comment on column mart.data_quality.rows_skipped is '跳过的行数：合计行、说明行、本年以前已结案件 / Rows skipped: totals and notes, cases closed before the year';
comment on column mart.data_quality.rows_warned is '接收但有警告的行数 / Rows kept with a warning';
comment on column mart.data_quality.rejected_rate is '拒收率（%）= 拒收行数 /（接收 + 拒收）× 100，超过5%则整份文件拒收 / Rejected rows as a percentage of data rows (loaded + rejected); above 5 the whole file is refused';
comment on column mart.data_quality.warned_rate is '警告率（%）= 有警告的行数 / 接收行数 × 100 / Rows with a warning as a percentage of rows loaded';
comment on column mart.data_quality.top_reasons is '最主要的（至多3个）拒收原因及问题个数，如“BAD_DATE 日期格式错误 ×2”；明细见 mart.data_quality_reason / Up to three main reasons for rejected rows with their counts; details in mart.data_quality_reason';
comment on column mart.data_quality.refusal_code is '整份文件被拒收的原因代码 / Why the whole file was refused (code)';
comment on column mart.data_quality.refusal_reason is '整份文件被拒收的原因（中文说明） / Why the whole file was refused, in Chinese';
comment on column mart.data_quality.loaded_at is '最近一次报送读取完毕的时间 / When the latest delivery finished loading';
comment on column mart.data_quality.published_file_name is '指标所用的已发布文件；最近一次报送被拒收时，仍是此前发布的文件；未发布时为空 / The published file the indicators count; after a refused resend still the file published before; null when nothing is published';
comment on column mart.data_quality.published_rows_read is '已发布文件读取的行数（最近一次报送被拒收时，rows_read 是被拒收文件的行数，这里是仍在使用的文件的行数） / Rows read from the published file (after a refused resend rows_read is the refused file''s, this the file still in force)';
comment on column mart.data_quality.published_rows_loaded is '已发布文件入库的行数，即指标计入的行数 / Rows loaded from the published file: those the indicators count';

-- The display rules took the indicator's decimals in place of its unit (V11); the old signatures
-- are dropped here, once no view of either file uses them.
drop function if exists core.displayed(numeric, text);
drop function if exists core.change_from(numeric, numeric, text);
