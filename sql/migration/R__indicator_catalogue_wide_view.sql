-- mart.indicator_wide follows the catalogue: one column per indicator of core.indicator, named by
-- its code and described from its names, made by a function rather than written by hand, so that an
-- indicator added to (or removed from) the catalogue gets (or loses) its column without a migration.
--
-- The function is called here, by every core.recompute_indicators (a catalogue change is followed
-- by a recompute: jobs/recompute-indicators/README.md) and by nothing else. It replaces the view
-- only when its columns differ from the catalogue's: replacing it needs the view's exclusive lock,
-- which waits for BI readers (README "Upgrades and open BI transactions"), and a recompute at every
-- import must not. Comments are brought up to date whenever they differ (a renamed indicator);
-- COMMENT does not conflict with readers.
--
-- This file sorts before R__indicator_computation.sql, which calls the function.

create or replace function core.define_indicator_wide() returns boolean
language plpgsql
as $$
declare
    wanted text[];
    present text[];
    indicator_columns text;
    described record;
    wide regclass;
    view_comment constant text := '粒度：每个统计月份、统计窗口和法院（含 全市）一行，指标目录（core.indicator）中每个指标一列，列名为指标代码，取值同 mart.indicator_value.value（已舍入）；指标目录增减指标后重新计算即增减相应的列 / Grain: one row per period, window and court (全市 included), one column per indicator of the catalogue (core.indicator), named by its code, holding mart.indicator_value.value (rounded). An indicator added to or removed from the catalogue gains or loses its column with the next recompute.';
begin
    select array_agg(i.indicator_code order by f.display_order, i.display_order, i.indicator_code)
    into wanted
    from core.indicator i
    join core.feed f on f.feed_code = i.indicator_group;

    select array_agg(a.attname::text order by a.attnum)
    into present
    from pg_attribute a
    where a.attrelid = to_regclass('mart.indicator_wide') and a.attnum > 4 and not a.attisdropped;

    if present is distinct from wanted then
        -- Two recomputes of different months may both find the view out of date: one replaces it.
        perform pg_advisory_xact_lock(hashtext('core.define_indicator_wide'));
        select array_agg(a.attname::text order by a.attnum)
        into present
        from pg_attribute a
        where a.attrelid = to_regclass('mart.indicator_wide') and a.attnum > 4 and not a.attisdropped;
    end if;

    if present is distinct from wanted then
        select string_agg(format('max(r.value) filter (where r.indicator_code = %L) as %I', code, code), E',\n'
                          order by position)
        into indicator_columns
        from unnest(wanted) with ordinality as w (code, position);

        -- Nothing is built on this view; a view that were would make the drop fail, not vanish.
        drop view if exists mart.indicator_wide;
        execute format($view$
            create view mart.indicator_wide as
            with results as (
                select r.period,
                       r.time_window,
                       r.court_code,
                       r.indicator_code,
                       core.displayed(r.value, i.decimals) as value
                from mart.indicator_result r
                join core.indicator i on i.indicator_code = r.indicator_code
            ),

            final as (
                select to_char(r.period, 'YYYY-MM') as period,
                       r.time_window,
                       r.court_code,
                       coalesce(c.court_name, '全市法院') as court_name,
                       %s
                from results r
                left join core.court c on c.court_code = r.court_code
                group by r.period, r.time_window, r.court_code, c.court_name
            )

            select * from final
            $view$, indicator_columns);
        grant select on mart.indicator_wide to courtstats_bi;
    end if;

    wide := to_regclass('mart.indicator_wide');
    for described in
        select null::text as column_name, view_comment as wanted_comment
        union all
        select c.column_name, c.description
        from (values
            ('period', '统计月份，YYYY-MM / Reporting month, YYYY-MM'),
            ('time_window', '统计窗口：month 本月；ytd 截至本月 / month: the reporting month; ytd: 1 January to the month''s end'),
            ('court_code', '法院代字，全市为 全市 / Court code, or 全市 for the whole city'),
            ('court_name', '法院名称，全市为 全市法院 / Court name; 全市法院 for the city')
        ) as c (column_name, description)
        union all
        select i.indicator_code,
               format('%s（%s） / %s (%s)', i.indicator_name,
                      case i.unit when 'count' then '件' when 'percent' then '%' when 'days' then '天' else '件/万人' end,
                      coalesce(i.indicator_name_en, i.indicator_code),
                      case i.unit when 'count' then 'count' when 'percent' then '%' when 'days' then 'days'
                                  else 'per 10 000 residents' end)
        from core.indicator i
    loop
        if described.column_name is null then
            if obj_description(wide, 'pg_class') is distinct from described.wanted_comment then
                execute format('comment on view mart.indicator_wide is %L', described.wanted_comment);
            end if;
        elsif col_description(wide, (select a.attnum from pg_attribute a
                                     where a.attrelid = wide and a.attname = described.column_name))
              is distinct from described.wanted_comment then
            execute format('comment on column mart.indicator_wide.%I is %L', described.column_name,
                           described.wanted_comment);
        end if;
    end loop;

    return present is distinct from wanted;
end;
$$;

comment on function core.define_indicator_wide() is 'Makes mart.indicator_wide follow the catalogue: (re)creates it with one column per indicator of core.indicator when its columns differ, and brings its comments up to date. Returns whether it replaced the view. Called by its migration and by core.recompute_indicators.';

select core.define_indicator_wide();
