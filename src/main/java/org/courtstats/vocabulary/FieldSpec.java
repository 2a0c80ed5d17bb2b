package org.courtstats.vocabulary;

import java.util.List;
import java.util.Map;

/**
 * One column of a feed: the case field it fills, the headers that name it (canonical first), how its
 * cells are read, and whether the column and its values are required.
 *
 * @param typeByHeader a different reading for some alias headers (是否开庭 is a yes/no that stands
 *                     for 开庭次数)
 * @param columnRequired whether a delivery without this column is refused whole
 */
public record FieldSpec(CaseField field, List<String> headers, ValueType type,
                        Map<String, ValueType> typeByHeader, Requirement requirement, boolean columnRequired) {

    public static FieldSpec of(CaseField field, ValueType type, Requirement requirement, boolean columnRequired,
                               String... headers) {
        return new FieldSpec(field, List.of(headers), type, Map.of(), requirement, columnRequired);
    }

    public FieldSpec withHeaderType(String header, ValueType type) {
        return new FieldSpec(field, headers, this.type, Map.of(header, type), requirement, columnRequired);
    }

    /** The canonical Chinese header, used in messages. */
    public String label() {
        return headers.get(0);
    }

    /** How cells under the given (normalised) header are read. */
    public ValueType typeFor(String header) {
        return typeByHeader.getOrDefault(header, type);
    }
}
