-- Flyway's validation (scanning, parsing and checksumming every migration of the jar) took more than
-- a second of every command's start, also when nothing was pending. After a successful migration
-- courtstats records which migration set it brought the schema to, and what the schema history then
-- held; a command whose jar carries the same set, on an unchanged history, skips Flyway
-- (org.courtstats.warehouse.SchemaMigration). Any other set, or an edited history, runs Flyway as before.

create table core.schema_fingerprint (
    singleton     boolean primary key default true check (singleton),
    migration_set text not null,
    history       text not null,
    recorded_at   timestamptz not null default now()
);

comment on table core.schema_fingerprint is 'Grain: one row. The migration set courtstats last brought this schema to, and the schema history right after; a start that finds its own set and the same history skips Flyway. Rewritten after every migration; deleting the row only makes the next start run Flyway.';
comment on column core.schema_fingerprint.singleton is 'Always true: the table holds one row.';
comment on column core.schema_fingerprint.migration_set is 'SHA-256 (hex) of the names and bytes of every migration file the jar shipped, in name order.';
comment on column core.schema_fingerprint.history is 'MD5 (hex) of flyway_schema_history (rank, version, script, checksum, success of every row) right after that migration.';
comment on column core.schema_fingerprint.recorded_at is 'When the row was written.';
