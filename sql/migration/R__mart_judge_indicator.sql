-- Indicators per judge (绩效考核, issue 14 point 2): per court, 承办部门 and 承办人, the figures that
-- make sense for one judge. It names people, so it is read by courtstats_judge_reader and not by
-- courtstats_bi (whose default privileges on mart would give it every new view: revoked below, each
-- time the view is made). A view over the published cases rather than a table of the recompute: it
-- is asked for seldom, one court or judge at a time, and keeps the monthly computation as it was.
--
-- 改判 and 发回重审 are attributed to the judge of the 原审 case, found through 原审案号 among the
-- cases of the same period's published snapshot; an appeal whose 原审 case is not in the warehouse
-- (closed before this year, or of another city) is attributed to no judge.

-- NFKC folds what Chinese input methods and exports mix in: full-width letters, digits, brackets and
-- spaces become their half-width forms (and compatibility ideographs their unified ones); then every
-- white space goes (NFKC has made U+3000 and U+00A0 plain spaces). Used for 承办部门 and 承办人 here,
-- for the division slices and for matching 案由 against the cause groups.
create or replace function core.normalized_text(p_text text) returns text
language sql immutable parallel safe
as $$
    select nullif(regexp_replace(normalize(p_text, NFKC), '[[:space:]]+', '', 'g'), '')
$$;
comment on function core.normalized_text(text) is 'A name as courts write it, made comparable: Unicode NFKC (full-width letters, digits, brackets and spaces half-width), then no white space anywhere; null when nothing is left. 承办部门 民 一 庭 and 民一庭 are one division, 民１庭 and 民1庭 too.';

drop view if exists mart.judge_indicator;
create view mart.judge_indicator as
with windows as (
    select p.period,
           w.time_window,
           case w.time_window when 'month' then p.period else date_trunc('year', p.period)::date end as window_start,
           (p.period + interval '1 month' - interval '1 day')::date as window_end
    from (select distinct period from core.published_slice) p
    cross join (values ('month'), ('ytd')) as w (time_window)
),

cases as (
    select r.period, r.court_code, r.case_no, r.case_type_code, t.stage, r.filed_on, r.closed_on, r.disposition,
           r.deadline_on, r.overdue, r.original_case_no,
           coalesce(core.normalized_text(r.division), '（未填）') as division,
           coalesce(core.normalized_text(r.judge), '（未填）') as judge
    from core.case_record r
    left join core.case_type t on t.type_code = r.case_type_code
    where r.feed = 'trial' and r.case_type_code not in ('诉前调确', '诉前调书')
),

own as (
    select w.period, w.time_window, c.court_code, c.division, c.judge,
           count(*) filter (where c.filed_on between w.window_start and w.window_end) as received,
           count(*) filter (where c.closed_on between w.window_start and w.window_end) as closed,
           count(*) filter (where c.closed_on between w.window_start and w.window_end
                              and (c.deadline_on is not null or c.overdue is not null)) as limit_known,
           count(*) filter (where c.closed_on between w.window_start and w.window_end
                              and case when c.deadline_on is not null then c.closed_on <= c.deadline_on
                                       else not c.overdue end) as within_limit,
           sum(c.closed_on - c.filed_on) filter (where c.closed_on between w.window_start and w.window_end) as days,
           count(*) filter (where c.closed_on between w.window_start and w.window_end
                              and c.case_type_code = '民初') as civil_first_closed,
           count(*) filter (where c.closed_on between w.window_start and w.window_end
                              and c.case_type_code = '民初' and c.disposition in ('调解', '撤诉')) as mediated_or_withdrawn,
           count(*) filter (where c.closed_on between w.window_start and w.window_end
                              and c.stage = 'first_instance') as first_instance_closed
    from cases c
    join windows w on w.period = c.period
    group by w.period, w.time_window, c.court_code, c.division, c.judge
),

-- Second-instance cases closed in the window, each counted for the judge of its 原审 case.
reviewed as (
    select w.period, w.time_window, o.court_code, o.division, o.judge,
           count(*) filter (where a.disposition = '改判') as reversed,
           count(*) filter (where a.disposition = '发回重审') as remanded
    from cases a
    join windows w on w.period = a.period and a.closed_on between w.window_start and w.window_end
    join cases o on o.period = a.period and o.case_no = a.original_case_no
    where a.stage = 'second_instance'
    group by w.period, w.time_window, o.court_code, o.division, o.judge
),

