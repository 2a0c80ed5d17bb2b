package org.courtstats.normalize;

import java.util.List;
import org.courtstats.ingest.Cell;
import org.courtstats.vocabulary.ReasonCode;

/**
 * 适用程序 of a trial case (feeds.md section 2.1); the short forms drop 程序 or 诉讼.
 */
public enum TrialProcedure implements Choice {
    ORDINARY("普通程序", "普通"),
    SIMPLIFIED("简易程序", "简易"),
    SMALL_CLAIMS("小额诉讼程序", "小额诉讼", "小额", "小额程序"),
    EXPEDITED("速裁程序", "速裁");

    private static final ChoiceSet<TrialProcedure> CHOICES =
            new ChoiceSet<>(values(), "适用程序", ReasonCode.BAD_VALUE);

    private final String label;
    private final List<String> alsoAccepted;

    TrialProcedure(String label, String... alsoAccepted) {
        this.label = label;
        this.alsoAccepted = List.of(alsoAccepted);
    }

    /**
     * The value a cell names, by label or accepted spelling, ignoring white space and full-width forms.
     *
     * @return the value, or null when the cell holds no value (blank, {@code -}, {@code /}, 无 …)
     * @throws ValueRejection BAD_VALUE naming the spelling and listing the labels when it is not
     *                        accepted, or when the cell is a formula error
     */
    public static TrialProcedure parse(Cell cell) throws ValueRejection {
        return CHOICES.parse(cell);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> alsoAccepted() {
        return alsoAccepted;
    }
}
