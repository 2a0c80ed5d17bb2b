package org.courtstats.normalize;

import org.courtstats.vocabulary.CaseField;

/** The typed values of one accepted case row, indexed by {@link CaseField}: a row of core.case_row once loaded. */
public final class CaseRecord {

    private static final CaseField[] FIELDS = CaseField.values();
    private final Object[] values = new Object[FIELDS.length];

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
}