final as (
    select to_char(s.period, 'YYYY-MM') as period,
           s.time_window,
           s.court_code,
           c.court_name,
           s.division,
           s.judge,
           s.received as trial_received,
           s.closed as trial_closed,
           round(100.0 * s.closed / nullif(s.received, 0), 2) as clearance_rate,
           round(100.0 * s.within_limit / nullif(s.limit_known, 0), 2) as within_limit_rate,
           round(1.0 * s.days / nullif(s.closed, 0), 2) as avg_trial_days,
           round(100.0 * s.mediated_or_withdrawn / nullif(s.civil_first_closed, 0), 2) as mediation_withdrawal_rate,
           s.first_instance_closed,
           coalesce(v.reversed, 0) as reversed,
           coalesce(v.remanded, 0) as remanded,
           round(100.0 * coalesce(v.reversed, 0) / nullif(s.first_instance_closed, 0), 3) as reversal_rate,
           round(100.0 * coalesce(v.remanded, 0) / nullif(s.first_instance_closed, 0), 3) as remand_rate
    from own s
    join core.court c on c.court_code = s.court_code
    left join reviewed v
           on v.period = s.period and v.time_window = s.time_window and v.court_code = s.court_code
          and v.division = s.division and v.judge = s.judge
)

select * from final;

revoke all on mart.judge_indicator from courtstats_bi;
grant select on mart.judge_indicator to courtstats_judge_reader;

comment on view mart.judge_indicator is '粒度：每个统计月份、统计窗口、法院、承办部门和承办人一行：适合考核单个法官的审判指标（结案、结收比、审限内结案率、平均审理天数、调撤率，以及按原审案号归属到原审承办人的改判、发回重审）；含个人姓名，只有 courtstats_judge_reader 组可读，courtstats_bi 不可读；原审案件不在数据仓库中的二审案件不归属任何法官 / Grain: one row per period, window, court, division (承办部门) and judge (承办人): the trial indicators that make sense for one judge (closed, clearance rate, within the time limit, average days, mediated or withdrawn, and reversals and remands attributed through 原审案号 to the judge of the original case). It names people: only courtstats_judge_reader may read it, courtstats_bi may not. An appeal whose original case is not in the warehouse is attributed to no judge.';
comment on column mart.judge_indicator.period is '统计月份，YYYY-MM / Reporting month, YYYY-MM';
comment on column mart.judge_indicator.time_window is '统计窗口：month 本月；ytd 截至本月 / month: the reporting month; ytd: 1 January to the month''s end';
comment on column mart.judge_indicator.court_code is '法院代字 / Court code (法院代字)';
comment on column mart.judge_indicator.court_name is '法院名称 / Court name';
comment on column mart.judge_indicator.division is '承办部门（去除空格、全角字母数字转半角；未填为“（未填）”） / Division as the court writes it, without spaces and with full-width letters and digits made half-width; （未填） when empty';
comment on column mart.judge_indicator.judge is '承办人（同样规范化；未填为“（未填）”） / Judge, normalised the same way; （未填） when empty';
comment on column mart.judge_indicator.trial_received is '新收（件） / Trial cases received';
comment on column mart.judge_indicator.trial_closed is '结案（件） / Trial cases closed';
comment on column mart.judge_indicator.clearance_rate is '结收比（%）：结案 / 新收 / Clearance rate (%): closed / received';
comment on column mart.judge_indicator.within_limit_rate is '法定审限内结案率（%），只计审限可判定的结案 / Closed within the legal time limit (%), over the closed cases whose limit is known';
comment on column mart.judge_indicator.avg_trial_days is '平均审理天数（天） / Average days to close';
comment on column mart.judge_indicator.mediation_withdrawal_rate is '调撤率（%）：民初调解、撤诉结案 / 民初结案 / Mediated or withdrawn civil first instance (%)';
comment on column mart.judge_indicator.first_instance_closed is '一审结案（件），改判率、发回重审率的分母 / First-instance cases closed, the denominator of the reversal and remand rates';
comment on column mart.judge_indicator.reversed is '本期二审改判、原审承办人为本人的案件数 / Appeals closed in the window by 改判 whose original case this judge heard';
comment on column mart.judge_indicator.remanded is '本期二审发回重审、原审承办人为本人的案件数 / Appeals closed in the window by 发回重审 whose original case this judge heard';
comment on column mart.judge_indicator.reversal_rate is '一审裁判被改判率（%）：reversed / first_instance_closed / Reversal rate (%)';
comment on column mart.judge_indicator.remand_rate is '一审裁判被发回重审率（%）：remanded / first_instance_closed / Remand rate (%)';
