package org.courtstats.vocabulary;

/** How a column's cells are read (feeds.md section 3). */
public enum ValueType {
    /** A 案号 that must parse (the row's own case number, 原审案号, 转立案案号). */
    CASE_NO,
    /** 执行依据: a 案号 when it parses, otherwise kept as text. */
    CASE_NO_OR_TEXT,
    TEXT,
    DATE,
    /** Yuan; a header unit of 万元 multiplies by 10 000. */
    AMOUNT,
    YES_NO,
    /** A non-negative whole number (开庭次数). */
    COUNT,
    /** A yes/no read as a count of 1 or 0 (是否开庭 in place of 开庭次数). */
    YES_NO_AS_COUNT,
    TRIAL_DISPOSITION,
    EXECUTION_DISPOSITION,
    PROCEDURE,
    RESPONDENT_TYPE,
    MEDIATION_OUTCOME,
    FOLLOW_UP
}
