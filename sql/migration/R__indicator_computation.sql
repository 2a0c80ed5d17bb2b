-- Computes every indicator of core.indicator for one reporting period, per court and 全市, for the
-- month and the year to date, with rankings among the basic courts, and replaces the period's rows
-- of mart.indicator_result. Set-based: the period's cases are scanned once into a small cube of
-- (window, court, type, disposition, flags, events) counts and sums; every measure of the catalogue
-- is then a filter over that cube. Run it inside the caller's transaction so that BI readers see the
-- old or the new period, never a mix.
create or replace function core.recompute_indicators(p_period date) returns integer
language plpgsql
as $$
declare
    written integer;
begin
    delete from mart.indicator_result where period = p_period;

    with windows as (
        select 'month' as time_window,
               p_period as window_start,
               (p_period + interval '1 month' - interval '1 day')::date as window_end
        union all
        select 'ytd',
               date_trunc('year', p_period)::date,
               (p_period + interval '1 month' - interval '1 day')::date
    ),

    cases as (
        select r.court_code,
               r.original_court_code,
               r.feed,
               r.case_type_code,
               t.stage,
               r.filed_on,
               r.closed_on,
               r.disposition,
               r.respondent_type,
               r.basis_type_code,
               r.applied_amount,
               coalesce(r.recovered_amount, 0) as recovered_amount,
               (r.deadline_on is not null or r.overdue is not null) as limit_known,
               coalesce(case when r.deadline_on is not null then r.closed_on <= r.deadline_on
                             else not r.overdue end, false) as within_limit,
               coalesce(r.hearings, 0) > 0 as heard
        from core.case_record r
        left join core.case_type t on t.type_code = r.case_type_code
        where r.period = p_period
    ),

    case_events as (
        select w.time_window,
               c.*,
               c.filed_on between w.window_start and w.window_end as received,
               coalesce(c.closed_on between w.window_start and w.window_end, false) as closed,
               c.filed_on < w.window_start and (c.closed_on is null or c.closed_on >= w.window_start) as pending_start,
               c.filed_on <= w.window_end and (c.closed_on is null or c.closed_on > w.window_end) as pending_end,
               w.window_end - c.filed_on > 365 as aged_over_a_year
        from cases c
        cross join windows w
    ),

    case_cube as (
        select time_window, court_code, original_court_code, feed, case_type_code, stage, disposition,
               respondent_type, basis_type_code, limit_known, within_limit, heard, aged_over_a_year,
               received, closed, pending_start, pending_end,
               count(*) as case_count,
               sum(closed_on - filed_on) as duration_days,
               sum(applied_amount) as applied_amount,
               sum(recovered_amount) as recovered_amount
        from case_events
        where received or closed or pending_start or pending_end
        group by time_window, court_code, original_court_code, feed, case_type_code, stage, disposition,
                 respondent_type, basis_type_code, limit_known, within_limit, heard, aged_over_a_year,
                 received, closed, pending_start, pending_end
    ),

    measure_values as (
        select m.measure_code,
               k.time_window,
               case m.attribution when 'own' then k.court_code else k.original_court_code end as court_code,
               sum(case m.aggregate
                       when 'count' then k.case_count
                       when 'duration_days' then k.duration_days
                       when 'applied_amount' then k.applied_amount
                       else k.recovered_amount
                   end) as amount
        from core.measure m
        join case_cube k
          on k.feed = m.feed
         and case m.event
                 when 'received' then k.received
                 when 'closed' then k.closed
                 when 'pending_start' then k.pending_start
                 else k.pending_end
             end
         and (m.type_codes is null or k.case_type_code = any (m.type_codes))
         and (m.excluded_type_codes is null or k.case_type_code <> all (m.excluded_type_codes))
         and (m.stages is null or k.stage = any (m.stages))
         and (m.dispositions is null or k.disposition = any (m.dispositions))
         and (m.respondent_types is null or k.respondent_type = any (m.respondent_types))
         and (m.basis_type_codes is null or k.basis_type_code = any (m.basis_type_codes))
         and (m.required_flags is null or (
                  ('limit_known' <> all (m.required_flags) or k.limit_known)
              and ('within_limit' <> all (m.required_flags) or k.within_limit)
              and ('heard' <> all (m.required_flags) or k.heard)
              and ('aged_over_a_year' <> all (m.required_flags) or k.aged_over_a_year)))
        group by 1, 2, 3
    ),

    published_slices as (
        select distinct court_code, feed
        from staging.delivery
        where period = p_period and status = 'published'
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

    court_sums as (
        select i.indicator_code,
               w.time_window,
               c.court_code,
               coalesce(sum(coalesce(v.amount, 0) * t.sign) filter (where t.part = 'numerator'), 0) as numerator,
               case i.denominator_basis
                   when 'measures' then coalesce(sum(coalesce(v.amount, 0) * t.sign) filter (where t.part = 'denominator'), 0)
                   when 'population' then max(c.population)
               end as denominator
        from core.indicator i
        cross join windows w
        cross join core.court c
        left join core.indicator_term t on t.indicator_code = i.indicator_code
        left join measure_values v
               on v.measure_code = t.measure_code
              and v.time_window = w.time_window
              and v.court_code = c.court_code
        group by i.indicator_code, i.denominator_basis, w.time_window, c.court_code
    ),

    court_terms as (
        select s.indicator_code,
               s.time_window,
               s.court_code,
               case when k.complete then s.numerator end as numerator,
               case when k.complete then s.denominator end as denominator,
               case when k.complete then 1 else 0 end as reporting_courts
        from court_sums s
        join completeness k on k.indicator_code = s.indicator_code and k.court_code = s.court_code
    ),

    -- 全市: the ratio of sums over all courts, published only when every court reported (or, for an
    -- indicator of one court such as 二审开庭率, when that court did); reporting_courts says how many did.
    city_terms as (
        select t.indicator_code,
               t.time_window,
               '全市' as court_code,
               case when bool_and(t.reporting_courts = 1) filter (where i.city_court_code is null or t.court_code = i.city_court_code)
                    then sum(t.numerator) filter (where i.city_court_code is null or t.court_code = i.city_court_code)
               end as numerator,
               case when bool_and(t.reporting_courts = 1) filter (where i.city_court_code is null or t.court_code = i.city_court_code)
                    then case i.denominator_basis
                             when 'measures' then sum(t.denominator) filter (where i.city_court_code is null or t.court_code = i.city_court_code)
                             when 'population' then (select max(population) from core.court where court_level = 'intermediate')
                         end
               end as denominator,
               sum(t.reporting_courts) filter (where i.city_court_code is null or t.court_code = i.city_court_code) as reporting_courts
        from court_terms t
        join core.indicator i on i.indicator_code = t.indicator_code
        group by t.indicator_code, t.time_window, i.denominator_basis, i.city_court_code
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
               a.numerator,
               a.denominator,
               a.reporting_courts,
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
               case when v.rankable and v.value is not null then
                   rank() over (partition by v.indicator_code, v.time_window, v.rankable and v.value is not null
                                order by case v.direction
                                             when 'up' then -v.value
                                             when 'down' then v.value
                                             else -least(v.value, v.target)
                                         end)
               end as rank,
               case when v.ranked then
                   count(*) filter (where v.rankable and v.value is not null)
                       over (partition by v.indicator_code, v.time_window)
               end as ranked_courts
        from valued v
    )

    insert into mart.indicator_result (period, time_window, court_code, indicator_code, numerator, denominator,
                                       value, rank, ranked_courts, reporting_courts)
    select p_period, time_window, court_code, indicator_code, numerator, denominator, value, rank, ranked_courts,
           reporting_courts
    from ranked;

    get diagnostics written = row_count;
    return written;
end;
$$;

comment on function core.recompute_indicators(date) is 'Replaces mart.indicator_result for one period (first day of the month) from core.case_record and the catalogue (core.measure, core.indicator, core.indicator_term). Returns the number of rows written.';
