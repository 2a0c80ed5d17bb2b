-- How a value is shown and compared, in one place for every mart view (metrics.md: "Rounding",
-- "同比"). Functions, not views: a view may use them, and this file can be re-applied without
-- dropping the views that do.

create or replace function core.displayed(value numeric, unit text) returns numeric
language sql immutable
as $$
    select round(value, case when unit = 'count' then 0 else 2 end)
$$;

comment on function core.displayed(numeric, text) is 'A value as published: half-up to 2 decimals, counts whole.';

create or replace function core.change_from(value numeric, earlier numeric, unit text) returns numeric
language sql immutable
as $$
    select case
               when value is null or earlier is null then null
               when unit in ('percent', 'per_10k') then round(value - earlier, 2)
               when earlier = 0 then null
               else round((value - earlier) / earlier * 100, 2)
           end
$$;

comment on function core.change_from(numeric, numeric, text) is 'The change from an earlier value (同比, 环比): percentage points for percent and per-10 000 indicators, a percent change for counts and days (null from 0 or without an earlier value); from exact values, rounded to 2 decimals.';
