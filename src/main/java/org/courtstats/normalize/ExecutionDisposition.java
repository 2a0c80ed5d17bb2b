package org.courtstats.normalize;

import java.util.List;
import org.courtstats.ingest.Cell;
import org.courtstats.vocabulary.ReasonCode;

/**
 * 结案方式 of an execution case (feeds.md section 3.2).
 */
public enum ExecutionDisposition implements Choice {
    COMPLETED("执行完毕", "执行完毕结案"),
    TERMINATED_THIS_ROUND("终结本次执行程序", "终本", "终结本次执行"),
    TERMINATED("终结执行"),
    NOT_ENFORCED("不予执行"),
    APPLICATION_REJECTED("驳回申请"),
    CANCELLED("销案"),
    APPLICATION_WITHDRAWN("撤回申请", "准许撤回执行申请"),
    /** An execution objection (执异) upheld: the execution act is changed or revoked. */
    OBJECTION_UPHELD("异议成立", "支持异议", "撤销执行行为", "变更执行行为"),
    OTHER("其他");

    private static final ChoiceSet<ExecutionDisposition> CHOICES =
            new ChoiceSet<>(values(), "结案方式", ReasonCode.UNKNOWN_DISPOSITION);

    private final String label;
    private final List<String> alsoAccepted;

    ExecutionDisposition(String label, String... alsoAccepted) {
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
    public static ExecutionDisposition parse(Cell cell) throws ValueRejection {
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
