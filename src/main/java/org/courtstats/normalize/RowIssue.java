package org.courtstats.normalize;

import org.courtstats.vocabulary.CaseField;
import org.courtstats.vocabulary.ReasonCode;
import org.courtstats.vocabulary.Severity;

/**
 * A problem in one data row: an error (the row is rejected) or a warning (kept), with the field,
 * the header as written, the raw cell text and a Chinese message that names the place and the fix.
 */
public record RowIssue(CaseField field, String header, String rawValue, ReasonCode reason, String message) {

    public boolean isError() {
        return reason.severity() == Severity.ERROR;
    }
}
