-- How a value is shown and compared, in one place for every mart view (metrics.md: "Rounding",
-- "同比"). Functions, not views: a view may use them, and this file can be re-applied without
-- dropping the views that do.

create or replace function core.displayed(value numeric, decimals integer) returns numeric
language sql immutable
as $$
    select round(value, decimals)
$$;

comment on function core.displayed(numeric, integer) is 'A value as published: half-up to the decimals of its catalogue row (core.indicator.decimals).';

create or replace function core.change_from(value numeric, earlier numeric, unit text, decimals integer) returns numeric
language sql immutable
as $$
    select case
               when value is null or earlier is null then null
               when unit in ('percent', 'per_10k') then round(value - earlier, decimals)
               when earlier = 0 then null
               else round((value - earlier) / earlier * 100, greatest(decimals, 2))
           end
$$;

comment on function core.change_from(numeric, numeric, text, integer) is 'The change from an earlier value (同比, 环比): for percent indicators in percentage points, for per-10 000 indicators in their own unit (per 10 000 residents), for counts and days a percent change (null from 0 or without an earlier value); from exact values, rounded to the indicator''s decimals (at least 2 for a percent change).';

create or replace function core.coverage(known numeric, scope numeric) returns numeric
language sql immutable
as $$
    select case when scope is null and known is null then 100
                when scope = 0 then null
                else round(known / scope * 100, 2)
           end
$$;

comment on function core.coverage(numeric, numeric) is 'The share (%) of a scope''s cases where the optional field an indicator needs was known, 2 decimals: 100 when the indicator needs no optional field (both null), null when the scope has no case.';
