-- core.recompute_indicators writes a period's values over the old ones in place (it deleted and
-- inserted them: every key inserted again was checked against each earlier version of it until
-- VACUUM, so back-to-back recomputes slowed down). With half of each page left free, the new version
-- of a row goes on its page and its index entries stay as they are (a HOT update). New pages only:
-- the pages written before fill up as rows move off them.
alter table mart.indicator_result set (fillfactor = 50);
alter table mart.indicator_slice_result set (fillfactor = 50);
