package org.courtstats.normalize;

/** When a field's value must be present in a data row (feeds.md section 2). */
public enum Requirement {
    /** Always. */
    REQUIRED,
    /** When the case is closed (结案方式 once there is a 结案日期). */
    REQUIRED_WHEN_CLOSED,
    /** For second-instance and retrial cases (原审案号 of 终 and 再 cases). */
    REQUIRED_FOR_REVIEW,
    OPTIONAL
}
