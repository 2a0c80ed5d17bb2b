package org.courtstats.samples.quirks;

import org.courtstats.samples.world.Register;
import org.courtstats.vocabulary.ReasonCode;

/**
 * A bad row a register file carries, once per file where {@link RegisterStyles} plants it, with the
 * reason the pipeline rejects it with (jobs/feeds/ declares the columns, keys and choices).
 */
public enum RegisterDefect {
    /** The key left empty: 案号 of a flag, 申请编号 of a request or filing. */
    MISSING_KEY(ReasonCode.MISSING_VALUE, 1),
    /** Two rows with one key: a 案号 flagged twice, an 申请编号 typed again for the next request. */
    DUPLICATE_KEY(ReasonCode.DUPLICATE_KEY, 2),
    /** 标记日期 {@code 2024-02-30}. */
    IMPOSSIBLE_DATE(ReasonCode.BAD_DATE, 1),
    /** 申请时间 or 提交时间 on the day after the month's last, or in the 25th hour. */
    IMPOSSIBLE_DATE_TIME(ReasonCode.BAD_DATE, 1),
    /** 类别 {@code 重点案件}, 审核结果 {@code 待审}: not a spelling of the contract's choices. */
    UNKNOWN_CHOICE(ReasonCode.BAD_VALUE, 1),
    /** 审核时间 given, 审核结果 left empty. */
    MISSING_RESULT(ReasonCode.MISSING_VALUE, 1),
    /** A well-formed 案号 of the court that is no trial case of its month's trial delivery. */
    NOT_A_TRIAL_CASE(ReasonCode.NOT_A_TRIAL_CASE, 1),
    /** A neighbouring court's trial case in this court's 四类案件 register. */
    OTHER_COURTS_CASE(ReasonCode.WRONG_COURT, 1);

    private final ReasonCode reason;
    private final int rejectedRows;

    RegisterDefect(ReasonCode reason, int rejectedRows) {
        this.reason = reason;
        this.rejectedRows = rejectedRows;
    }

    /** The reason the pipeline gives in that register: a 案号 flagged twice is a duplicate case number. */
    public ReasonCode reason(Register register) {
        return this == DUPLICATE_KEY && register == Register.SUPERVISION ? ReasonCode.DUPLICATE_CASE_NO : reason;
    }

    /** Rows the pipeline rejects for it: a duplicate key rejects both rows. */
    public int rejectedRows() {
        return rejectedRows;
    }
}
