-- The warehouse's layers, one schema each, and the reference data every later step joins to.
-- Reference rows are copied from shared/reference/courts.csv and case-types.csv; a correction is
-- a new migration (never edit an applied one).

create schema staging;
comment on schema staging is 'Landing zone: one set of rows per delivery (load), typed and with lineage (file, sheet, Excel row). Written by the ingest step only.';
create schema core;
comment on schema core is 'Reference data (courts, case types, indicator catalogue) and the published case slices, one per (period, court, feed).';
create schema mart;
comment on schema mart is 'What BI tools read: indicator values with rankings, load reports and rejected rows. Replaced per period in one transaction.';

create table core.court (
    court_code       text primary key,
    court_name       text not null unique,
    short_name       text not null,
    aliases          text[] not null,
    court_level      text not null check (court_level in ('intermediate', 'basic')),
    admin_code       text not null,
    population       bigint not null check (population > 0),
    population_note  text
);
comment on table core.court is 'Grain: one row per court of the city (法院代字). The intermediate court''s population is the whole city''s (used for 全市 万人起诉率).';
comment on column core.court.court_code is '法院代字 as it appears in case numbers, e.g. 豫1302';
comment on column core.court.aliases is 'Other names the court goes by in file names and titles (宛城法院, 宛城区法院, …)';
comment on column core.court.court_level is 'intermediate (豫13) or basic; rankings compare the basic courts only';
comment on column core.court.population is 'Resident population (2020 census) of the court''s district, denominator of 万人起诉率';

create table core.case_type (
    type_code      text primary key,
    category_code  text,
    domain         text not null,
    stage          text not null,
    feed           text not null check (feed in ('trial', 'execution', 'mediation')),
    type_name      text not null
);
comment on table core.case_type is 'Grain: one row per 类型代字 of the case-number grammar, with the feed it belongs to and its procedural stage (first_instance, second_instance, retrial_application, …).';
comment on column core.case_type.feed is 'The delivery feed that must carry cases of this type; a case in another feed is rejected as WRONG_FEED';
comment on column core.case_type.stage is 'Procedural stage used by indicator scopes (first_instance, second_instance, retrial_application, first_execution, …)';

insert into core.court (court_code, court_name, short_name, aliases, court_level, admin_code, population, population_note) values
    ('豫13', '河南省南阳市中级人民法院', '南阳中院', array['南阳市中级人民法院','南阳中院','市中院','中院'], 'intermediate', '411300', 9713112, 'whole city (seventh census)'),
    ('豫1302', '南阳市宛城区人民法院', '宛城区法院', array['宛城区人民法院','宛城法院','宛城区法院','宛城'], 'basic', '411302', 633563, null),
    ('豫1303', '南阳市卧龙区人民法院', '卧龙区法院', array['卧龙区人民法院','卧龙法院','卧龙区法院','卧龙'], 'basic', '411303', 866748, null),
    ('豫1321', '南召县人民法院', '南召县法院', array['南召法院','南召县法院','南召'], 'basic', '411321', 545475, 'includes 鸭河工区'),
    ('豫1322', '方城县人民法院', '方城县法院', array['方城法院','方城县法院','方城'], 'basic', '411322', 873731, null),
    ('豫1323', '西峡县人民法院', '西峡县法院', array['西峡法院','西峡县法院','西峡'], 'basic', '411323', 450418, null),
    ('豫1324', '镇平县人民法院', '镇平县法院', array['镇平法院','镇平县法院','镇平'], 'basic', '411324', 829780, null),
    ('豫1325', '内乡县人民法院', '内乡县法院', array['内乡法院','内乡县法院','内乡'], 'basic', '411325', 549068, null),
    ('豫1326', '淅川县人民法院', '淅川县法院', array['淅川法院','淅川县法院','淅川'], 'basic', '411326', 538569, null),
    ('豫1327', '社旗县人民法院', '社旗县法院', array['社旗法院','社旗县法院','社旗'], 'basic', '411327', 561573, null),
    ('豫1328', '唐河县人民法院', '唐河县法院', array['唐河法院','唐河县法院','唐河'], 'basic', '411328', 1052978, null),
    ('豫1329', '新野县人民法院', '新野县法院', array['新野法院','新野县法院','新野'], 'basic', '411329', 599855, 'derived: city total minus the listed areas leaves about 978100 for 新野 and 桐柏 together; confirm'),
    ('豫1330', '桐柏县人民法院', '桐柏县法院', array['桐柏法院','桐柏县法院','桐柏'], 'basic', '411330', 378240, 'derived: see 新野; confirm'),
    ('豫1381', '邓州市人民法院', '邓州市法院', array['邓州法院','邓州市法院','邓州'], 'basic', '411381', 1247807, null),
    ('豫1371', '南阳高新技术产业开发区人民法院', '高新区法院', array['南阳高新区法院','高新法院','高新区法院','高新'], 'basic', '411371', 452000, 'court code assumed (statistical code 411371); population = 高新区 about 226900 + 城乡一体化示范区 about 225100; its centrally handled IP, financial and construction cases come from other districts');

