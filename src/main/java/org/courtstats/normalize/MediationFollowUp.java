package org.courtstats.normalize;

import java.util.List;
import org.courtstats.ingest.Cell;
import org.courtstats.vocabulary.ReasonCode;

/**
 * 后续处理 after a successful pre-litigation mediation (feeds.md section 2.3).
 *
 * <p>无 means no follow-up and, like any empty marker, parses to null. Besides the labels:
 * 申请司法确认 for 司法确认, 调解书 for 出具调解书, 自愿履行 for 自动履行.
 */
public enum MediationFollowUp implements Choice {
    JUDICIAL_CONFIRMATION("司法确认", "申请司法确认"),
    MEDIATION_DOCUMENT("出具调解书", "调解书"),
    VOLUNTARY_PERFORMANCE("自动履行", "自愿履行");

    private static final ChoiceSet<MediationFollowUp> CHOICES =
            new ChoiceSet<>(values(), "后续处理", ReasonCode.BAD_VALUE);

    private final String label;
    private final List<String> alsoAccepted;

    MediationFollowUp(String label, String... alsoAccepted) {
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
    public static MediationFollowUp parse(Cell cell) throws ValueRejection {
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
