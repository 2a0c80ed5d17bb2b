-- The review findings of deliveries before publishing (V20, R__review_checks.sql), for BI and
-- for the statistician's review of a month: one row per finding, with the court, the feed, the
-- delivery's file and fate, and the cases involved.

drop view if exists mart.review_finding;
create view mart.review_finding as
select to_char(d.period, 'YYYY-MM') as period,
       d.court_code,
       c.court_name,
       d.feed,
       fe.feed_name,
       f.check_code,
       k.check_name,
       f.subject,
       f.severity,
       f.figure,
       f.expected,
       f.found,
       f.message,
       f.case_count,
       f.cases,
       d.file_name,
       d.status as delivery_status,
       d.review_decision,
       d.delivery_id,
       f.found_at
from staging.review_finding f
join staging.delivery d on d.delivery_id = f.delivery_id
join core.review_check k on k.check_code = f.check_code
left join core.court c on c.court_code = d.court_code
left join core.feed fe on fe.feed_code = d.feed;

comment on view mart.review_finding is '粒度：每份报送文件、每项审核检查、每个检查对象一行：发布前审核（预发布）发现的问题，以及涉及的案件 / Grain: one row per delivery, review check and subject: what the review before publishing found, and the cases involved.';
comment on column mart.review_finding.period is '统计月份，YYYY-MM / Reporting month, YYYY-MM';
comment on column mart.review_finding.court_code is '法院代字 / Court code';
comment on column mart.review_finding.court_name is '法院名称 / Court name';
comment on column mart.review_finding.feed is '报表类别：trial、execution、mediation / Feed code';
comment on column mart.review_finding.feed_name is '报表类别名称：审判、执行、诉前调解 / Feed name';
comment on column mart.review_finding.check_code is '检查代码：continuity、resend_shrink、resend_growth、volume、completeness、outlier（见 core.review_check） / Check code (see core.review_check)';
comment on column mart.review_finding.check_name is '检查名称 / Check name, in Chinese';
comment on column mart.review_finding.subject is '检查对象：received 收案、closed 结案、pending 未结（数量检查），字段列名（填报率），指标代码（指标值偏离）；整份文件为空 / What was looked at: received, closed, pending (volume), a field column (completeness), an indicator code (outlier); empty for the whole delivery';
comment on column mart.review_finding.severity is '严重程度：warn 提示（照常发布）；hold 暂缓发布，待统计人员审核 / warn: published all the same; hold: held for the statistician''s review';
comment on column mart.review_finding.figure is '与阈值比较的数值（含义见 core.review_check.measure_description） / The figure compared with the thresholds';
comment on column mart.review_finding.expected is '按本院已发布数据应有的情况 / What the published data led to expect';
comment on column mart.review_finding.found is '本文件的实际情况 / What the delivery holds';
comment on column mart.review_finding.message is '哪里不对、该向法院核对什么 / What looks wrong and what to check with the court';
comment on column mart.review_finding.case_count is '涉及的案件数 / How many cases are involved';
comment on column mart.review_finding.cases is '涉及的案件，JSON 数组 [{"case_no", "note"}] / The cases involved, a JSON array of {"case_no", "note"}';
comment on column mart.review_finding.file_name is '报送文件名 / The delivery''s file name';
comment on column mart.review_finding.delivery_status is '该文件现在的状态（held 待审核、published 已发布、rejected 驳回、superseded 已被替换） / The delivery''s status now';
comment on column mart.review_finding.review_decision is '统计人员的审核决定：released 发布、rejected 驳回；未审核为空 / The statistician''s decision on a held delivery: released or rejected; null when none was needed or made';
comment on column mart.review_finding.delivery_id is '报送编号，与 mart.delivery_status 关联 / Delivery id; joins mart.delivery_status';
comment on column mart.review_finding.found_at is '检查时间 / When the check ran';
