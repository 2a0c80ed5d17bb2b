-- mart.indicator_wide is made from the catalogue (core.define_indicator_wide), one column per
-- indicator, and every mart column carries a bilingual comment: the catalogue gives the Chinese
-- name, and now the English one. An indicator added without it gets its code as its English name.

alter table core.indicator add column indicator_name_en text;
comment on column core.indicator.indicator_name_en is 'English name, for the bilingual comments of the mart (mart.indicator_wide''s column of the indicator); null: the code stands for it';

update core.indicator i set indicator_name_en = n.name_en
from (values
    ('trial_received', 'Trial cases received'),
    ('trial_closed', 'Trial cases closed'),
    ('trial_pending', 'Trial cases pending at the end'),
    ('clearance_rate', 'Clearance rate'),
    ('closure_rate', 'Closure rate'),
    ('within_limit_rate', 'Closed within the legal time limit'),
    ('avg_trial_days', 'Average days to close a trial case'),
    ('aged_pending_ratio', 'Pending cases older than 12 months'),
    ('disposition_time', 'Disposition time (CEPEJ)'),
    ('mediation_rate', 'Mediation rate of civil first instance'),
    ('mediation_withdrawal_rate', 'Mediated or withdrawn, civil first instance'),
    ('appeal_rate', 'Appeal rate'),
    ('acceptance_rate', 'Acceptance rate of first-instance judgments'),
    ('reversal_rate', 'Reversal rate'),
    ('remand_rate', 'Remand rate'),
    ('reversal_remand_ratio', 'Appeals reversed or remanded'),
    ('appeal_hearing_rate', 'Appeals heard in court (intermediate court only)'),
    ('retrial_application_rate', 'Retrial application rate'),
    ('suits_per_10k', 'Suits per 10 000 residents'),
    ('exec_received', 'Execution cases received'),
    ('exec_closed', 'Execution cases closed'),
    ('exec_pending', 'Execution cases pending at the end'),
    ('exec_completion_rate', 'Execution completion rate'),
    ('exec_recovery_rate', 'Recovery rate'),
    ('exec_recovery_rate_government', 'Recovery rate, government respondents'),
    ('exec_recovery_rate_enterprise', 'Recovery rate, enterprise respondents'),
    ('exec_terminated_rate', 'Closed by terminating the current enforcement'),
    ('avg_exec_days', 'Average days to close an execution case'),
    ('exec_objection_upheld', 'Execution objections upheld'),
    ('premediation_count', 'Pre-litigation mediations registered'),
    ('premediation_diversion_rate', 'Pre-litigation diversion rate'),
    ('premediation_success_rate', 'Pre-litigation mediation success rate'),
    ('premediation_enforcement_rate', 'Mediated settlements brought to enforcement')
) as n (indicator_code, name_en)
where i.indicator_code = n.indicator_code;
