-- Publishing used to count a delivery's loaded rows and look for case numbers sent twice by reading
-- all its rows again: about a third of the publish step. Now each chunk adds its rows to
-- rows_loaded as it is written (in the chunk's transaction, so a restart counts nothing twice),
-- and the loader remembers the case numbers it has seen; publishing reads the rows again only when
-- one may have come twice.
alter table staging.delivery add column duplicates_possible boolean not null default true;
comment on column staging.delivery.duplicates_possible is 'Whether a case number may occur twice among the delivery''s rows: set by the loader, which saw every case number unless it was restarted part way; publishing then checks the rows (and rejects both occurrences). True until the loader says otherwise.';
comment on column staging.delivery.rows_loaded is 'Rows accepted into core.case_row: counted by each chunk as it is written, less the rows of case numbers sent twice';
