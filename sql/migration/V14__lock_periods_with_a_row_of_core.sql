-- One writer per month (import, rerun, recompute, forget) is now a row lock on the month's row of
-- core.period_lock, held by the run for its whole length (PeriodLock). It replaces a session
-- advisory lock keyed by the month: any login can take any advisory key, so a read-only BI login
-- holding pg_advisory_lock(…, 202408) stopped every import of 2024-08. Locking a row FOR UPDATE
-- needs UPDATE on the table, and the BI role has no privilege in schema core.

create table core.period_lock (
    period  date primary key check (extract(day from period) = 1)
);
comment on table core.period_lock is 'Grain: one row per reporting month that a run has ever locked (added on first use). A run locks its month''s row FOR UPDATE NOWAIT for as long as it runs, so that two imports or recomputations of one month never interleave; nothing else is stored.';
comment on column core.period_lock.period is 'Reporting month, as its first day';
