package org.courtstats.ingest;

import java.math.BigDecimal;
import org.courtstats.vocabulary.FieldSpec;
import org.courtstats.vocabulary.ValueType;

/**
 * A column of a delivery bound to a feed field: where it is, the header as the court wrote it, how
 * its cells are read and the multiplier its unit implies (10 000 for 万元).
 */
public record ColumnBinding(int column, FieldSpec spec, String header, ValueType type, BigDecimal multiplier) {
}
