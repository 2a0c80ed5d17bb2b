-- The indicator catalogue as data (metrics.md: "every indicator is data, not code").
--
-- A measure counts or sums the published cases of one feed that match its filters and that an
-- event (received, closed, pending at the window's start or end) places in the window. An
-- indicator is numerator / denominator, each a signed sum of measures (or the population), times a
-- scale. core.recompute_indicators() reads only these tables, so changing a definition is an
-- update here followed by a recompute: no Java change, no release. See jobs/recompute-indicators/README.md.

create table core.measure (
    measure_code         text primary key,
    measure_name         text not null,
    feed                 text not null check (feed in ('trial', 'execution', 'mediation')),
    type_codes           text[],
    excluded_type_codes  text[],
    stages               text[],
    event                text not null check (event in ('received', 'closed', 'pending_start', 'pending_end')),
    attribution          text not null default 'own' check (attribution in ('own', 'original')),
    dispositions         text[],
    respondent_types     text[],
    basis_type_codes     text[],
    required_flags       text[] check (required_flags <@ array['limit_known', 'within_limit', 'heard', 'aged_over_a_year']),
    aggregate            text not null default 'count'
                         check (aggregate in ('count', 'duration_days', 'applied_amount', 'recovered_amount'))
);
comment on table core.measure is 'Grain: one row per measure, a count or sum over the published cases of a feed, filtered by the non-null columns (all must hold), for the cases an event places in the window.';
comment on column core.measure.type_codes is '类型代字 in scope; null = every type of the feed';
comment on column core.measure.excluded_type_codes is '类型代字 left out (诉前调确 and 诉前调书 are not trial cases)';
comment on column core.measure.stages is 'Stages from core.case_type in scope (first_instance, …); null = any';
comment on column core.measure.event is 'received: filed in the window; closed: closed in the window; pending_start: filed before the window and not closed before it; pending_end: filed by the window''s end and not closed by then';
comment on column core.measure.attribution is 'own: the delivering court; original: the court named by the 原审案号 (appeals, reversals, remands, retrial applications)';
comment on column core.measure.dispositions is 'Canonical 结案方式 / 调解结果 in scope';
comment on column core.measure.respondent_types is '被执行人类型 in scope';
comment on column core.measure.basis_type_codes is '类型代字 of the 执行依据 in scope (links execution cases to pre-litigation mediation)';
comment on column core.measure.required_flags is 'Case flags that must all be true: limit_known (审限届满日期 or 是否超审限 given), within_limit (closed within the time limit), heard (开庭次数 > 0), aged_over_a_year (filed more than 365 days before the window''s end)';
comment on column core.measure.aggregate is 'count of cases, or the sum of closed_on - filed_on, applied_amount or recovered_amount';

create table core.indicator (
    indicator_code     text primary key,
    indicator_name     text not null,
    indicator_group    text not null check (indicator_group in ('trial', 'execution', 'mediation')),
    display_order      integer not null,
    unit               text not null check (unit in ('count', 'percent', 'days', 'per_10k')),
    denominator_basis  text not null check (denominator_basis in ('none', 'measures', 'population')),
    scale              numeric not null default 1,
    times_window_days  boolean not null default false,
    direction          text check (direction in ('up', 'down', 'target')),
    target             numeric,
    ranked             boolean not null,
    city_court_code    text references core.court,
    definition         text not null,
    check (direction is distinct from 'target' or target is not null),
    check (not ranked or direction is not null)
);
comment on table core.indicator is 'Grain: one row per published indicator: how its value is formed from measures, its unit, direction and whether the basic courts are ranked on it.';
comment on column core.indicator.indicator_code is 'Code used in mart.indicator_value, as in metrics.md';
comment on column core.indicator.indicator_name is 'Chinese name as published (结收比, 法定审限内结案率, …)';
comment on column core.indicator.unit is 'count; percent (47.68 means 47.68%); days; per_10k (per 10 000 residents)';
comment on column core.indicator.denominator_basis is 'none (a count: the value is the numerator), measures (the signed sum of the denominator terms) or population (the court''s; 全市 uses the city''s)';
comment on column core.indicator.scale is 'Multiplier of numerator / denominator: 100 for percentages, 10000 for per 10 000';
comment on column core.indicator.times_window_days is 'Multiply by the number of days in the window (CEPEJ disposition time)';
comment on column core.indicator.direction is 'up: higher is better; down: lower is better; target: at or above target is best';
comment on column core.indicator.target is 'For direction target, the value at or above which a court ranks first (结收比: 100)';
comment on column core.indicator.ranked is 'Whether the 14 basic courts are ranked on it (counts are not)';
comment on column core.indicator.city_court_code is 'When set, the 全市 value is this court''s value rather than the ratio of sums (二审开庭率: 豫13)';
comment on column core.indicator.definition is 'The definition in plain Chinese, for BI users';

create table core.indicator_term (
    indicator_code  text not null references core.indicator on delete cascade,
    part            text not null check (part in ('numerator', 'denominator')),
    measure_code    text not null references core.measure,
    sign            smallint not null default 1 check (sign in (-1, 1)),
    primary key (indicator_code, part, measure_code)
);
comment on table core.indicator_term is 'Grain: one row per measure added to (sign 1) or subtracted from (sign -1) an indicator''s numerator or denominator.';

create table core.indicator_standard (
    indicator_code  text not null references core.indicator on delete cascade,
    applies_to      text not null default 'all' check (applies_to in ('all', 'month', 'ytd')),
    valid_from      date not null,
    lower_bound     numeric,
    upper_bound     numeric,
    source          text,
    primary key (indicator_code, applies_to, valid_from),
    check (lower_bound is not null or upper_bound is not null),
    check (lower_bound is null or upper_bound is null or lower_bound <= upper_bound)
);
comment on table core.indicator_standard is 'Grain: one row per indicator, window and date from which a provincial standard (区间参考值) applies: a value meets it when within the bounds. For a period, the latest standard valid on its first day applies, one for its window taking precedence over one for all windows. Loaded from a CSV by the standards command.';
comment on column core.indicator_standard.applies_to is 'all, or only month or ytd (a share such as 结案率 differs between a month and the year to date)';
comment on column core.indicator_standard.lower_bound is 'The value must be at least this (inclusive); null when there is no lower bound';
comment on column core.indicator_standard.upper_bound is 'The value must be at most this (inclusive); null when there is no upper bound';
comment on column core.indicator_standard.source is 'Where the standard comes from (document, year)';

create table mart.indicator_result (
    period          date not null,
    time_window     text not null check (time_window in ('month', 'ytd')),
    court_code      text not null,
    indicator_code  text not null references core.indicator on delete cascade,
    numerator       numeric,
    denominator     numeric,
    value           numeric,
    rank            integer,
    ranked_courts   integer,
    reporting_courts integer,
    computed_at     timestamptz not null default now(),
    primary key (period, indicator_code, time_window, court_code)
);
comment on table mart.indicator_result is 'Grain: one row per period, indicator, window (month, ytd) and court (法院代字, or 全市 for the city): exact numerator, denominator and value, and the rank among the basic courts. Replaced per period in one transaction by core.recompute_indicators; read it through mart.indicator_value.';
comment on column mart.indicator_result.value is 'Exact value (not rounded); null when the denominator is 0';
comment on column mart.indicator_result.rank is 'Rank among the basic courts (ties share a rank, the next is skipped); null when the indicator is not ranked, for 豫13 and 全市, and when the value is null';
comment on column mart.indicator_result.ranked_courts is 'How many courts were ranked on this indicator and window; null for unranked indicators';
comment on column mart.indicator_result.reporting_courts is 'How many courts'' published data the value rests on: 1 or 0 for a court (0: its delivery, or the intermediate court''s for values attributed through 原审案号, is missing, and the value is null), up to 15 for 全市 (null value unless all reported)';
