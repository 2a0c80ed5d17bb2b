package org.courtstats.normalize;

import java.math.BigDecimal;
import org.courtstats.ingest.Cell;
import org.courtstats.vocabulary.FieldSpec;
import org.courtstats.vocabulary.ValueType;

/** Reads a cell as a {@link ValueType}: the one place that maps column types to value parsers. */
final class FieldValues {

    private FieldValues() {
    }

    /**
     * @param spec the column's declaration (its choice list, for a choice column)
     * @return the typed value (case numbers as cleaned text, choices as their canonical label), or
     *     null when the cell holds no value
     * @throws ValueRejection when the value is malformed
     */
    static Object read(ValueType type, FieldSpec spec, Cell cell, BigDecimal multiplier) throws ValueRejection {
        return switch (type) {
            case CASE_NO, CASE_NO_OR_TEXT, TEXT -> Values.text(cell);
            case DATE -> Values.date(cell);
            case DATETIME -> Values.dateTime(cell);
            case AMOUNT -> Values.amount(cell, multiplier);
            case YES_NO -> Values.yesNo(cell);
            case COUNT -> Values.count(cell);
            case YES_NO_AS_COUNT -> {
                Boolean heard = Values.yesNo(cell);
                yield heard == null ? null : heard ? 1 : 0;
            }
            case CHOICE -> ChoiceSet.parse(spec, cell);
        };
    }
}
