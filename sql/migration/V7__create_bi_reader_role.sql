-- Read-only access for BI tools: a group role that may read the mart's views and nothing else.
-- Logins are made members of it (README "For BI users"):
--   create role alice login password '…' in role courtstats_bi;
--
-- The views read staging and core tables, but a view runs with its owner's rights (these views are
-- not security_invoker), so SELECT on a view is all a reader needs: the tables behind it stay closed.
--
-- Roles belong to the server, not to the database: the role may exist already (another database on
-- the same server, or a DBA created it beforehand). Creating it needs CREATEROLE; on a server where
-- the migrating user lacks it, a DBA runs `create role courtstats_bi nologin` first.

do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'courtstats_bi') then
        create role courtstats_bi nologin;
        comment on role courtstats_bi is 'courtstats BI 只读用户组：只能读取 mart 模式下的视图 / courtstats BI readers: may read the views of schema mart, nothing else';
    end if;
end;
$$;

grant usage on schema mart to courtstats_bi;

-- The views that exist already (in a warehouse migrated before this version: on a new one the
-- repeatable migrations create them after this), and every view created in mart from now on. The
-- views are dropped and recreated whenever their repeatable migration changes: default privileges
-- give the new ones SELECT without each file having to grant it.
do $$
declare
    view_name text;
begin
    for view_name in select quote_ident(viewname) from pg_views where schemaname = 'mart' loop
        execute 'grant select on mart.' || view_name || ' to courtstats_bi';
    end loop;
end;
$$;

-- Default privileges cannot tell a view from a table; mart's one table (indicator_result) predates
-- this and stays closed. SchemaConventionTests checks that the role reads the views and no table.
alter default privileges in schema mart grant select on tables to courtstats_bi;

comment on schema mart is '供 BI 工具读取：指标值及排名、报送与数据质量、被拒收的行；每月在一个事务中整体替换；只读用户组 courtstats_bi 可读取其中的视图 / What BI tools read: indicator values with rankings, deliveries and data quality, rejected rows. Replaced per period in one transaction; the read-only group role courtstats_bi may read its views.';
