-- The province's published figures for its cities (省通报), loaded by `province --file`, so that
-- mart.province_rank can rank this city's 全市 among them (issue 14, point 3).

create table core.province_figure (
    period          date not null check (period = date_trunc('month', period)),
    time_window     text not null check (time_window in ('month', 'ytd')),
    indicator_code  text not null references core.indicator on delete cascade,
    city            text not null,
    value           numeric not null,
    source_file     text not null,
    source_row      integer not null,
    loaded_at       timestamptz not null default now(),
    primary key (period, time_window, indicator_code, city)
);
comment on table core.province_figure is 'Grain: one row per period, window, indicator and city of the province: the value the province published for that city (its 通报), as loaded by the province command. Loading a file replaces the figures of every period, window and indicator it holds.';
comment on column core.province_figure.period is 'Reporting month (first day) the figure is for';
comment on column core.province_figure.time_window is 'month (本月) or ytd (截至本月)';
comment on column core.province_figure.indicator_code is 'Indicator of the catalogue the figure is';
comment on column core.province_figure.city is 'The city as the province names it, without 市 and the court''s name (南阳, 郑州, …)';
comment on column core.province_figure.value is 'The published value, in the indicator''s unit (47.68 means 47.68%)';
comment on column core.province_figure.source_file is 'Name of the file it was loaded from';
comment on column core.province_figure.source_row is 'Row of that file (as Excel shows it)';
comment on column core.province_figure.loaded_at is 'When it was loaded';
