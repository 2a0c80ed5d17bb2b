-- The review checks of a delivery before it is published (V20, issue #13), set-based.
--
-- core.review_delivery runs the checks that need only rows (continuity, resends, volume,
-- completeness) on an accepted delivery while its month is being published; the caller holds the
-- delivery when it returns 'hold'. core.review_indicator_values runs the outlier check on the
-- values the month's recomputation gave, and returns the deliveries an outlier holds. Both write
-- staging.review_finding and read their thresholds from core.review_check.
--
-- The history rules are robust: a figure is compared with the median of the court's earlier months
-- and the scale is 1.4826 × the median absolute deviation (MAD; the factor makes it the standard
-- deviation of normal data), so one odd month in the history does not hide the next. When the
-- history hardly varies (MAD 0), the scale is at least 5% of the median and at least one unit (a
-- case, or the last shown decimal of an indicator), so a court steady at 100% is not flagged for 99%.

create or replace function core.review_severity(p_check text, p_figure numeric) returns text
language sql stable as $$
    select case when c.hold_above is not null and p_figure > c.hold_above then 'hold'
                when c.warn_above is not null and p_figure > c.warn_above then 'warn' end
    from core.review_check c
    where c.check_code = p_check
$$;
comment on function core.review_severity(text, numeric) is 'The severity of a finding of the check with this figure: hold, warn, or null (nothing to report), from core.review_check''s thresholds.';

create or replace function core.robust_deviation(p_value numeric, p_history numeric[], p_unit numeric,
                                                 out median numeric, out deviation numeric)
language sql immutable as $$
    with history as (select unnest(p_history) as x),
    centre as (select percentile_cont(0.5) within group (order by x)::numeric as median from history),
    spread as (
        select percentile_cont(0.5) within group (order by abs(h.x - c.median))::numeric as mad
        from history h cross join centre c
    )
    select c.median,
           round(abs(p_value - c.median) / greatest(1.4826 * s.mad, 0.05 * abs(c.median), p_unit), 2)
    from centre c cross join spread s
$$;
comment on function core.robust_deviation(numeric, numeric[], numeric) is 'The median of a history and how far a value lies from it in robust standard deviations: |value − median| / max(1.4826 × MAD, 5% of the median, one unit).';

create or replace function core.delivery_volume(p_delivery_id bigint, p_period date,
                                                out received integer, out closed integer, out pending integer)
language sql stable as $$
    select count(*) filter (where filed_on >= p_period and filed_on < (p_period + interval '1 month')::date)::integer,
           count(*) filter (where closed_on >= p_period and closed_on < (p_period + interval '1 month')::date)::integer,
           count(*) filter (where closed_on is null or closed_on >= (p_period + interval '1 month')::date)::integer
    from core.case_row
    where delivery_id = p_delivery_id
$$;
comment on function core.delivery_volume(bigint, date) is 'Of a delivery''s rows: the cases received and closed in the month, and pending at its end.';

create or replace function core.review_delivery(p_delivery_id bigint, p_optional_columns text[]) returns text
language plpgsql as $$
declare
    d                 staging.delivery%rowtype;
    v_previous_period date;
    v_previous        bigint;
    v_replaced        bigint;
    v_cases           integer;
    v_old_cases       integer;
    v_column          text;
    v_header          text;
    v_coverage        text;
    v_here_all        jsonb;
    v_there_all       jsonb;
    v_here            numeric;
    v_there           numeric;
    v_severity        text;
    v_month           text;
    v_previous_month  text;
    v_check           core.review_check%rowtype;
    v_key             text;
begin
    select * into d from staging.delivery where delivery_id = p_delivery_id;
    -- What identifies a row: its 案号, or the key of a register keyed otherwise (申请编号, in extra;
    -- a rejected row's key is its row_issue.case_no), V42.
    select coalesce(key_field, 'case_no') into v_key from core.feed where feed_code = d.feed;
    delete from staging.review_finding where delivery_id = p_delivery_id;
    v_previous_period := (d.period - interval '1 month')::date;
    v_month := to_char(d.period, 'YYYY-MM');
    v_previous_month := to_char(v_previous_period, 'YYYY-MM');
    select delivery_id into v_previous from core.published_slice
    where period = v_previous_period and court_code = d.court_code and feed = d.feed;
    select delivery_id into v_replaced from core.published_slice
    where period = d.period and court_code = d.court_code and feed = d.feed;
    select count(*) into v_cases from core.case_row where delivery_id = p_delivery_id;

    -- Continuity: a year-to-date snapshot holds every case pending at the previous month's end, and
    -- every case filed before this month was in the previous snapshot. A rejected row still counts
    -- as sent (its 案号 is on record): the rejects list already tells the court about it.
    if v_previous is not null then
        with keyed as not materialized (
            select r.delivery_id, r.filed_on, r.closed_on,
                   case when v_key = 'case_no' then r.case_no else r.extra ->> v_key end as case_no
            from core.case_row r
            where r.delivery_id in (p_delivery_id, v_previous)
        ),
        here as (
            select case_no from keyed where delivery_id = p_delivery_id
            union
            select case_no from staging.row_issue where delivery_id = p_delivery_id and case_no is not null
        ),
        there as (
            select case_no from keyed where delivery_id = v_previous
            union
            select case_no from staging.row_issue where delivery_id = v_previous and case_no is not null
        ),
        pending_missing as (
            select r.case_no, '上月末未结，本文件中没有' as note
            from keyed r
            where r.delivery_id = v_previous
              and (r.closed_on is null or r.closed_on >= d.period)
              and not exists (select 1 from here h where h.case_no = r.case_no)
        ),
        earlier_unseen as (
            select r.case_no, to_char(r.filed_on, 'YYYY-MM-DD') || '立案，上月报表中没有' as note
            from keyed r
            where r.delivery_id = p_delivery_id
              and r.filed_on < d.period
              and not exists (select 1 from there t where t.case_no = r.case_no)
        ),
        breaks as (
            select case_no, note, 1 as missing from pending_missing
            union all
            select case_no, note, 0 from earlier_unseen
        ),
        summary as (
            select count(*)::integer as case_count,
                   sum(missing)::integer as missing,
                   round(count(*) * 100.0 / greatest(v_cases, 1), 2) as figure,
                   jsonb_agg(jsonb_build_object('case_no', case_no, 'note', note) order by missing desc, case_no) as cases
            from breaks
            having count(*) > 0
        )
        insert into staging.review_finding (delivery_id, compared_delivery_id, check_code, severity, figure, expected,
                                            found, message, case_count, cases)
        select p_delivery_id, v_previous, 'continuity', core.review_severity('continuity', s.figure), s.figure,
               '上月（' || v_previous_month || '）末未结的案件都在本文件中（已结或未结），本月之前立案的案件都见于上月报表',
               s.missing || '件上月末未结的案件本文件中没有，' || (s.case_count - s.missing)
                   || '件本月之前立案的案件上月报表中没有，合计占本文件' || v_cases || '件的' || s.figure || '%',
               '本文件与本院' || v_previous_month || '已发布的数据衔接不上：' || s.case_count
                   || '件案件对不上。请与法院逐件核对：是否漏报或多报、案号是否改写、立案日期是否填错，或上月报表本身有误。',
               s.case_count, s.cases
        from summary s
        where core.review_severity('continuity', s.figure) is not null;
    end if;

    -- A resend replaces the slice published for the month: a large change in its number of cases is
    -- more often a partial export than a correction.
    if v_replaced is not null then
        select count(*) into v_old_cases from core.case_row where delivery_id = v_replaced;
        if v_old_cases > v_cases then
            with lost as (
                select case when v_key = 'case_no' then r.case_no else r.extra ->> v_key end as case_no
                from core.case_row r
                where r.delivery_id = v_replaced
                  and not exists (select 1 from core.case_row n where n.delivery_id = p_delivery_id
                                  and (case when v_key = 'case_no' then n.case_no else n.extra ->> v_key end)
                                      = (case when v_key = 'case_no' then r.case_no else r.extra ->> v_key end))
            ),
            summary as (
                select round((v_old_cases - v_cases) * 100.0 / v_old_cases, 2) as figure,
                       count(*)::integer as case_count,
                       coalesce(jsonb_agg(jsonb_build_object('case_no', case_no, 'note', '已发布的数据中有，重报文件中没有')
                                          order by case_no), '[]') as cases
                from lost
            )
            insert into staging.review_finding (delivery_id, compared_delivery_id, check_code, severity, figure,
                                                expected, found, message, case_count, cases)
            select p_delivery_id, v_replaced, 'resend_shrink', core.review_severity('resend_shrink', s.figure), s.figure,
                   '与正在使用的' || v_month || '数据（' || v_old_cases || '件）大致相当',
                   v_cases || '件，少' || (v_old_cases - v_cases) || '件（' || s.figure || '%）',
                   '重报文件比正在使用的数据少了' || s.figure || '%的案件，常见原因是导出时设了筛选条件或只导出了部分月份。'
                       || '请与法院核对重报文件是否完整；确认无误再发布（publish），否则驳回（publish --reject）并请法院重新导出。',
                   s.case_count, s.cases
            from summary s
            where core.review_severity('resend_shrink', s.figure) is not null;
        elsif v_cases > v_old_cases then
            insert into staging.review_finding (delivery_id, compared_delivery_id, check_code, severity, figure,
                                                expected, found, message)
            select p_delivery_id, v_replaced, 'resend_growth', core.review_severity('resend_growth', f.figure), f.figure,
                   '与正在使用的' || v_month || '数据（' || v_old_cases || '件）大致相当',
                   v_cases || '件，多' || (v_cases - v_old_cases) || '件（' || f.figure || '%）',
                   '重报文件比正在使用的数据多了' || f.figure || '%的案件。请与法院核对是否混入了其他月份、其他法院或重复导出的案件。'
            from (select round((v_cases - v_old_cases) * 100.0 / v_old_cases, 2) as figure) f
            where core.review_severity('resend_growth', f.figure) is not null;
        end if;
    end if;

    -- Volume: received, closed and pending against the court's own earlier months of the same feed.
    select * into v_check from core.review_check where check_code = 'volume';
    with history as (
        select v.*
        from core.published_slice s
        cross join lateral core.delivery_volume(s.delivery_id, s.period) v
        where s.court_code = d.court_code and s.feed = d.feed
          and s.period < d.period
          and s.period >= (d.period - make_interval(months => v_check.history_months))::date
    ),
    this_month as (
        select * from core.delivery_volume(p_delivery_id, d.period)
    ),
    figures as (
        select f.subject, f.label, f.x, array_agg(f.past) as past, count(*) as months
        from history h
        cross join this_month t
        cross join lateral (values ('received', '收案', t.received, h.received::numeric),
                                   ('closed', '结案', t.closed, h.closed::numeric),
                                   ('pending', '月末未结', t.pending, h.pending::numeric)) as f(subject, label, x, past)
        group by f.subject, f.label, f.x
    ),
    judged as (
        select f.*, r.median, r.deviation, core.review_severity('volume', r.deviation) as severity
        from figures f cross join lateral core.robust_deviation(f.x, f.past, 1) r
        where f.months >= v_check.min_history_months
    )
    insert into staging.review_finding (delivery_id, check_code, subject, severity, figure, expected, found, message)
    select p_delivery_id, 'volume', j.subject, j.severity, j.deviation,
           '近' || j.months || '个月' || j.label || '数中位数' || round(j.median) || '件',
           v_month || j.label || j.x || '件（偏离' || j.deviation || '个稳健标准差）',
           '本月' || j.label || '数' || j.x || '件，与本院近' || j.months || '个月（中位数' || round(j.median)
               || '件）相差很大。请与法院核对导出范围（日期、案件类型、承办部门）是否与往月一致。'
    from judged j
    where j.severity is not null;

    -- Completeness: each optional field's share of rows with a value, against the previous month;
    -- every field's share in one pass over each delivery's rows.
    if v_previous is not null then
        v_coverage := format('select jsonb_build_object(%s) from core.case_row where delivery_id = $1',
                             (select string_agg(format('%L, count(%I) * 100.0 / nullif(count(*), 0)', c, c), ', ')
                              from unnest(p_optional_columns) as c));
        execute v_coverage into v_here_all using p_delivery_id;
        execute v_coverage into v_there_all using v_previous;
        foreach v_column in array p_optional_columns loop
            v_here := (v_here_all ->> v_column)::numeric;
            v_there := (v_there_all ->> v_column)::numeric;
            continue when v_here is null or v_there is null;
            v_severity := core.review_severity('completeness', round(v_there - v_here, 2));
            continue when v_severity is null;
            v_header := coalesce(d.column_headers ->> v_column,
                                 (select column_headers ->> v_column from staging.delivery where delivery_id = v_previous),
                                 v_column);
            insert into staging.review_finding (delivery_id, compared_delivery_id, check_code, subject, severity,
                                                figure, expected, found, message)
            values (p_delivery_id, v_previous, 'completeness', v_column, v_severity, round(v_there - v_here, 2),
                    '“' || v_header || '”填报率与上月（' || round(v_there, 1) || '%）相当',
                    '本月' || round(v_here, 1) || '%'
                        || case when d.column_headers ->> v_column is null then '（本文件没有这一列）' else '' end,
                    '“' || v_header || '”的填报率比上月下降了' || round(v_there - v_here, 1)
                        || '个百分点，依赖该字段的指标只能按已填的案件计算。请法院补填或确认导出模板没有变化。');
        end loop;
    end if;

    return (select case when bool_or(severity = 'hold') then 'hold' when count(*) > 0 then 'warn' end
            from staging.review_finding where delivery_id = p_delivery_id);
end;
$$;
comment on function core.review_delivery(bigint, text[]) is 'Runs the row-based review checks (continuity, resend_shrink, resend_growth, volume, completeness over the given optional columns) on an accepted delivery against the published data, writes staging.review_finding, and returns hold, warn or null.';

create or replace function core.review_indicator_values(p_period date, p_delivery_ids bigint[]) returns setof bigint
language plpgsql as $$
declare
    v_check core.review_check%rowtype;
begin
    select * into v_check from core.review_check where check_code = 'outlier';
    delete from staging.review_finding where delivery_id = any (p_delivery_ids) and check_code = 'outlier';
    insert into staging.review_finding (delivery_id, check_code, subject, severity, figure, expected, found, message)
    select j.delivery_id, 'outlier', j.indicator_code, j.severity, j.deviation,
           '近' || j.months || '个月中位数' || core.displayed(j.median, j.decimals),
           v_month_label || core.displayed(j.value, j.decimals) || '（偏离' || j.deviation || '个稳健标准差）',
           '本院本月“' || j.indicator_name || '”为' || core.displayed(j.value, j.decimals) || '，明显偏离本院近' || j.months
               || '个月的水平（中位数' || core.displayed(j.median, j.decimals) || '）。请用 explain 列出构成它的案件，'
               || '与法院核对结案方式、日期和原审案号是否填对。'
    from (
        select d.delivery_id, i.indicator_code, i.indicator_name, i.decimals, r.value, h.months,
               x.median, x.deviation, core.review_severity('outlier', x.deviation) as severity
        from staging.delivery d
        join core.indicator i on i.indicator_group = d.feed and i.unit <> 'count'
        join mart.indicator_result r on r.period = p_period and r.time_window = 'month'
                                    and r.court_code = d.court_code and r.indicator_code = i.indicator_code
        cross join lateral (
            select array_agg(p.value) as past, count(*) as months
            from mart.indicator_result p
            where p.indicator_code = i.indicator_code and p.court_code = d.court_code and p.time_window = 'month'
              and p.period < p_period
              and p.period >= (p_period - make_interval(months => v_check.history_months))::date
              and p.value is not null
        ) h
        cross join lateral core.robust_deviation(r.value, h.past, power(10::numeric, -i.decimals)) x
        where d.delivery_id = any (p_delivery_ids)
          and r.value is not null
          and h.months >= v_check.min_history_months
    ) j
    cross join (select to_char(p_period, 'YYYY-MM') as v_month_label) m
    where j.severity is not null;
    return query select distinct delivery_id from staging.review_finding
                 where delivery_id = any (p_delivery_ids) and check_code = 'outlier' and severity = 'hold';
end;
$$;
comment on function core.review_indicator_values(date, bigint[]) is 'Runs the outlier check on the month''s computed values of the courts of the given (just published) deliveries, each against the court''s own earlier months; writes staging.review_finding and returns the deliveries an outlier holds.';
