package org.courtstats.vocabulary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One column of a feed, as its declaration in jobs/feeds/ states it: the field it fills, the headers
 * that name it (canonical first), how its cells are read, and whether the column and its values are
 * required.
 *
 * @param code           the field's name in the declaration (filed_on, flagged_on …)
 * @param field          the typed column of core.case_row it fills, whose meaning the normaliser knows
 *                       (filed_on is the date windows count from …); null for a field of its own, kept
 *                       in core.case_row.extra under its code
 * @param typeByHeader   a different reading for some alias headers (是否开庭 is a yes/no that stands
 *                       for 开庭次数)
 * @param columnRequired whether a delivery without this column is refused whole
 * @param choices        the accepted values of a {@link ValueType#CHOICE} column, else null
 * @param unit           the unit of an amount as stored (元), else null
 * @param whenEmpty      the value an empty cell (or a missing column) stands for, else null
 * @param requiredWith   the code of another field whose value makes this one required (审核结果 once
 *                       审核时间 is given), else null
 */
public record FieldSpec(String code, CaseField field, List<String> headers, ValueType type,
                        Map<String, ValueType> typeByHeader, Requirement requirement, boolean columnRequired,
                        Choices choices, String unit, BigDecimal whenEmpty, String requiredWith) {

    public FieldSpec {
        headers = List.copyOf(headers);
        typeByHeader = Map.copyOf(typeByHeader);
    }

    /** The canonical Chinese header, used in messages. */
    public String label() {
        return headers.get(0);
    }

    /** How cells under the given (normalised) header are read. */
    public ValueType typeFor(String header) {
        return typeByHeader.getOrDefault(header, type);
    }

    /** Whether the field fills a typed column of core.case_row (else it is kept in its extra column). */
    public boolean isCaseColumn() {
        return field != null;
    }
}
