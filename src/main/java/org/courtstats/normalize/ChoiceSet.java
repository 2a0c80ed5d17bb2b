package org.courtstats.normalize;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.courtstats.ingest.Cell;
import org.courtstats.ingest.CellKind;
import org.courtstats.vocabulary.Choices;
import org.courtstats.vocabulary.FieldSpec;

/** Reads a cell of a choice column into the canonical label of its feed's declared {@link Choices}. */
final class ChoiceSet {

    /** The list of accepted labels per column, joined once for the messages. */
    private static final Map<FieldSpec, String> ALLOWED = new ConcurrentHashMap<>();

    private ChoiceSet() {
    }

    /**
     * The value a cell names; matching ignores white space anywhere and full-width forms.
     *
     * @return the canonical label, or null when the cell holds no value (blank or an empty marker such as 无)
     * @throws ValueRejection with the column's reason code when the spelling is not accepted or the
     *                        cell is a formula error
     */
    static String parse(FieldSpec spec, Cell cell) throws ValueRejection {
        Choices choices = spec.choices();
        if (cell == null) {
            return null;
        }
        if (cell.kind() == CellKind.ERROR) {
            throw Values.formulaError(cell, choices.whenUnknown());
        }
        String text = Values.text(cell);
        if (text == null) {
            return null;
        }
        String label = choices.labelOf(Values.removeBlanks(text)).orElse(null);
        if (label == null) {
            String allowed = ALLOWED.computeIfAbsent(spec, s -> String.join("、", s.choices().labels()));
            throw new ValueRejection(choices.whenUnknown(), spec.label() + Quote.of(cell.text()) + "无法识别，可用：" + allowed);
        }
        return label;
    }
}
