package org.courtstats.normalize;

import java.util.List;
import org.courtstats.ingest.Cell;
import org.courtstats.vocabulary.ReasonCode;

/**
 * 被执行人类型 of an execution case (feeds.md section 2.2).
 *
 * <p>Besides the labels, the usual synonyms are accepted: 个人 and 公民 for 自然人, 公司 and 企业法人
 * for 企业, 机关, 国家机关, 行政机关 and 机关法人 for 党政机关, 非法人组织 and 其他 for 其他组织. A bare
 * 法人 is refused because it may be an enterprise, an organ or another organisation.
 */
public enum RespondentType implements Choice {
    NATURAL_PERSON("自然人", "个人", "公民"),
    ENTERPRISE("企业", "公司", "企业法人"),
    PARTY_OR_STATE_ORGAN("党政机关", "机关", "国家机关", "行政机关", "机关法人"),
    OTHER_ORGANIZATION("其他组织", "非法人组织", "其他");

    private static final ChoiceSet<RespondentType> CHOICES =
            new ChoiceSet<>(values(), "被执行人类型", ReasonCode.BAD_VALUE);

    private final String label;
    private final List<String> alsoAccepted;

    RespondentType(String label, String... alsoAccepted) {
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
    public static RespondentType parse(Cell cell) throws ValueRejection {
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
