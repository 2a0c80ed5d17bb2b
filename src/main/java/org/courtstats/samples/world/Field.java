package org.courtstats.samples.world;

/**
 * A column of a delivery, independent of how a court names it
 * ({@link org.courtstats.samples.quirks.HeaderNaming}) or spells its values
 * ({@link org.courtstats.samples.quirks.CellFormatter}). The last five are columns the contract does not know, which
 * courts add and the pipeline must ignore.
 */
public enum Field {
    CASE_NO(Kind.CASE_REF),
    CAUSE(Kind.TEXT),
    /** 立案日期; 登记日期 in the mediation feed. */
    FILED_ON(Kind.DATE),
    /** 结案日期; 办结日期 in the mediation feed. */
    CLOSED_ON(Kind.DATE),
    DISPOSITION(Kind.DISPOSITION),
    DEADLINE_ON(Kind.DATE),
    OVERDUE(Kind.FLAG),
    PROCEDURE(Kind.TEXT),
    HEARINGS(Kind.COUNT),
    ORIGINAL_CASE_NO(Kind.CASE_REF),
    JUDGE(Kind.TEXT),
    DIVISION(Kind.TEXT),
    CLAIM_AMOUNT(Kind.AMOUNT),
    APPLIED_AMOUNT(Kind.AMOUNT),
    RECOVERED_AMOUNT(Kind.AMOUNT),
    RESPONDENT_TYPE(Kind.TEXT),
    BASIS_CASE_NO(Kind.CASE_REF),
    OUTCOME(Kind.TEXT),
    FOLLOW_UP(Kind.TEXT),
    FILED_CASE_NO(Kind.CASE_REF),
    MEDIATOR(Kind.TEXT),
    SEQUENCE(Kind.COUNT),
    PARTIES(Kind.TEXT),
    REMARK(Kind.TEXT),
    LITIGATION_FEE(Kind.AMOUNT),
    DISPUTE_TYPE(Kind.TEXT);

    /** How a value of the field is spelled. */
    public enum Kind { CASE_REF, TEXT, DATE, DISPOSITION, FLAG, COUNT, AMOUNT }

    private final Kind kind;

    Field(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
