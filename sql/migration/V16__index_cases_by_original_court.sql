-- mart.indicator_case lists, for a court's attributed values (一审上诉率, 改判率, …), the cases whose
-- 原审案号 names it, wherever they were heard: without an index that is a scan of every case of the
-- month. The index leads with the court and carries the delivery, so that each published slice is
-- probed for that court's cases alone. Only cases that carry a 原审案号 of the city are indexed, so
-- loading barely pays for it.
create index case_row_original_court on core.case_row (original_court_code, delivery_id)
    where original_court_code is not null;
