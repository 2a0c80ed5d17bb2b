package org.courtstats.vocabulary;

import java.util.Locale;

/**
 * The columns of a normalised case record, in the order of core.case_row and core.case_record
 * (after their lineage columns). Feed fields fill some of them; the case-number parser fills the
 * derived ones (year, court, type, serial, and the court and type of 原审案号 and 执行依据).
 */
public enum CaseField {
    CASE_NO, CASE_NO_RAW, CASE_YEAR, CASE_COURT_CODE, CASE_TYPE_CODE, CASE_SERIAL,
    CAUSE, FILED_ON, CLOSED_ON, DISPOSITION, DEADLINE_ON, OVERDUE, PROCEDURE, HEARINGS,
    ORIGINAL_CASE_NO, ORIGINAL_COURT_CODE, ORIGINAL_TYPE_CODE, JUDGE, DIVISION,
    CLAIM_AMOUNT, APPLIED_AMOUNT, RECOVERED_AMOUNT, RESPONDENT_TYPE,
    BASIS_CASE_NO, BASIS_COURT_CODE, BASIS_TYPE_CODE, FOLLOW_UP, FILED_CASE_NO, MEDIATOR;

    private final String column = name().toLowerCase(Locale.ROOT);

    /** The SQL column name, which is also the field name used in reports (filed_on, …). */
    public String column() {
        return column;
    }
}
