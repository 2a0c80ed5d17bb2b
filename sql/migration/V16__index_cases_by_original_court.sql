-- mart.indicator_case lists, for a court's attributed values (一审上诉率, 改判率, …), the cases whose
-- 原审案号 names it, wherever they were heard: without an index that is a scan of every case of the
-- month. The index leads with the court, in the bytewise collation the view compares court codes in
-- (that of core.published_slice.court_code; with another the index is not used), and carries the
-- delivery. Only cases that carry a 原审案号 of the city are indexed, so loading barely pays for it.
create index case_row_original_court on core.case_row (original_court_code collate "C", delivery_id)
    where original_court_code is not null;

-- The mart's views show a month as text (2024-08) and BI users filter on it: without statistics on
-- that expression the planner takes any month for one slice of one court, and reads a province's
-- month slice by slice (measured on 200 courts: 3.5 s instead of 0.15 s for one court's value).
create statistics core.published_slice_month_label on (to_char(period::timestamp with time zone, 'YYYY-MM'))
    from core.published_slice;
comment on statistics core.published_slice_month_label is 'How many slices each month (as the text the mart shows, YYYY-MM) has, for the planner of mart.indicator_case.';
