-- Since V9 the typed rows of a delivery are loaded into core.case_row and published by pointing
-- core.published_slice at them; staging keeps only what arrived and what became of it. The schema
-- comments of V2 still said rows were copied into staging, and "published" was read from two places
-- (staging.delivery.status and core.published_slice). core.published_slice is now the one record of
-- what is published, read by core.recompute_indicators, SlicePublisher, the status report and
-- mart.data_quality; staging.delivery.status is each file's history. Comments only: no row changes.

comment on schema staging is 'What arrived: one row per delivery file with what it was found to be and its fate (staging.delivery), and every row problem (staging.row_issue). Append-only history; typed case rows do not live here but in core.case_row.';
comment on schema core is 'Reference data (courts, feeds, case types, indicator catalogue, standards), the loaded case rows of every delivery being loaded or published (core.case_row), which delivery is published for each (period, court, feed) (core.published_slice, the one record of what is published) and the published cases (the view core.case_record).';

comment on column staging.delivery.status is 'The file''s fate, as history: registered (being loaded), published (its slice pointed at it when it was last decided), refused, superseded (a later delivery took its slice) or abandoned. What is published now is core.published_slice''s to say.';

comment on table core.published_slice is 'Grain: one row per (period, court, feed) that has a published delivery: which delivery''s rows in core.case_row are the court''s year-to-date snapshot for the month. The one record of what is published (staging.delivery.status is each file''s history). Publishing a delivery replaces the pointer in the same transaction that recomputes the month''s indicators.';
