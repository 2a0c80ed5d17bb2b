package org.courtstats.samples.world;

/**
 * What a 原审案号, 执行依据文书号 or 转立案案号 cell holds: a case number of the new grammar
 * (spelled in the court's style), or text written as it is (an old-format number such as
 * {@code （2014）宛民初字第1489号}, an arbitration award).
 */
public record CaseRef(CaseNo caseNo, String text, boolean oldFormat) {

    public static CaseRef of(CaseNo caseNo) {
        return new CaseRef(caseNo, null, false);
    }

    /** A pre-2016 number: valid as a reference, attributable to no court (a warning). */
    static CaseRef oldFormat(String text) {
        return new CaseRef(null, text, true);
    }

    /** Free text that is not a case number at all, such as {@code 宛仲裁字〔2023〕12号}. */
    static CaseRef text(String text) {
        return new CaseRef(null, text, false);
    }
}
