-- The city's default definitions of the execution and pre-litigation mediation indicators
-- (metrics.md). Scopes: first execution = 执; execution = 执, 执恢; mediation = the mediation feed
-- (民诉前调, 诉前调). An execution case is enforcing a pre-litigation mediation when its 执行依据 is a
-- 民诉前调, 诉前调, 诉前调确 or 诉前调书 case.

insert into core.measure (measure_code, measure_name, feed, type_codes, event, dispositions, respondent_types, basis_type_codes, aggregate) values
    ('exec_received',                      '执行新收',                     'execution', array['执', '执恢'], 'received',    null, null, null, 'count'),
    ('exec_closed',                        '执结',                         'execution', array['执', '执恢'], 'closed',      null, null, null, 'count'),
    ('exec_pending_end',                   '执行未结',                     'execution', array['执', '执恢'], 'pending_end', null, null, null, 'count'),
    ('exec_closed_days',                   '执结案件执行天数合计',         'execution', array['执', '执恢'], 'closed',      null, null, null, 'duration_days'),
    ('exec_closed_applied',                '执结案件申请执行标的额',       'execution', array['执', '执恢'], 'closed',      null, null, null, 'applied_amount'),
    ('exec_closed_recovered',              '执结案件实际执行到位金额',     'execution', array['执', '执恢'], 'closed',      null, null, null, 'recovered_amount'),
    ('exec_closed_applied_government',     '涉党政机关执结案件申请标的额', 'execution', array['执', '执恢'], 'closed',      null, array['党政机关'], null, 'applied_amount'),
    ('exec_closed_recovered_government',   '涉党政机关执结案件到位金额',   'execution', array['执', '执恢'], 'closed',      null, array['党政机关'], null, 'recovered_amount'),
    ('exec_closed_applied_enterprise',     '涉企执结案件申请标的额',       'execution', array['执', '执恢'], 'closed',      null, array['企业'], null, 'applied_amount'),
    ('exec_closed_recovered_enterprise',   '涉企执结案件到位金额',         'execution', array['执', '执恢'], 'closed',      null, array['企业'], null, 'recovered_amount'),
    ('first_exec_closed',                  '首执结案',                     'execution', array['执'],         'closed',      null, null, null, 'count'),
    ('first_exec_closed_completed',        '首执执行完毕结案',             'execution', array['执'],         'closed',      array['执行完毕'], null, null, 'count'),
    ('first_exec_closed_terminated',       '首执终结本次执行程序结案',     'execution', array['执'],         'closed',      array['终结本次执行程序'], null, null, 'count'),
    ('first_exec_received_mediation_basis', '以诉前调解为执行依据的首执新收', 'execution', array['执'],      'received',    null, null, array['民诉前调', '诉前调', '诉前调确', '诉前调书'], 'count'),
    ('mediation_registered',               '诉前调解登记',                 'mediation', null,                'received',    null, null, null, 'count'),
    ('mediation_closed',                   '诉前调解办结',                 'mediation', null,                'closed',      null, null, null, 'count'),
    ('mediation_closed_success',           '诉前调解成功',                 'mediation', null,                'closed',      array['调解成功'], null, null, 'count'),
    ('civil_first_received',               '民事一审新收',                 'trial',     array['民初'],       'received',    null, null, null, 'count');

