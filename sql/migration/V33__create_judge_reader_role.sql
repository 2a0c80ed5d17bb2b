-- mart.judge_indicator names people (承办人): it is read by a group role of its own, not by
-- courtstats_bi (README "Figures by judge"). As for courtstats_bi (V7), the role belongs to the
-- server and may exist already; creating it needs CREATEROLE, else a DBA runs
-- `create role courtstats_judge_reader nologin` first.

do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'courtstats_judge_reader') then
        create role courtstats_judge_reader nologin;
        comment on role courtstats_judge_reader is 'courtstats 法官绩效只读用户组：只能读取 mart.judge_indicator（按承办人的指标）；只授予审管办、政治部等负责绩效考核的人员 / courtstats judge figures readers: may read mart.judge_indicator (indicators per judge) only; for those who run the judges'' performance reviews';
    end if;
end;
$$;

grant usage on schema mart to courtstats_judge_reader;
