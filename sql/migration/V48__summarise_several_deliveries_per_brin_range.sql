-- The BRIN index that finds a delivery's rows summarised each range of 16 pages by its lowest and
-- highest delivery. Deliveries loaded in parallel share ranges, and a range holding deliveries 3
-- and 5 matched delivery 4 as well: on the benchmark's province month a lookup of one court's
-- delivery (豫1302, 78 404 rows on some 2 700 pages) read 18 544 pages and rechecked and dropped
-- 430 000 rows. The minmax-multi operator class keeps up to 32 values per range instead of their
-- span: the same lookup reads 3 744 pages; building the index over 10 M rows took 0.68-0.74 s
-- against 0.65 s, and the summaries made as each load ends cost about the same.
drop index core.case_row_delivery_brin;
create index case_row_delivery_brin on core.case_row
    using brin (delivery_id int8_minmax_multi_ops) with (pages_per_range = 16);
comment on index core.case_row_delivery_brin is 'Finds a delivery''s rows (every lookup of a published slice goes through it); minmax-multi, so that deliveries loaded in parallel into the same pages do not widen each other''s ranges.';
