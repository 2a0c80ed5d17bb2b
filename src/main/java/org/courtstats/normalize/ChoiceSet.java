package org.courtstats.normalize;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.courtstats.ingest.Cell;
import org.courtstats.ingest.CellKind;
import org.courtstats.vocabulary.ReasonCode;

/** Reads a cell into one value of a {@link Choice} enum, by its label or any accepted spelling. */
final class ChoiceSet<E extends Enum<E> & Choice> {

    private final Map<String, E> bySpelling = new HashMap<>();
    private final String fieldLabel;
    private final ReasonCode whenUnknown;
    private final String allowedLabels;

    /**
     * @param values      all values of the enum
     * @param fieldLabel  the column's Chinese name for messages, e.g. 结案方式
     * @param whenUnknown the reason code for a spelling that is not accepted
     * @throws IllegalStateException when two values share a spelling
     */
    ChoiceSet(E[] values, String fieldLabel, ReasonCode whenUnknown) {
        this.fieldLabel = fieldLabel;
        this.whenUnknown = whenUnknown;
        for (E value : values) {
            accept(value.label(), value);
            value.alsoAccepted().forEach(spelling -> accept(spelling, value));
        }
        this.allowedLabels = Arrays.stream(values).map(Choice::label).collect(Collectors.joining("、"));
    }

    /**
     * The value a cell names; matching ignores white space anywhere and full-width forms.
     *
     * @return the value, or null when the cell holds no value (blank or an empty marker such as 无)
     * @throws ValueRejection with this set's reason code when the spelling is not accepted or the
     *                        cell is a formula error
     */
    E parse(Cell cell) throws ValueRejection {
        if (cell == null) {
            return null;
        }
        if (cell.kind() == CellKind.ERROR) {
            throw Values.formulaError(cell, whenUnknown);
        }
        String text = Values.text(cell);
        if (text == null) {
            return null;
        }
        E value = bySpelling.get(Values.removeBlanks(text));
        if (value == null) {
            throw new ValueRejection(whenUnknown,
                    fieldLabel + Quote.of(cell.text()) + "无法识别，可用：" + allowedLabels);
        }
        return value;
    }

    private void accept(String spelling, E value) {
        E previous = bySpelling.put(spelling, value);
        if (previous != null && previous != value) {
            throw new IllegalStateException(
                    fieldLabel + ": “" + spelling + "” names both " + previous + " and " + value);
        }
    }
}
