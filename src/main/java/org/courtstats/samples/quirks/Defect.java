package org.courtstats.samples.quirks;

import org.courtstats.samples.world.Feed;
import org.courtstats.samples.world.Field;
import org.courtstats.vocabulary.ReasonCode;

/**
 * A bad row a court's file carries (feeds.md section 6). An EXTRA defect adds a row next to a real
 * one; a CORRUPT defect spoils a real case's row, which is then simply missing from the court's
 * published data; a DUPLICATE writes a real row twice.
 */
public enum Defect {
    /** {@code （202x）豫1302民初12号} */
    PLACEHOLDER_YEAR(ReasonCode.BAD_CASE_NO, Kind.EXTRA),
    /** {@code （2024）豫1321民初88}: the closing 号 forgotten. */
    MISSING_HAO(ReasonCode.BAD_CASE_NO, Kind.EXTRA),
    /** {@code 邓法〔2024〕37号}: a document number typed into the 案号 column. */
    DOCUMENT_NUMBER(ReasonCode.BAD_CASE_NO, Kind.EXTRA),
    /** A neighbouring court's case in this court's file. */
    OTHER_COURTS_CASE(ReasonCode.WRONG_COURT, Kind.EXTRA),
    /** A 执 case in the trial feed. */
    EXECUTION_CASE(ReasonCode.WRONG_FEED, Kind.EXTRA),
    /** A 民初 case in the execution or mediation feed. */
    CIVIL_CASE(ReasonCode.WRONG_FEED, Kind.EXTRA),
    /** A case registered in the first days of the next month: the export was run late. */
    FILED_NEXT_MONTH(ReasonCode.AFTER_PERIOD, Kind.EXTRA),
    NO_FILING_DATE(ReasonCode.MISSING_VALUE, Kind.CORRUPT),
    /** A closed case without 结案方式 (调解结果 in the mediation feed). */
    NO_DISPOSITION(ReasonCode.MISSING_VALUE, Kind.CORRUPT),
    NO_APPLIED_AMOUNT(ReasonCode.MISSING_VALUE, Kind.CORRUPT),
    /** {@code 2024-02-30} as 立案日期. */
    IMPOSSIBLE_DATE(ReasonCode.BAD_DATE, Kind.CORRUPT),
    /** {@code 24-3-5} as 结案日期. */
    TWO_DIGIT_YEAR(ReasonCode.BAD_DATE, Kind.CORRUPT),
    /** 立案日期 and 结案日期 swapped. */
    CLOSED_BEFORE_FILED(ReasonCode.CLOSED_BEFORE_FILED, Kind.CORRUPT),
    /** A case that closed days after the month end, exported with that 结案日期. */
    CLOSED_NEXT_MONTH(ReasonCode.AFTER_PERIOD, Kind.CORRUPT),
    /** {@code 约五万元} */
    AMOUNT_IN_WORDS(ReasonCode.BAD_AMOUNT, Kind.CORRUPT),
    /** {@code 12,3a4} */
    GARBLED_AMOUNT(ReasonCode.BAD_AMOUNT, Kind.CORRUPT),
    NEGATIVE_AMOUNT(ReasonCode.NEGATIVE_AMOUNT, Kind.CORRUPT),
    /** {@code 调撤}: the clerks' shorthand for 调解 or 撤诉. */
    ABBREVIATED_DISPOSITION(ReasonCode.UNKNOWN_DISPOSITION, Kind.CORRUPT),
    /** {@code 判决驳回}: a judgment dismissing the claim, not a disposition of the list. */
    COMBINED_DISPOSITION(ReasonCode.UNKNOWN_DISPOSITION, Kind.CORRUPT),
    /** {@code 执行终结}: 终结执行 the wrong way round. */
    REVERSED_DISPOSITION(ReasonCode.UNKNOWN_DISPOSITION, Kind.CORRUPT),
    DUPLICATE(ReasonCode.DUPLICATE_CASE_NO, Kind.DUPLICATE);

    enum Kind { EXTRA, CORRUPT, DUPLICATE }

    private final ReasonCode reason;
    private final Kind kind;

    Defect(ReasonCode reason, Kind kind) {
        this.reason = reason;
        this.kind = kind;
    }

    ReasonCode reason() {
        return reason;
    }

    Kind kind() {
        return kind;
    }

    /** Rows the pipeline rejects for one occurrence: a duplicate rejects both rows. */
    int rejectedRows() {
        return kind == Kind.DUPLICATE ? 2 : 1;
    }

    /** The column the pipeline names in its rejection. */
    Field field(Feed feed) {
        return switch (this) {
            case PLACEHOLDER_YEAR, MISSING_HAO, DOCUMENT_NUMBER, OTHER_COURTS_CASE, EXECUTION_CASE, CIVIL_CASE,
                    DUPLICATE -> Field.CASE_NO;
            case FILED_NEXT_MONTH, NO_FILING_DATE, IMPOSSIBLE_DATE -> Field.FILED_ON;
            case TWO_DIGIT_YEAR, CLOSED_BEFORE_FILED, CLOSED_NEXT_MONTH -> Field.CLOSED_ON;
            case NO_DISPOSITION -> feed == Feed.MEDIATION ? Field.OUTCOME : Field.DISPOSITION;
            case ABBREVIATED_DISPOSITION, COMBINED_DISPOSITION, REVERSED_DISPOSITION -> Field.DISPOSITION;
            case NO_APPLIED_AMOUNT -> Field.APPLIED_AMOUNT;
            case AMOUNT_IN_WORDS, GARBLED_AMOUNT -> feed == Feed.EXECUTION ? Field.APPLIED_AMOUNT : Field.CLAIM_AMOUNT;
            case NEGATIVE_AMOUNT -> feed == Feed.EXECUTION ? Field.RECOVERED_AMOUNT : Field.CLAIM_AMOUNT;
        };
    }
}
