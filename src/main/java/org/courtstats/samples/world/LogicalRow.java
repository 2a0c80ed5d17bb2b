package org.courtstats.samples.world;

import java.util.EnumMap;
import java.util.Map;

/**
 * One row of a delivery before a court's style spells it: field → value, where a value is a
 * {@link java.time.LocalDate}, a {@link java.math.BigDecimal} in yuan, a {@link CaseRef}, a
 * {@link Boolean}, an {@link Integer}, a {@link String}, or {@link Raw} text written exactly as given
 * (a planted bad value). A missing field is empty and gets the court's empty marker.
 */
public final class LogicalRow {

    /** Text written verbatim whatever the column's kind: {@code 约五万元}, {@code 2024-02-30}. */
    public record Raw(String text) {
    }

    private final SimCase source;
    private final Map<Field, Object> values;

    LogicalRow(SimCase source) {
        this(source, new EnumMap<>(Field.class));
    }

    private LogicalRow(SimCase source, Map<Field, Object> values) {
        this.source = source;
        this.values = values;
    }

    /** The case the row was made from. */
    public SimCase source() {
        return source;
    }

    public Object get(Field field) {
        return values.get(field);
    }

    public LogicalRow put(Field field, Object value) {
        if (value == null) {
            values.remove(field);
        } else {
            values.put(field, value);
        }
        return this;
    }

    public LogicalRow copy() {
        return new LogicalRow(source, new EnumMap<>(values));
    }
}
