package org.courtstats.vocabulary;

/** When a field's value must be present in a data row (feeds.md section 2). */
public enum Requirement {
    /** Always. */
    REQUIRED,
    /** When the case is closed (结案方式 once there is a 结案日期). */
    REQUIRED_WHEN_CLOSED,
    /**
     * For second-instance cases (原审案号 of 民终, 刑终, 行终); a retrial or retrial application without
     * it is kept with the warning NO_ORIGINAL_CASE_NO.
     */
    REQUIRED_FOR_SECOND_INSTANCE,
    OPTIONAL
}
