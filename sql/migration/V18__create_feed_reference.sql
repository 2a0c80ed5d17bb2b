-- The three feeds were spelled out in five check constraints and their names in three views (and in
-- Java: Feed, reports.Labels, bulletin.MonthFigures). core.feed is now the one list: the constraints
-- become foreign keys to it and the mart views read the feeds' names from it. The Java enum
-- org.courtstats.vocabulary.Feed names the same rows; FeedReferenceTests keeps the two in step.

create table core.feed (
    feed_code     text collate "C" primary key,
    feed_name     text not null unique,
    feed_name_en  text not null unique,
    display_order integer not null unique
);
comment on table core.feed is 'Grain: one row per feed a court delivers (trial, execution, mediation): its code as stored in every feed column, and the names reports and the mart show for it.';
comment on column core.feed.feed_code is 'Feed code, as in staging.delivery.feed, core.case_type.feed, core.measure.feed and core.indicator.indicator_group';
comment on column core.feed.feed_name is 'The feed''s Chinese name in reports and the mart: 审判, 执行, 诉前调解';
comment on column core.feed.feed_name_en is 'The feed''s English name: trial cases, execution cases, pre-litigation mediations';
comment on column core.feed.display_order is 'Order of the feeds (and of the indicator groups) in the bulletin and the catalogue';

insert into core.feed (feed_code, feed_name, feed_name_en, display_order) values
    ('trial', '审判', 'trial cases', 1),
    ('execution', '执行', 'execution cases', 2),
    ('mediation', '诉前调解', 'pre-litigation mediations', 3);

alter table core.case_type
    drop constraint case_type_feed_check,
    add constraint case_type_feed_fkey foreign key (feed) references core.feed;
alter table core.measure
    drop constraint measure_feed_check,
    add constraint measure_feed_fkey foreign key (feed) references core.feed;
alter table core.indicator
    drop constraint indicator_indicator_group_check,
    add constraint indicator_indicator_group_fkey foreign key (indicator_group) references core.feed;
alter table core.published_slice
    drop constraint published_slice_feed_check,
    add constraint published_slice_feed_fkey foreign key (feed) references core.feed;
alter table staging.delivery
    drop constraint delivery_feed_check,
    add constraint delivery_feed_fkey foreign key (feed) references core.feed;