insert into core.indicator (indicator_code, indicator_name, indicator_group, display_order, unit, denominator_basis, scale, direction, ranked, definition) values
    ('exec_received',                 '执行新收',                 'execution', 10,  'count',   'none',     1,   null,   false, '首次执行和恢复执行案件新收数'),
    ('exec_closed',                   '执结',                     'execution', 20,  'count',   'none',     1,   null,   false, '首次执行和恢复执行案件结案数'),
    ('exec_pending',                  '执行未结',                 'execution', 30,  'count',   'none',     1,   null,   false, '期末未结执行案件数'),
    ('exec_completion_rate',          '执行完毕率',               'execution', 40,  'percent', 'measures', 100, 'up',   true,  '首执案件以执行完毕方式结案数 / 首执结案数 × 100%'),
    ('exec_recovery_rate',            '执行到位率',               'execution', 50,  'percent', 'measures', 100, 'up',   true,  '执结案件实际执行到位金额之和 / 申请执行标的额之和 × 100%'),
    ('exec_recovery_rate_government', '涉党政机关执行到位率',     'execution', 60,  'percent', 'measures', 100, 'up',   true,  '被执行人为党政机关的执结案件到位金额之和 / 申请执行标的额之和 × 100%'),
    ('exec_recovery_rate_enterprise', '涉企执行到位率',           'execution', 70,  'percent', 'measures', 100, 'up',   true,  '被执行人为企业的执结案件到位金额之和 / 申请执行标的额之和 × 100%'),
    ('exec_terminated_rate',          '终本率',                   'execution', 80,  'percent', 'measures', 100, 'down', true,  '首执案件以终结本次执行程序方式结案数 / 首执结案数 × 100%'),
    ('avg_exec_days',                 '平均执行天数',             'execution', 90,  'days',    'measures', 1,   'down', true,  '执结案件（结案日期 − 立案日期）之和 / 执结数'),
    ('premediation_count',            '诉前调解数',               'mediation', 10,  'count',   'none',     1,   null,   false, '诉前调解登记数'),
    ('premediation_diversion_rate',   '诉前调解分流率',           'mediation', 20,  'percent', 'measures', 100, 'up',   true,  '诉前调解登记数 / （诉前调解登记数 + 民事一审新收数） × 100%'),
    ('premediation_success_rate',     '诉前调解成功率',           'mediation', 30,  'percent', 'measures', 100, 'up',   true,  '调解成功办结数 / 诉前调解办结数 × 100%'),
    ('premediation_enforcement_rate', '诉前调解案件申请执行率',   'mediation', 40,  'percent', 'measures', 100, 'down', true,  '以诉前调解（民诉前调、诉前调、诉前调确、诉前调书）为执行依据的首执新收数 / 调解成功办结数 × 100%');

insert into core.indicator_term (indicator_code, part, measure_code, sign) values
    ('exec_received',                 'numerator',   'exec_received', 1),
    ('exec_closed',                   'numerator',   'exec_closed', 1),
    ('exec_pending',                  'numerator',   'exec_pending_end', 1),
    ('exec_completion_rate',          'numerator',   'first_exec_closed_completed', 1),
    ('exec_completion_rate',          'denominator', 'first_exec_closed', 1),
    ('exec_recovery_rate',            'numerator',   'exec_closed_recovered', 1),
    ('exec_recovery_rate',            'denominator', 'exec_closed_applied', 1),
    ('exec_recovery_rate_government', 'numerator',   'exec_closed_recovered_government', 1),
    ('exec_recovery_rate_government', 'denominator', 'exec_closed_applied_government', 1),
    ('exec_recovery_rate_enterprise', 'numerator',   'exec_closed_recovered_enterprise', 1),
    ('exec_recovery_rate_enterprise', 'denominator', 'exec_closed_applied_enterprise', 1),
    ('exec_terminated_rate',          'numerator',   'first_exec_closed_terminated', 1),
    ('exec_terminated_rate',          'denominator', 'first_exec_closed', 1),
    ('avg_exec_days',                 'numerator',   'exec_closed_days', 1),
    ('avg_exec_days',                 'denominator', 'exec_closed', 1),
    ('premediation_count',            'numerator',   'mediation_registered', 1),
    ('premediation_diversion_rate',   'numerator',   'mediation_registered', 1),
    ('premediation_diversion_rate',   'denominator', 'mediation_registered', 1),
    ('premediation_diversion_rate',   'denominator', 'civil_first_received', 1),
    ('premediation_success_rate',     'numerator',   'mediation_closed_success', 1),
    ('premediation_success_rate',     'denominator', 'mediation_closed', 1),
    ('premediation_enforcement_rate', 'numerator',   'first_exec_received_mediation_basis', 1),
    ('premediation_enforcement_rate', 'denominator', 'mediation_closed_success', 1);