insert into core.case_type (type_code, category_code, domain, stage, feed, type_name) values
    ('刑初', '0201', 'criminal', 'first_instance', 'trial', '刑事一审'),
    ('刑终', '0202', 'criminal', 'second_instance', 'trial', '刑事二审'),
    ('刑监', '0204', 'criminal', 'retrial_review', 'trial', '刑事依职权再审审查'),
    ('刑申', '0205', 'criminal', 'retrial_application', 'trial', '刑事申诉再审审查'),
    ('刑抗', '0206', 'criminal', 'retrial_review', 'trial', '刑事抗诉再审审查'),
    ('刑再', '0207', 'criminal', 'retrial', 'trial', '刑事再审'),
    ('刑没', '0208', 'criminal', 'special', 'trial', '申请没收违法所得'),
    ('刑核', '0210', 'criminal', 'review', 'trial', '刑事复核'),
    ('刑医', '0214', 'criminal', 'special', 'trial', '申请强制医疗审查'),
    ('刑更', '0224', 'criminal', 'sentence_change', 'trial', '刑罚与执行变更审查'),
    ('刑他', '0227', 'criminal', 'other', 'trial', '其他刑事'),
    ('民初', '0301', 'civil', 'first_instance', 'trial', '民事一审'),
    ('民终', '0302', 'civil', 'second_instance', 'trial', '民事二审'),
    ('民监', '0304', 'civil', 'retrial_review', 'trial', '民事依职权再审审查'),
    ('民申', '0305', 'civil', 'retrial_application', 'trial', '民事申请再审审查'),
    ('民抗', '0306', 'civil', 'retrial_review', 'trial', '民事抗诉再审审查'),
    ('民再', '0307', 'civil', 'retrial', 'trial', '民事再审'),
    ('民撤', '0308', 'civil', 'first_instance', 'trial', '第三人撤销之诉'),
    ('民特', '0310', 'civil', 'special', 'trial', '民事特别程序'),
    ('民催', '0325', 'civil', 'special', 'trial', '公示催告'),
    ('民督', '0328', 'civil', 'special', 'trial', '申请支付令审查'),
    ('民他', '0330', 'civil', 'other', 'trial', '其他民事'),
    ('民保令', '0332', 'civil', 'special', 'trial', '人身安全保护令申请审查'),
    ('民辖', '0105', 'jurisdiction', 'other', 'trial', '民事管辖'),
    ('民辖终', '0109', 'jurisdiction', 'second_instance', 'trial', '民事管辖上诉'),
    ('民辖监', '0110', 'jurisdiction', 'retrial_review', 'trial', '民事管辖监督'),
    ('行初', '0401', 'administrative', 'first_instance', 'trial', '行政一审'),
    ('行终', '0402', 'administrative', 'second_instance', 'trial', '行政二审'),
    ('行监', '0404', 'administrative', 'retrial_review', 'trial', '行政依职权再审审查'),
    ('行申', '0405', 'administrative', 'retrial_application', 'trial', '行政申请再审审查'),
    ('行抗', '0406', 'administrative', 'retrial_review', 'trial', '行政抗诉再审审查'),
    ('行再', '0407', 'administrative', 'retrial', 'trial', '行政再审'),
    ('行审', '0409', 'administrative', 'special', 'trial', '非诉行政行为申请执行审查'),
    ('行审复', '0410', 'administrative', 'special', 'trial', '非诉行政行为申请执行审查复议'),
    ('行他', '0411', 'administrative', 'other', 'trial', '其他行政'),
    ('行赔初', '0502', 'compensation', 'first_instance', 'trial', '行政赔偿一审'),
    ('行赔终', '0503', 'compensation', 'second_instance', 'trial', '行政赔偿二审'),
    ('财保', '0901', 'preservation', 'special', 'trial', '非诉财产保全审查'),
    ('破申', null, 'bankruptcy', 'special', 'trial', '破产申请审查'),
    ('破', null, 'bankruptcy', 'special', 'trial', '破产'),
    ('强清', null, 'bankruptcy', 'special', 'trial', '强制清算'),
    ('执', '1002', 'execution', 'first_execution', 'execution', '首次执行'),
    ('执恢', '1003', 'execution', 'resumed_execution', 'execution', '恢复执行'),
    ('执保', '1004', 'execution', 'preservation_execution', 'execution', '财产保全执行'),
    ('执异', '1006', 'execution', 'objection', 'execution', '执行异议'),
    ('执复', '1007', 'execution', 'reconsideration', 'execution', '执行复议'),
    ('执监', '1008', 'execution', 'supervision', 'execution', '执行监督'),
    ('执协', '1009', 'execution', 'coordination', 'execution', '执行协调'),
    ('执他', '1010', 'execution', 'other', 'execution', '其他执行'),
    ('民诉前调', '9901', 'mediation', 'pre_litigation', 'mediation', '民事诉前调解'),
    ('诉前调', null, 'mediation', 'pre_litigation', 'mediation', '诉前调解'),
    ('诉前调确', null, 'mediation', 'confirmation', 'trial', '诉前调解司法确认 (excluded from civil statistics since 2022-01-01)'),
    ('诉前调书', null, 'mediation', 'mediation_document', 'trial', '诉前调解出具调解书 (excluded from civil statistics since 2022-01-01)');
