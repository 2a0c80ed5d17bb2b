package org.courtstats.normalize;

import java.util.List;
import org.courtstats.ingest.Cell;
import org.courtstats.vocabulary.ReasonCode;

/**
 * 调解结果 of a pre-litigation mediation (feeds.md section 2.3).
 *
 * <p>Besides the labels: 成功 for 调解成功; 调解不成功, 调解失败, 不成功, 失败 for 调解不成;
 * 撤回申请 and 申请撤回 for 撤回.
 */
public enum MediationOutcome implements Choice {
    SUCCEEDED("调解成功", "成功"),
    FAILED("调解不成", "调解不成功", "调解失败", "不成功", "失败"),
    WITHDRAWN("撤回", "撤回申请", "申请撤回"),
    OTHER("其他");

    private static final ChoiceSet<MediationOutcome> CHOICES =
            new ChoiceSet<>(values(), "调解结果", ReasonCode.BAD_VALUE);

    private final String label;
    private final List<String> alsoAccepted;

    MediationOutcome(String label, String... alsoAccepted) {
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
    public static MediationOutcome parse(Cell cell) throws ValueRejection {
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
