package org.courtstats.normalize;

import java.util.List;
import org.courtstats.ingest.Cell;
import org.courtstats.vocabulary.ReasonCode;

/**
 * 结案方式 of a trial case (feeds.md section 3.1).
 */
public enum TrialDisposition implements Choice {
    JUDGMENT("判决", "判决结案"),
    MEDIATION("调解", "调解结案", "调解书"),
    WITHDRAWAL("撤诉", "准予撤诉", "按撤诉处理"),
    DISMISSAL("驳回起诉", "裁定驳回起诉"),
    AFFIRMED("维持", "驳回上诉维持原判", "维持原判"),
    REVERSED("改判", "部分改判"),
    REMANDED("发回重审", "撤销原判发回重审"),
    APPEAL_WITHDRAWN("撤回上诉", "准许撤回上诉", "按撤回上诉处理"),
    TRANSFERRED("移送", "移送管辖", "移送其他法院"),
    TERMINATED("终结", "终结诉讼"),
    RETRIAL_APPLICATION_REJECTED("驳回再审申请", "裁定驳回再审申请"),
    RETRIAL_ORDERED("裁定再审", "提审", "指令再审", "指定再审"),
    RETRIAL_APPLICATION_WITHDRAWN("撤回再审申请", "准许撤回再审申请"),
    REVIEW_TERMINATED("终结审查"),
    OTHER("其他");

    private static final ChoiceSet<TrialDisposition> CHOICES =
            new ChoiceSet<>(values(), "结案方式", ReasonCode.UNKNOWN_DISPOSITION);

    private final String label;
    private final List<String> alsoAccepted;

    TrialDisposition(String label, String... alsoAccepted) {
        this.label = label;
        this.alsoAccepted = List.of(alsoAccepted);
    }

    /**
     * The value a cell names, by label or accepted spelling, ignoring white space and full-width forms.
     *
     * @return the value, or null when the cell holds no value (blank, {@code -}, {@code /}, 无 …)
     * @throws ValueRejection UNKNOWN_DISPOSITION naming the spelling and listing the labels when it is not
     *                        accepted, or when the cell is a formula error
     */
    public static TrialDisposition parse(Cell cell) throws ValueRejection {
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
