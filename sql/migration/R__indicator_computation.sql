-- The kept groups of every delivery (core.delivery_case_group, V46) are what this file's grouping
-- made of the cases: when the file changes, so may the grouping, and they are made again, delivery
-- by delivery, by the next computation of each month.
truncate core.delivery_case_group, core.grouped_delivery, core.named_case;

-- What a delivery's kept groups depend on besides its rows and its period: the rules of the 案由
-- groups (which set of groups a 案由 is in), the case types counted through 原审案号, and how a 承办部门
-- is normalised (core.normalized_text, defined with the judges' mart). Groups kept under another
-- fingerprint are made again.
create or replace function core.case_grouping_fingerprint() returns text
language sql stable
as $$
    select md5(concat_ws('|',
                         (select string_agg(concat_ws(':', r.group_name, r.match, r.pattern, r.also_contains), ';'
                                            order by r.group_name, r.match, r.pattern, r.also_contains)
                          from core.cause_group_rule r),
                         (select string_agg(distinct t, ',' order by t)
                          from core.measure m
                          cross join unnest(m.type_codes) as t
                          where m.attribution = 'original'),
                         (select md5(pg_get_functiondef(f))
                          from to_regprocedure('core.normalized_text(text)') as f)))
$$;

comment on function core.case_grouping_fingerprint() is 'Fingerprint of what the kept case groups of a delivery (core.delivery_case_group) depend on besides its rows and period: the 案由 groups'' rules, the case types counted through 原审案号 and core.normalized_text. Stored in core.grouped_delivery.grouped_by.';

-- The trial delivery each court of p_courts (the keys of core.grouped_delivery.named_trial_slices)
-- has published for the month now, 0 for none: a delivery of appeals whose 原审 cases were looked up
-- in other deliveries than these is grouped again.
create or replace function core.trial_slices_of(p_period date, p_courts jsonb) returns jsonb
language sql stable
as $$
    select jsonb_object_agg(c.court_code, coalesce(s.delivery_id, 0))
    from jsonb_object_keys(p_courts) as c (court_code)
    left join core.published_slice s on s.period = p_period and s.feed = 'trial' and s.court_code = c.court_code
$$;

comment on function core.trial_slices_of(date, jsonb) is 'The trial delivery each court named by the keys of p_courts has published for the month, 0 for none, as core.grouped_delivery.named_trial_slices records them: where they differ, the kept groups are out of date.';

-- What a value of an indicator depends on, as a fingerprint: its unit, how numerator and
-- denominator are formed, and every filter of their measures (not its names, decimals or
-- standards, which change how it is shown, not what it counts). A value keeps the fingerprint it
-- was computed under, so that 同比 compares like with like (metrics.md "同比").
create or replace function core.indicator_definition_hash(p_indicator_code text) returns text
language sql stable
as $$
    select md5(concat_ws('|', i.unit, i.denominator_basis, i.scale, i.times_window_days, i.city_court_code,
                         i.basic_courts_only,
                         (select string_agg(concat_ws(':', t.part, t.sign, m.measure_code, m.feed, m.type_codes,
                                                      m.excluded_type_codes, m.stages, m.event, m.attribution,
                                                      m.dispositions, m.respondent_types, m.basis_type_codes,
                                                      m.required_flags, m.aggregate, m.date_field, m.by_end_field,
                                                      m.within_from_field, m.within_to_field,
                                                      (select p.value from core.catalogue_parameter p
                                                       where p.parameter_code = m.within_days_parameter),
                                                      m.choice_field, m.choice_values),
                                            ';' order by t.part, t.measure_code)
                          from core.indicator_term t
                          join core.measure m on m.measure_code = t.measure_code
                          where t.indicator_code = i.indicator_code)))
    from core.indicator i
    where i.indicator_code = p_indicator_code
$$;

comment on function core.indicator_definition_hash(text) is 'Fingerprint of what an indicator''s value depends on (unit, formation, the filters of its measures), stored with each value in mart.indicator_result.definition_hash: 同比 compares values of the same definition only.';

-- Computes every indicator of core.indicator for one reporting period, per court and 全市, for the
-- month and the year to date, with rankings among the basic courts, and replaces the period's rows
-- of mart.indicator_result (and of mart.indicator_slice_result for the slices). Set-based: the
-- cases of each published delivery are grouped in one parallel scan the first time the month is
-- computed with it, and the groups kept (core.delivery_case_group); the distinct profiles of what
-- the measures filter on (a few hundred) are matched against every measure of the catalogue; the
-- groups are summed per window, court, slice and set of measures counted (a few dozen sets), and
-- each set gives its measures at the end. Benchmarked against one sequential scan of the same cases
-- (courtstats benchmark). Run it inside the caller's transaction so that BI readers see the old or
-- the new period, never a mix. When the same month a year earlier, which 同比 reads, was computed
-- under another definition of some indicator, it is recomputed too (and so on back).
create or replace function core.recompute_indicators(p_period date) returns integer
language plpgsql
-- The grouping of every case is one parallel scan: PostgreSQL aggregates in each worker only when it
-- expects fewer groups than rows, and it does for keys of core.case_row alone (the delivery's court,
-- joined in, made it expect one group per case, and it gathered ten million rows into one process
-- that hashed them serially). With the default 4 MB it sorts instead of hashing. The memory is an
-- allowance, not an allocation: the real groups take a few hundred MB at most.
set work_mem = '512MB'
set parallel_setup_cost = 0
as $$
declare
    written integer;
    year_start constant date := date_trunc('year', p_period)::date;
    year_earlier constant date := (p_period - interval '1 year')::date;
    period_end constant date := (p_period + interval '1 month' - interval '1 day')::date;
    -- The case types counted through their 原审案号 (appeals, retrial applications): by division,
    -- each is counted for the division of its 原审 case.
    attributed_types constant text[] := (select array_agg(distinct t) from core.measure m
                                         cross join unnest(m.type_codes) as t where m.attribution = 'original');
    -- What the kept groups of a delivery (core.delivery_case_group) depend on besides its rows.
    grouping_fingerprint constant text := core.case_grouping_fingerprint();
    -- The month's published deliveries without kept groups, grouped by this computation.
    ungrouped bigint[];
    -- 案由 -> the number of its set of groups, looked up by the grouping scan as a value (jsonb)
    -- rather than a joined temporary table, whose scans PostgreSQL never runs in parallel workers.
    cause_set_of jsonb;
    -- The month's deliveries whose kept groups are out of date.
    stale bigint[];
    -- The 原审 cases named by the deliveries being grouped that were not looked for yet, and the
    -- trial deliveries to look in; then "原审法院 原审案号" -> the division of that case.
    named_case_nos text[];
    looked_in bigint[];
    original_division_of jsonb;
    -- The month's published deliveries.
    month_deliveries bigint[];
    sort_setting constant text := current_setting('enable_sort');
    nestloop_setting constant text := current_setting('enable_nestloop');
begin
    -- A catalogue change is followed by a recompute: the wide view gains or loses its columns here
    -- (a no-op while they match the catalogue).
    perform core.define_indicator_wide();

    -- The kept groups of the month's deliveries go when the delivery is no longer published
    -- (superseded, withdrawn, removed), was grouped under other 案由 rules, or holds appeals whose
    -- 原审 court has published another trial delivery since (their divisions were looked up in the
    -- one before); what was looked up in a delivery no longer published goes too.
    select array_agg(d.delivery_id) into stale
    from core.grouped_delivery d
    where d.period = p_period
      and (d.grouped_by <> grouping_fingerprint
           or not exists (select 1 from core.published_slice s where s.delivery_id = d.delivery_id)
           or d.named_trial_slices <> core.trial_slices_of(p_period, d.named_trial_slices));
    if stale is not null then
        delete from core.delivery_case_group where delivery_id = any (stale);
        delete from core.grouped_delivery where delivery_id = any (stale);
    end if;
    delete from core.named_case n
    where n.period = p_period
      and not exists (select 1 from core.published_slice s where s.delivery_id = n.delivery_id);

    -- A month with nothing published has no figures: its rows would all be null, yet make the month
    -- look reported (and the latest one to BI). Deleting them is all there is to do.
    if not exists (select 1 from core.published_slice where period = p_period) then
        delete from mart.indicator_result where period = p_period;
        delete from mart.indicator_slice_result where period = p_period;
        return 0;
    end if;

    -- The steps that read every case are statements of their own, into temporary tables:
    -- PostgreSQL runs a query that writes (an insert) or a SELECT INTO of PL/pgSQL without parallel
    -- workers, while CREATE TABLE AS may use them. The slices are analysed first: publishing has just
    -- changed them, and the planner sizes the parallel plans on their statistics.
    analyze core.published_slice;

    -- The cases of a delivery are grouped once, the first time its month is computed after it is
    -- published, and kept (core.delivery_case_group): a rerun of one court groups that court's
    -- cases only (and the appeals' deliveries whose 原审 cases it holds), a catalogue change or the
    -- review's second computation none.
    select array_agg(s.delivery_id order by s.delivery_id) into ungrouped
    from core.published_slice s
    where s.period = p_period
      and not exists (select 1 from core.grouped_delivery d where d.delivery_id = s.delivery_id);

    -- Every grouping below hashes: with the default 4 MB of work_mem the grouping of every case
    -- sorted, and on the grouped rows, whose number the planner cannot estimate, it took the result
    -- for one row and sorted on a dozen keys (4 s of 6 for the cube of a province's month).
    perform set_config('enable_sort', 'off', true);

    if ungrouped is not null then
        -- Groups without their row in core.grouped_delivery are not kept: deleting that row is how
        -- a delivery whose rows were edited by hand (nothing in courtstats edits a loaded row) is
        -- grouped again.
        delete from core.delivery_case_group where delivery_id = any (ungrouped);

        -- A 案由 is in every group one of whose rules matches it: matched once per distinct
        -- spelling, not per case, and the cases are grouped by the set of their groups (few sets,
        -- numbered in core.cause_group_set) rather than by their 案由 (dozens, which multiplied the
        -- groups).
        drop table if exists pg_temp.month_cause;
        if exists (select 1 from core.cause_group_rule) then
            create temporary table month_cause as
            select distinct r.cause
            from core.case_row r
            join core.published_slice p on p.delivery_id = r.delivery_id
            where p.period = p_period and p.delivery_id = any (ungrouped) and p.feed = 'trial'
              and r.cause is not null;
        else
            create temporary table month_cause (cause text);
        end if;

        drop table if exists pg_temp.cause_groups;
        create temporary table cause_groups as
        select c.cause, array_agg(distinct g.group_name order by g.group_name) as group_names
        from month_cause c
        join core.cause_group_rule g
          on case g.match
                 when 'exact' then core.normalized_text(c.cause) = g.pattern
                 when 'prefix' then starts_with(core.normalized_text(c.cause), g.pattern)
                 else strpos(core.normalized_text(c.cause), g.pattern) > 0
             end
         and strpos(core.normalized_text(c.cause), g.also_contains) > 0
        group by c.cause;
        insert into core.cause_group_set (group_names)
        select distinct group_names from cause_groups
        on conflict (group_names) do nothing;
        select jsonb_object_agg(c.cause, s.cause_set) into cause_set_of
        from cause_groups c
        join core.cause_group_set s on s.group_names = c.group_names;

        -- By division, an appeal (or retrial application) counts for the division of its 原审 case,
        -- found by 原审案号 in the month's published trial delivery of the 原审 court. The 原审案号
        -- these deliveries name are few (the partial index on original_court_code finds them); each
        -- is looked for once per trial delivery (core.named_case), by one pass over the deliveries
        -- where some are still to be found, with the 案号 written into the statement (only a
        -- constant list is searched by hashing rather than element by element). A case's 案号 names
        -- its court: the copies of another court's cases (the benchmark's) are no 原审 case.
        drop table if exists pg_temp.named_by;
        create temporary table named_by as
        select distinct r.delivery_id, r.original_court_code as court_code, r.original_case_no as case_no,
               t.delivery_id as trial_delivery_id
        from core.case_row r
        join core.published_slice p on p.delivery_id = r.delivery_id
        left join core.published_slice t
               on t.period = p_period and t.feed = 'trial' and t.court_code = r.original_court_code
        where p.period = p_period and p.delivery_id = any (ungrouped)
          and r.original_court_code is not null and r.original_case_no is not null
          and r.case_type_code = any (attributed_types);

        select array_agg(distinct u.case_no), array_agg(distinct u.trial_delivery_id) into named_case_nos, looked_in
        from named_by u
        where u.trial_delivery_id is not null
          and not exists (select 1 from core.named_case n
                          where n.delivery_id = u.trial_delivery_id and n.case_no = u.case_no);
        if named_case_nos is not null then
            drop table if exists pg_temp.found_case;
            execute format($named$
            create temporary table found_case as
            select distinct on (r.delivery_id, r.case_no)
                   r.delivery_id, r.case_no, coalesce(r.division, '') as division
            from core.case_row r
            join core.published_slice p on p.delivery_id = r.delivery_id
            where p.period = %L and p.feed = 'trial' and p.delivery_id = any (%L::bigint[])
              and r.case_court_code = p.court_code and r.case_no = any (%L::text[])
            order by r.delivery_id, r.case_no, r.division
            $named$, p_period, looked_in, named_case_nos);
            insert into core.named_case (period, delivery_id, case_no, division)
            select distinct p_period, u.trial_delivery_id, u.case_no, f.division
            from named_by u
            left join found_case f on f.delivery_id = u.trial_delivery_id and f.case_no = u.case_no
            where u.trial_delivery_id is not null
              and not exists (select 1 from core.named_case n
                              where n.delivery_id = u.trial_delivery_id and n.case_no = u.case_no);
            drop table found_case;
        end if;
        -- "原审法院 原审案号" -> the division of that case, looked up by the grouping scan below as a
        -- value (jsonb) rather than a joined temporary table, whose scans PostgreSQL never runs in
        -- parallel workers.
        select jsonb_object_agg(u.court_code || ' ' || u.case_no, coalesce(core.normalized_text(n.division), '（未填）'))
            into original_division_of
        from (select distinct court_code, case_no, trial_delivery_id from named_by) u
        join core.named_case n on n.delivery_id = u.trial_delivery_id and n.case_no = u.case_no
        where n.division is not null;

        -- Every case of those deliveries, read once and grouped by what the measures filter on and
        -- the slices' keys. Both windows end on the period's last day, so only received, closed and
        -- pending at the start differ between them: the grouped rows (a few per hundred cases) are
        -- split into the windows when the month is computed. The keys are core.case_row's alone (the
        -- delivery's court and feed are looked up after): see work_mem above.
        drop table if exists pg_temp.new_case_group;
        create temporary table new_case_group as
        select r.delivery_id,
               r.original_court_code,
               r.case_type_code,
               r.disposition,
               r.respondent_type,
               r.basis_type_code,
               -- The fourteen yes/no facts of a case as one bit set: grouping hashes one integer
               -- instead of eleven columns (the grouping took half the time before). Shifts and | have
               -- the same precedence in PostgreSQL, hence the parentheses.
                   (r.deadline_on is not null or r.overdue is not null)::int
               | (coalesce(case when r.deadline_on is not null then r.closed_on <= r.deadline_on
                                else not r.overdue end, false)::int << 1)
               | ((coalesce(r.hearings, 0) > 0)::int << 2)
               | ((period_end - r.filed_on > 365)::int << 3)
               | ((r.filed_on <= period_end and (r.closed_on is null or r.closed_on > period_end))::int << 4)
               | ((r.filed_on between p_period and period_end)::int << 5)
               | (coalesce(r.closed_on between p_period and period_end, false)::int << 6)
               | ((r.filed_on < p_period and (r.closed_on is null or r.closed_on >= p_period))::int << 7)
               | ((r.filed_on between year_start and period_end)::int << 8)
               | (coalesce(r.closed_on between year_start and period_end, false)::int << 9)
               | ((r.filed_on < year_start and (r.closed_on is null or r.closed_on >= year_start))::int << 10)
               | ((r.hearings is not null)::int << 11)
               | ((r.respondent_type is not null)::int << 12)
               | ((r.basis_case_no is not null)::int << 13)
                   as facts,
               -- The slices' keys: the set of the 案由's groups, the 承办部门 as written (normalised
               -- below, once per kept group) and, for an appeal, the division of its 原审 case (null
               -- when that case is not in the warehouse).
               (cause_set_of ->> r.cause)::integer as cause_set,
               r.division,
               case when r.original_court_code is not null and r.case_type_code = any (attributed_types)
                    then original_division_of ->> (r.original_court_code || ' ' || r.original_case_no) end
                   as attributed_division,
               count(*) as case_count,
               sum(r.closed_on - r.filed_on) as duration_days,
               sum(r.applied_amount) as applied_amount,
               sum(coalesce(r.recovered_amount, 0)) as recovered_amount
        from core.case_row r
        join core.published_slice p on p.delivery_id = r.delivery_id
        where p.period = p_period and p.delivery_id = any (ungrouped)
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;

        -- Kept once per kind of slice they serve rather than by every key at once: a slice is by one
        -- kind, and the cases of one combination of what the measures filter on are in dozens of
        -- combinations of 案由 group and division (the rows are a third as many this way).
        insert into core.delivery_case_group
            (delivery_id, kept_for, original_court_code, case_type_code, disposition, respondent_type,
             basis_type_code, facts, cause_set, division, attributed_division, case_count, duration_days,
             applied_amount, recovered_amount)
        select delivery_id, 'court', original_court_code, case_type_code, disposition, respondent_type,
               basis_type_code, facts, null, null, null,
               sum(case_count), sum(duration_days), sum(applied_amount), sum(recovered_amount)
        from new_case_group
        group by delivery_id, original_court_code, case_type_code, disposition, respondent_type, basis_type_code, facts
        union all
        select delivery_id, 'cause_group', original_court_code, case_type_code, disposition, respondent_type,
               basis_type_code, facts, cause_set, null, null,
               sum(case_count), sum(duration_days), sum(applied_amount), sum(recovered_amount)
        from new_case_group
        where cause_set is not null
        group by delivery_id, original_court_code, case_type_code, disposition, respondent_type, basis_type_code, facts,
                 cause_set
        union all
        select delivery_id, 'division', original_court_code, case_type_code, disposition, respondent_type,
               basis_type_code, facts, null, coalesce(core.normalized_text(division), '（未填）'), attributed_division,
               sum(case_count), sum(duration_days), sum(applied_amount), sum(recovered_amount)
        from new_case_group
        group by delivery_id, original_court_code, case_type_code, disposition, respondent_type, basis_type_code, facts,
                 coalesce(core.normalized_text(division), '（未填）'), attributed_division;

        -- Each delivery with the trial deliveries its appeals' 原审 cases were looked up in.
        insert into core.grouped_delivery (delivery_id, period, grouped_by, named_trial_slices)
        select d.delivery_id, p_period, grouping_fingerprint, n.named_trial_slices
        from unnest(ungrouped) as d (delivery_id)
        left join (select x.delivery_id,
                          jsonb_object_agg(x.court_code, coalesce(x.trial_delivery_id, 0)) as named_trial_slices
                   from (select distinct delivery_id, court_code, trial_delivery_id from named_by) x
                   group by x.delivery_id) n on n.delivery_id = d.delivery_id;
        -- Read by the statements below, planned on these statistics (without them, the planner took
        -- the month's groups for one row and matched them one by one).
        analyze core.delivery_case_group;
        drop table month_cause;
        drop table cause_groups;
        drop table named_by;
        drop table new_case_group;
    end if;

    -- From here on the statements read grouped rows (hundreds of thousands at most), not cases, and
    -- join them on keys whose combinations the planner cannot estimate: taking them for one row, it
    -- chose nested loops that ran for minutes. Every join below is by hashing.
    -- The month's kept groups are found by the deliveries' index (the table holds every month's).
    select array_agg(delivery_id) into month_deliveries from core.published_slice where period = p_period;
    perform set_config('enable_nestloop', 'off', true);

    -- A profile is one combination of what the measures filter on (feed, case type, disposition,
    -- the facts …): a few hundred in a province's month. Each measure's filter is tested once per
    -- profile and window, not once per row of the cube.
    drop table if exists pg_temp.case_profile;
    create temporary table case_profile as
    select row_number() over () as profile_id, x.*
    from (select distinct s.feed, g.case_type_code, t.stage,
                 -- The domain of the case type, for the domain slices (a type unknown to
                 -- core.case_type is in the domain unknown, so that the domains add up to the court).
                 coalesce(d.domain_name, (select domain_name from core.case_domain where domain_code = 'unknown'))
                     as domain_name,
                 g.disposition, g.respondent_type, g.basis_type_code, g.facts
          from core.delivery_case_group g
          join core.published_slice s on s.delivery_id = g.delivery_id
          left join core.case_type t on t.type_code = g.case_type_code
          left join core.case_domain d on d.domain_code = t.domain
          where g.delivery_id = any (month_deliveries) and g.kept_for = 'court') x;
    analyze case_profile;

    -- The month's kept groups, each with its delivery's court and feed and its profile.
    drop table if exists pg_temp.case_group;
    create temporary table case_group as
    select g.kept_for, s.court_code, s.feed, g.original_court_code, p.profile_id, p.domain_name, g.cause_set,
           g.division, g.attributed_division, g.case_count, g.duration_days, g.applied_amount, g.recovered_amount
    from core.delivery_case_group g
    join core.published_slice s on s.delivery_id = g.delivery_id
    join case_profile p
      on p.feed = s.feed
     and p.facts = g.facts
     and coalesce(p.case_type_code, '') = coalesce(g.case_type_code, '')
     and coalesce(p.disposition, '') = coalesce(g.disposition, '')
     and coalesce(p.respondent_type, '') = coalesce(g.respondent_type, '')
     and coalesce(p.basis_type_code, '') = coalesce(g.basis_type_code, '')
    where g.delivery_id = any (month_deliveries);
    analyze case_group;

    -- The measures each profile counts in each window: in the whole court (in_court) and in a
    -- slice (in_slice), where a measure marked domain_first_instance counts the slice's first
    -- instance instead of its own type codes. Bits 0-4 and 11-13 of the facts hold for both
    -- windows, bits 5-7 are the month's received, closed and pending at the start, bits 8-10 the
    -- year's. Measures over a register's own fields are counted apart (below).
    drop table if exists pg_temp.profile_measure;
    create temporary table profile_measure as
    with window_facts as (
        select w.time_window,
               p.*,
               p.facts & 1 <> 0 as limit_known,
               p.facts & 2 <> 0 as within_limit,
               p.facts & 4 <> 0 as heard,
               p.facts & 8 <> 0 as aged_over_a_year,
               p.facts & 16 <> 0 as pending_end,
               p.facts & 2048 <> 0 as hearings_known,
               p.facts & 4096 <> 0 as respondent_known,
               p.facts & 8192 <> 0 as basis_known,
               (p.facts >> w.shift) & 1 <> 0 as received,
               (p.facts >> w.shift) & 2 <> 0 as closed,
               (p.facts >> w.shift) & 4 <> 0 as pending_start
        from case_profile p
        cross join (values ('month', 5), ('ytd', 8)) as w (time_window, shift)
    ),

    matched as (
        select k.profile_id,
               k.time_window,
               m.measure_code,
               m.type_codes is null or k.case_type_code = any (m.type_codes) as in_court,
               case when m.domain_first_instance then k.stage = 'first_instance'
                    else m.type_codes is null or k.case_type_code = any (m.type_codes)
               end as in_slice
        from window_facts k
        join core.measure m
          on m.feed = k.feed
         and case m.event
                 when 'received' then k.received
                 when 'closed' then k.closed
                 when 'pending_start' then k.pending_start
                 else k.pending_end
             end
         and (m.excluded_type_codes is null or k.case_type_code <> all (m.excluded_type_codes))
         and (m.stages is null or k.stage = any (m.stages))
         and (m.dispositions is null or k.disposition = any (m.dispositions))
         and (m.respondent_types is null or k.respondent_type = any (m.respondent_types))
         and (m.basis_type_codes is null or k.basis_type_code = any (m.basis_type_codes))
         and (m.required_flags is null or (
                  ('limit_known' <> all (m.required_flags) or k.limit_known)
              and ('within_limit' <> all (m.required_flags) or k.within_limit)
              and ('heard' <> all (m.required_flags) or k.heard)
              and ('aged_over_a_year' <> all (m.required_flags) or k.aged_over_a_year)
              and ('hearings_known' <> all (m.required_flags) or k.hearings_known)
              and ('respondent_known' <> all (m.required_flags) or k.respondent_known)
              and ('basis_known' <> all (m.required_flags) or k.basis_known)))
         and m.date_field is null and m.by_end_field is null and m.within_to_field is null and m.choice_field is null
    )

    select * from matched where in_court or in_slice;

    -- The measures a profile counts in each window, as sets (in the court, in a slice), numbered:
    -- a province's month has a few dozen sets. The cube is summed by set rather than by the
    -- profile's dozen columns, and a set's measures are taken only at the end (measure_set).
    drop table if exists pg_temp.profile_set;
    create temporary table profile_set as
    with sets as (
        select profile_id,
               time_window,
               array_agg(measure_code order by measure_code) filter (where in_court) as court_set,
               array_agg(measure_code order by measure_code) filter (where in_slice) as slice_set
        from profile_measure
        group by profile_id, time_window
    ),

    numbered as (
        select dense_rank() over (order by u.measures) as set_id, u.measures
        from (select court_set as measures from sets
              union
              select slice_set from sets) u
        where u.measures is not null
    )

    select s.profile_id, s.time_window, c.set_id as court_set_id, s.court_set, l.set_id as slice_set_id, s.slice_set
    from sets s
    left join numbered c on c.measures = s.court_set
    left join numbered l on l.measures = s.slice_set;
    analyze profile_set;

    drop table if exists pg_temp.measure_set;
    create temporary table measure_set as
    select court_set_id as set_id, court_set as measures from profile_set where court_set_id is not null
    union
    select slice_set_id, slice_set from profile_set where slice_set_id is not null;

    -- A measure is taken by a kind of slice only when an indicator sliced by that kind counts it (in
    -- its terms or its coverage), and the slices' cube keeps the rows of a kind only for the feeds
    -- of those measures (by 案由 and division: trial).
    drop table if exists pg_temp.measure_slice;
    create temporary table measure_slice as
    select m.measure_code, m.feed, s.slice_kind
    from core.measure m
    cross join (values ('all'), ('domain'), ('cause_group'), ('division')) as s (slice_kind)
    where s.slice_kind = 'all'
       or exists (select 1
                  from core.indicator i
                  left join core.indicator_term t on t.indicator_code = i.indicator_code
                  where s.slice_kind = any (i.slice_kinds)
                    and m.measure_code in (t.measure_code, i.coverage_known_measure, i.coverage_scope_measure));
    analyze measure_slice;

    -- The slices' cube: per kind and value of slice, window, court, the court the appeals name and
    -- set of measures counted, the cases' counts and sums. 'all' (slice_value '') is the whole
    -- court, what mart.indicator_result holds, with the measures of the court; the others have the
    -- measures of a slice: 'domain' the domain of the case type; 'cause_group' every group whose
    -- rules match the 案由 (a group of several is in each); 'division' the 承办部门. Each kind is
    -- read from the groups kept for it, and only for the feeds of the measures it takes.
    -- attributed_slice_value is the slice of a measure counted through 原审案号: the same, except by
    -- division, where it is the division of the 原审 case, null when that case is not in the
    -- warehouse (the appeal is then attributed to the court but to no division).
    drop table if exists pg_temp.slice_cube;
    create temporary table slice_cube as
    with profiled as not materialized (
        select k.kept_for, k.court_code, k.original_court_code, k.cause_set, k.division, k.attributed_division,
               k.feed, k.domain_name, ps.time_window, ps.court_set_id, ps.slice_set_id,
               k.case_count, k.duration_days, k.applied_amount, k.recovered_amount
        from case_group k
        join profile_set ps on ps.profile_id = k.profile_id
    ),

    sliced as (
        select 'all' as slice_kind, '' as slice_value, '' as attributed_slice_value, k.court_set_id as set_id, k.*
        from profiled k
        where k.kept_for = 'court' and k.court_set_id is not null
        union all
        select 'domain', k.domain_name, k.domain_name, k.slice_set_id, k.*
        from profiled k
        where k.kept_for = 'court' and k.slice_set_id is not null
          and k.feed in (select feed from measure_slice where slice_kind = 'domain')
        union all
        select 'cause_group', g.group_name, g.group_name, k.slice_set_id, k.*
        from profiled k
        join core.cause_group_set c on c.cause_set = k.cause_set
        cross join unnest(c.group_names) as g (group_name)
        where k.kept_for = 'cause_group' and k.slice_set_id is not null
          and k.feed in (select feed from measure_slice where slice_kind = 'cause_group')
        union all
        select 'division', k.division, k.attributed_division, k.slice_set_id, k.*
        from profiled k
        where k.kept_for = 'division' and k.slice_set_id is not null
          and k.feed in (select feed from measure_slice where slice_kind = 'division')
    )

    select slice_kind, slice_value, attributed_slice_value, time_window, court_code, original_court_code, set_id,
           sum(case_count) as case_count,
           sum(duration_days) as duration_days,
           sum(applied_amount) as applied_amount,
           sum(recovered_amount) as recovered_amount
    from sliced
    group by slice_kind, slice_value, attributed_slice_value, time_window, court_code, original_court_code, set_id;
    analyze slice_cube;

    -- Each measure per window, court and slice: the rows of the slices' cube whose set holds it. A
    -- table of its own, analysed, because the planner cannot estimate these sums and, taking the
    -- result for one row, matched it against every court and indicator one by one (10 s for 200
    -- courts). slice_value is null for the attributed cases of a division slice whose 原审 case is
    -- missing: kept, so that the coverage can say how many there were.
    drop table if exists pg_temp.indicator_measure;
    create temporary table indicator_measure as
    select m.measure_code,
           k.time_window,
           case m.attribution when 'own' then k.court_code else k.original_court_code end as court_code,
           k.slice_kind,
           case m.attribution when 'own' then k.slice_value else k.attributed_slice_value end as slice_value,
           sum(case m.aggregate
                   when 'count' then k.case_count
                   when 'duration_days' then k.duration_days
                   when 'applied_amount' then k.applied_amount
                   else k.recovered_amount
               end) as amount
    from slice_cube k
    join measure_set ms on ms.set_id = k.set_id
    cross join unnest(ms.measures) as u (measure_code)
    join measure_slice s on s.measure_code = u.measure_code and s.slice_kind = k.slice_kind
    join core.measure m on m.measure_code = u.measure_code
    group by 1, 2, 3, 4, 5;
    perform set_config('enable_nestloop', nestloop_setting, true);

    -- Measures over the fields of a register's own (core.case_row.extra: 监管日期, 回复时间 within N
    -- days, 审核结果 …, V44) are not in the cube: they are counted from the published rows of their
    -- feed, which are few (registers of applications, not the trial cases), for the whole court only.
    -- The row's window date is filed_on, or the date of date_field (a row without it is in no window:
    -- not reviewed, not counted as reviewed); "within N days" is core.within_days
    -- with N from core.catalogue_parameter. mart.indicator_case applies the same conditions per row.
    insert into indicator_measure (measure_code, time_window, court_code, slice_kind, slice_value, amount)
    select m.measure_code, w.time_window, s.court_code, 'all', '', count(*)
    from core.measure m
    join core.published_slice s on s.period = p_period and s.feed = m.feed
    join core.case_row r on r.delivery_id = s.delivery_id
    cross join (values ('month', p_period), ('ytd', year_start)) as w (time_window, window_start)
    left join core.catalogue_parameter limit_days on limit_days.parameter_code = m.within_days_parameter
    where (m.date_field is not null or m.by_end_field is not null or m.within_to_field is not null
           or m.choice_field is not null)
      and case when m.date_field is null then r.filed_on
               else (r.extra ->> m.date_field)::timestamp::date end between w.window_start and period_end
      and (m.type_codes is null or r.case_type_code = any (m.type_codes))
      and (m.excluded_type_codes is null or r.case_type_code <> all (m.excluded_type_codes))
      and (m.dispositions is null or r.disposition = any (m.dispositions))
      and (m.by_end_field is null or (r.extra ->> m.by_end_field)::timestamp::date <= period_end)
      and (m.within_to_field is null or core.within_days((r.extra ->> m.within_from_field)::timestamp,
                                                          (r.extra ->> m.within_to_field)::timestamp,
                                                          limit_days.value::integer))
      and (m.choice_field is null or r.extra ->> m.choice_field = any (m.choice_values))
    group by m.measure_code, w.time_window, s.court_code;
    -- Looked up per indicator, court, window and slice below; with the slices the planner's nested
    -- loops over the whole table took a second on a month of 15 courts.
    perform set_config('enable_sort', sort_setting, true);
    create index on indicator_measure (measure_code, court_code, time_window, slice_kind, slice_value);
    analyze indicator_measure;

    -- Each value's sums, per indicator, slice, court and window: a table of its own, analysed, so
    -- that the planner joins the completeness and coverage below to the hundred thousand rows of a
    -- province's month by hashing (on its estimate it matched them by merge joins on the indicator
    -- alone, and compared millions of rows).
    drop table if exists pg_temp.court_sums;
    create temporary table court_sums as
    with windows as (
        select 'month' as time_window, p_period as window_start, period_end as window_end
        union all
        select 'ytd', year_start, period_end
    ),

    -- The slices each indicator is published by: the whole court, and each slice of the kinds its
    -- catalogue row names in which one of its measures counts some case (a domain without such
    -- cases, 刑事 for 执行到位率, has no values rather than empty ones). A division is one court's
    -- (court_code; null: the slice is every court's): 民一庭 has values for the courts that have one.
    indicator_slices as (
        select indicator_code, 'all' as slice_kind, '' as slice_value, null::text as court_code
        from core.indicator
        union
        select i.indicator_code, v.slice_kind, v.slice_value,
               case when v.slice_kind = 'division' then v.court_code end
        from core.indicator i
        join core.indicator_term t on t.indicator_code = i.indicator_code
        join indicator_measure v on v.measure_code = t.measure_code
        where v.slice_kind = any (i.slice_kinds)
          and v.slice_value is not null
          and (v.slice_kind <> 'division' or v.court_code is not null)
    ),

    -- The courts an indicator has values for: every court, or the basic courts only for the
    -- attributed first-instance ratios (the intermediate court's own judgments are reviewed by the
    -- provincial court, whose cases are never delivered).
    valued_courts as (
        select i.indicator_code, c.court_code, c.population
        from core.indicator i
        join core.court c on not i.basic_courts_only or c.court_level = 'basic'
    ),

    -- Each slice with the courts it has values for: a division only for its court.
    slice_courts as (
        select sl.indicator_code, sl.slice_kind, sl.slice_value, c.court_code, c.population
        from indicator_slices sl
        join valued_courts c on c.indicator_code = sl.indicator_code
        where sl.court_code is null
        union all
        select sl.indicator_code, sl.slice_kind, sl.slice_value, c.court_code, c.population
        from indicator_slices sl
        join valued_courts c on c.indicator_code = sl.indicator_code and c.court_code = sl.court_code
    ),

    -- Each indicator's numerator and denominator where some measure of its terms counts cases: the
    -- measures' sums, signed.
    term_sums as (
        select t.indicator_code, v.time_window, v.court_code, v.slice_kind, v.slice_value,
               sum(v.amount * t.sign) filter (where t.part = 'numerator') as numerator,
               sum(v.amount * t.sign) filter (where t.part = 'denominator') as denominator
        from indicator_measure v
        join core.indicator_term t on t.measure_code = v.measure_code
        group by t.indicator_code, v.time_window, v.court_code, v.slice_kind, v.slice_value
    ),

    -- Known values only (metrics.md): for an indicator that needs an optional field, how many of
    -- the scope's cases had it.
    coverage_sums as (
        select i.indicator_code, v.time_window, v.court_code, v.slice_kind, v.slice_value,
               max(v.amount) filter (where v.measure_code = i.coverage_known_measure) as known,
               max(v.amount) filter (where v.measure_code = i.coverage_scope_measure) as scope
        from core.indicator i
        join indicator_measure v on v.measure_code in (i.coverage_known_measure, i.coverage_scope_measure)
        group by i.indicator_code, v.time_window, v.court_code, v.slice_kind, v.slice_value
    )

    -- Every value of every court and slice, zero where no case counts: summed from the measures
    -- first, then matched to the values by hashing (the planner, unable to estimate the slices,
    -- looked each measure up per value and term: 3 s for a province's month).
    select i.indicator_code,
           w.time_window,
           sl.court_code,
           sl.slice_kind,
           sl.slice_value,
           coalesce(ts.numerator, 0) as numerator,
           case i.denominator_basis
               when 'measures' then coalesce(ts.denominator, 0)
               when 'population' then sl.population
           end as denominator,
           -- Null where the indicator needs no optional field.
           case when i.coverage_scope_measure is not null then coalesce(cs.known, 0) end as coverage_known,
           case when i.coverage_scope_measure is not null then coalesce(cs.scope, 0) end as coverage_scope
    from core.indicator i
    join slice_courts sl on sl.indicator_code = i.indicator_code
    cross join windows w
    left join term_sums ts
           on ts.indicator_code = i.indicator_code
          and ts.time_window = w.time_window
          and ts.court_code = sl.court_code
          and ts.slice_kind = sl.slice_kind
          and ts.slice_value = sl.slice_value
    left join coverage_sums cs
           on cs.indicator_code = i.indicator_code
          and cs.time_window = w.time_window
          and cs.court_code = sl.court_code
          and cs.slice_kind = sl.slice_kind
          and cs.slice_value = sl.slice_value;
    analyze court_sums;

    -- The period's values, then written over the mart's (below).
    drop table if exists pg_temp.period_value;
    create temporary table period_value as
    with windows as (
        select 'month' as time_window, p_period as window_start, period_end as window_end
        union all
        select 'ytd', year_start, period_end
    ),

    published_slices as (
        select court_code, feed
        from core.published_slice
        where period = p_period
    ),

    -- A court's value needs its own published slice of every feed its measures count, and, for
    -- measures attributed through 原审案号, the intermediate court's slice (where the appeals are):
    -- without them a missing delivery would show as zeros and rank first.
    completeness as (
        select i.indicator_code,
               c.court_code,
               bool_and(case m.attribution
                            when 'own' then exists (select 1 from published_slices s
                                                    where s.court_code = c.court_code and s.feed = m.feed)
                            else exists (select 1 from published_slices s
                                         join core.court reviewer on reviewer.court_code = s.court_code
                                         where reviewer.court_level = 'intermediate' and s.feed = m.feed)
                        end) as complete
        from core.indicator i
        cross join core.court c
        join core.indicator_term t on t.indicator_code = i.indicator_code
        join core.measure m on m.measure_code = t.measure_code
        group by i.indicator_code, c.court_code
    ),

    -- By division, an indicator that counts cases through 原审案号 rests on those whose 原审 case was
    -- found: its coverage is the share of the court's attributed cases (each once per measure) that
    -- could be given a division.
    attributed_coverage as (
        select t.indicator_code,
               v.time_window,
               v.court_code,
               coalesce(sum(v.amount) filter (where v.slice_value is not null), 0) as known,
               sum(v.amount) as scope
        from (select distinct indicator_code, measure_code from core.indicator_term) t
        join core.measure m on m.measure_code = t.measure_code and m.attribution = 'original'
        join indicator_measure v on v.measure_code = t.measure_code and v.slice_kind = 'division'
        group by t.indicator_code, v.time_window, v.court_code
    ),

    attributed_indicators as (
        select distinct t.indicator_code
        from core.indicator_term t
        join core.measure m on m.measure_code = t.measure_code
        where m.attribution = 'original'
    ),

    court_terms as (
        select s.indicator_code,
               s.time_window,
               s.court_code,
               s.slice_kind,
               s.slice_value,
               case when k.complete then s.numerator end as numerator,
               case when k.complete then s.denominator end as denominator,
               case when k.complete then 1 else 0 end as reporting_courts,
               case when not k.complete then null
                    when ai.indicator_code is not null then coalesce(ac.known, 0)
                    else s.coverage_known
               end as coverage_known,
               case when not k.complete then null
                    when ai.indicator_code is not null then coalesce(ac.scope, 0)
                    else s.coverage_scope
               end as coverage_scope
        from court_sums s
        join completeness k on k.indicator_code = s.indicator_code and k.court_code = s.court_code
        -- Joined here, once per value, rather than in court_sums, where the planner tried every
        -- coverage row for every slice row.
        left join attributed_indicators ai on ai.indicator_code = s.indicator_code and s.slice_kind = 'division'
        left join attributed_coverage ac
               on ac.indicator_code = s.indicator_code
              and ac.time_window = s.time_window
              and ac.court_code = s.court_code
              and s.slice_kind = 'division'
    ),

    -- 全市: the ratio of sums over the courts that have values (all courts, or the basic courts for
    -- the attributed ratios), published only when every one of them reported (or, for an indicator
    -- of one court such as 二审开庭率, when that court did); reporting_courts says how many did. Its
    -- coverage is the city's own: known over scope, summed over the same courts.
    city_terms as (
        select t.indicator_code,
               t.time_window,
               '全市' as court_code,
               t.slice_kind,
               t.slice_value,
               case when bool_and(t.reporting_courts = 1) filter (where i.city_court_code is null or t.court_code = i.city_court_code)
                    then sum(t.numerator) filter (where i.city_court_code is null or t.court_code = i.city_court_code)
               end as numerator,
               case when bool_and(t.reporting_courts = 1) filter (where i.city_court_code is null or t.court_code = i.city_court_code)
                    then case i.denominator_basis
                             when 'measures' then sum(t.denominator) filter (where i.city_court_code is null or t.court_code = i.city_court_code)
                             when 'population' then (select max(population) from core.court where court_level = 'intermediate')
                         end
               end as denominator,
               sum(t.reporting_courts) filter (where i.city_court_code is null or t.court_code = i.city_court_code) as reporting_courts,
               case when bool_and(t.reporting_courts = 1) filter (where i.city_court_code is null or t.court_code = i.city_court_code)
                    then sum(t.coverage_known) filter (where i.city_court_code is null or t.court_code = i.city_court_code)
               end as coverage_known,
               case when bool_and(t.reporting_courts = 1) filter (where i.city_court_code is null or t.court_code = i.city_court_code)
                    then sum(t.coverage_scope) filter (where i.city_court_code is null or t.court_code = i.city_court_code)
               end as coverage_scope
        from court_terms t
        join core.indicator i on i.indicator_code = t.indicator_code
        group by t.indicator_code, t.time_window, t.slice_kind, t.slice_value, i.denominator_basis, i.city_court_code
    ),

    all_terms as (
        select * from court_terms
        union all
        select * from city_terms
    ),

    valued as (
        select a.indicator_code,
               a.time_window,
               a.court_code,
               a.slice_kind,
               a.slice_value,
               a.numerator,
               a.denominator,
               a.reporting_courts,
               a.coverage_known,
               a.coverage_scope,
               case
                   when i.denominator_basis = 'none' then a.numerator
                   when a.denominator = 0 then null
                   else a.numerator / a.denominator * i.scale
                        * case when i.times_window_days then w.window_end - w.window_start + 1 else 1 end
               end as value,
               i.ranked and c.court_level = 'basic' as rankable,
               i.ranked,
               i.direction,
               i.target
        from all_terms a
        join core.indicator i on i.indicator_code = a.indicator_code
        join windows w on w.time_window = a.time_window
        left join core.court c on c.court_code = a.court_code
    ),

    ranked as (
        select v.*,
               -- A division is a court's own: courts are not ranked by division (the division card
               -- compares the divisions of one court).
               case when v.rankable and v.value is not null and v.slice_kind <> 'division' then
                   rank() over (partition by v.indicator_code, v.time_window, v.slice_kind, v.slice_value,
                                             v.rankable and v.value is not null
                                order by case v.direction
                                             when 'up' then -v.value
                                             when 'down' then v.value
                                             else -least(v.value, v.target)
                                         end)
               end as rank,
               case when v.ranked and v.slice_kind <> 'division' then
                   count(*) filter (where v.rankable and v.value is not null)
                       over (partition by v.indicator_code, v.time_window, v.slice_kind, v.slice_value)
               end as ranked_courts
        from valued v
    ),

    -- A slice's value depends on one more thing than the court's: which measures count the domain's
    -- first instance. Its fingerprint adds that, so that 同比 by slice compares like with like too.
    -- Materialised: computed once per indicator, not once per value it is joined to.
    definitions as materialized (
        select i.indicator_code,
               core.indicator_definition_hash(i.indicator_code) as definition_hash,
               md5(core.indicator_definition_hash(i.indicator_code) || '|'
                   || coalesce((select string_agg(t.measure_code, ',' order by t.measure_code)
                                from core.indicator_term t
                                join core.measure m on m.measure_code = t.measure_code
                                where t.indicator_code = i.indicator_code and m.domain_first_instance), ''))
                   as slice_definition_hash
        from core.indicator i
    )

    select r.time_window, r.court_code, r.indicator_code, r.slice_kind, r.slice_value, r.numerator, r.denominator,
           r.value, r.rank, r.ranked_courts, r.reporting_courts, r.coverage_known, r.coverage_scope,
           case when r.slice_kind = 'all' then d.definition_hash else d.slice_definition_hash end as definition_hash
    from ranked r
    join definitions d on d.indicator_code = r.indicator_code;
    analyze period_value;

    -- Written over the period's rows in place rather than deleted and inserted again: a key
    -- inserted again after its delete is checked for uniqueness against every earlier version of
    -- it until VACUUM, so that back-to-back recomputes (cause-groups recomputes every month, reruns
    -- come in bursts) each took longer, and every insert checked its indicator's foreign key. The
    -- tables' fillfactor (V47) leaves room on each page for the new versions (HOT updates). The
    -- values that are no longer (a slice without cases now) are found by hashing: sorting both sides
    -- took a second.
    perform set_config('enable_sort', 'off', true);
    delete from mart.indicator_result t
    where t.period = p_period
      and not exists (select 1 from period_value v
                      where v.slice_kind = 'all' and v.indicator_code = t.indicator_code
                        and v.time_window = t.time_window and v.court_code = t.court_code);
    insert into mart.indicator_result as t (period, time_window, court_code, indicator_code, numerator, denominator,
                                            value, rank, ranked_courts, reporting_courts, coverage_known,
                                            coverage_scope, definition_hash)
    select p_period, v.time_window, v.court_code, v.indicator_code, v.numerator, v.denominator, v.value, v.rank,
           v.ranked_courts, v.reporting_courts, v.coverage_known, v.coverage_scope, v.definition_hash
    from period_value v
    where v.slice_kind = 'all'
    on conflict (period, indicator_code, time_window, court_code) do update
    set numerator = excluded.numerator, denominator = excluded.denominator, value = excluded.value,
        rank = excluded.rank, ranked_courts = excluded.ranked_courts, reporting_courts = excluded.reporting_courts,
        coverage_known = excluded.coverage_known, coverage_scope = excluded.coverage_scope,
        definition_hash = excluded.definition_hash, computed_at = now();
    get diagnostics written = row_count;

    delete from mart.indicator_slice_result t
    where t.period = p_period
      and not exists (select 1 from period_value v
                      where v.slice_kind = t.slice_kind and v.slice_value = t.slice_value
                        and v.indicator_code = t.indicator_code and v.time_window = t.time_window
                        and v.court_code = t.court_code);
    insert into mart.indicator_slice_result as t (period, time_window, court_code, indicator_code, numerator,
                                                  denominator, value, rank, ranked_courts, reporting_courts,
                                                  coverage_known, coverage_scope, definition_hash, slice_kind,
                                                  slice_value)
    select p_period, v.time_window, v.court_code, v.indicator_code, v.numerator, v.denominator, v.value, v.rank,
           v.ranked_courts, v.reporting_courts, v.coverage_known, v.coverage_scope, v.definition_hash, v.slice_kind,
           v.slice_value
    from period_value v
    where v.slice_kind <> 'all'
    on conflict (period, indicator_code, time_window, court_code, slice_kind, slice_value) do update
    set numerator = excluded.numerator, denominator = excluded.denominator, value = excluded.value,
        rank = excluded.rank, ranked_courts = excluded.ranked_courts, reporting_courts = excluded.reporting_courts,
        coverage_known = excluded.coverage_known, coverage_scope = excluded.coverage_scope,
        definition_hash = excluded.definition_hash, computed_at = now();
    perform set_config('enable_sort', sort_setting, true);
    drop table case_group;
    drop table case_profile;
    drop table profile_measure;
    drop table measure_set;
    drop table profile_set;
    drop table measure_slice;
    drop table slice_cube;
    drop table indicator_measure;
    drop table court_sums;
    drop table period_value;

    -- 同比 like with like: the month it compares with is brought under today's definitions first.
    if exists (select 1 from core.published_slice where period = year_earlier)
       and exists (select 1 from core.indicator i
                   where not exists (select 1 from mart.indicator_result r
                                     where r.period = year_earlier and r.indicator_code = i.indicator_code
                                       and r.definition_hash = core.indicator_definition_hash(i.indicator_code))) then
        perform core.recompute_indicators(year_earlier);
    end if;
    return written;
end;
$$;

comment on function core.recompute_indicators(date) is 'Replaces mart.indicator_result for one period (first day of the month) from core.case_record and the catalogue (core.measure, core.indicator, core.indicator_term), and recomputes the same month a year earlier when some indicator''s value there was computed under another definition (同比 compares like with like). Returns the number of rows written for the period.';
