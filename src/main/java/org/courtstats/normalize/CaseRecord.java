package org.courtstats.normalize;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.courtstats.vocabulary.CaseField;

/**
 * The typed values of one accepted case row, indexed by {@link CaseField}, and the values of the
 * fields its feed declares beyond them (by field code): a row of core.case_row once loaded, the
 * latter in its extra column.
 */
public final class CaseRecord {

    private static final CaseField[] FIELDS = CaseField.values();
    private static final java.time.format.DateTimeFormatter ISO_TO_THE_SECOND =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private final Object[] values = new Object[FIELDS.length];
    private Map<String, Object> extra;

    public Object get(CaseField field) {
        return values[field.ordinal()];
    }

    void set(CaseField field, Object value) {
        values[field.ordinal()] = value;
    }

    /** Values in {@link CaseField} order, which is core.case_row's column order. */
    public Object[] values() {
        return values.clone();
    }

    /** A value of a field of the feed's own (not a typed column), by its code. */
    public Object extra(String code) {
        return extra == null ? null : extra.get(code);
    }

    void setExtra(String code, Object value) {
        if (extra == null) {
            extra = new LinkedHashMap<>();
        }
        extra.put(code, value);
    }

    /**
     * The feed's own fields as a JSON object for core.case_row.extra (dates as yyyy-MM-dd, amounts and
     * counts as numbers, yes/no as booleans, date-times as yyyy-MM-ddTHH:mm:ss, the rest as strings), or null when it has none.
     */
    public String extraJson() {
        if (extra == null) {
            return null;
        }
        StringBuilder json = new StringBuilder(64).append('{');
        for (Map.Entry<String, Object> entry : extra.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            Json.appendString(json, entry.getKey());
            json.append(':');
            Object value = entry.getValue();
            if (value instanceof java.math.BigDecimal decimal) {
                json.append(decimal.toPlainString());
            } else if (value instanceof Number || value instanceof Boolean) {
                json.append(value);
            } else if (value instanceof java.time.LocalDateTime time) {
                Json.appendString(json, time.format(ISO_TO_THE_SECOND));
            } else {
                Json.appendString(json, value.toString());
            }
        }
        return json.append('}').toString();
    }

    /** The feed's own fields that have a value, in declaration order; empty for the case-column feeds. */
    public Map<String, Object> extras() {
        return extra == null ? Map.of() : Collections.unmodifiableMap(extra);
    }
}
