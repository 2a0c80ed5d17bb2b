package org.courtstats.normalize;

import org.courtstats.vocabulary.CaseField;
import org.courtstats.vocabulary.ReasonCode;
import org.courtstats.vocabulary.Severity;

/**
 * A problem in one data row: an error (the row is rejected) or a warning (kept), with the field (its
 * code as declared: staging.row_issue.field), the header as written, the raw cell text and a Chinese
 * message that names the place and the fix.
 */
public record RowIssue(String fieldCode, String header, String rawValue, ReasonCode reason, String message) {

    public boolean isError() {
        return reason.severity() == Severity.ERROR;
    }

    /** The typed column of core.case_row the field fills, or null for a field of its feed's own. */
    public CaseField field() {
        for (CaseField field : CaseField.values()) {
            if (field.column().equals(fieldCode)) {
                return field;
            }
        }
        return null;
    }
}
