package org.courtstats.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.courtstats.normalize.Rejections.assertRejected;
import static org.courtstats.normalize.Rejections.quoted;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.courtstats.ingest.Cell;
import org.courtstats.vocabulary.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChoicesTest {

    @ParameterizedTest(name = "[{index}] “{0}” → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            判决                 | JUDGMENT
            判决结案             | JUDGMENT
            调解                 | MEDIATION
            调解结案             | MEDIATION
            调解书               | MEDIATION
            撤诉                 | WITHDRAWAL
            准予撤诉             | WITHDRAWAL
            按撤诉处理           | WITHDRAWAL
            驳回起诉             | DISMISSAL
            裁定驳回起诉         | DISMISSAL
            维持                 | AFFIRMED
            驳回上诉维持原判     | AFFIRMED
            维持原判             | AFFIRMED
            改判                 | REVERSED
            部分改判             | REVERSED
            发回重审             | REMANDED
            撤销原判发回重审     | REMANDED
            撤回上诉             | APPEAL_WITHDRAWN
            准许撤回上诉         | APPEAL_WITHDRAWN
            按撤回上诉处理       | APPEAL_WITHDRAWN
            移送                 | TRANSFERRED
            移送管辖             | TRANSFERRED
            移送其他法院         | TRANSFERRED
            终结                 | TERMINATED
            终结诉讼             | TERMINATED
            驳回再审申请         | RETRIAL_APPLICATION_REJECTED
            裁定驳回再审申请     | RETRIAL_APPLICATION_REJECTED
            裁定再审             | RETRIAL_ORDERED
            提审                 | RETRIAL_ORDERED
            指令再审             | RETRIAL_ORDERED
            指定再审             | RETRIAL_ORDERED
            撤回再审申请         | RETRIAL_APPLICATION_WITHDRAWN
            准许撤回再审申请     | RETRIAL_APPLICATION_WITHDRAWN
            终结审查             | REVIEW_TERMINATED
            其他                 | OTHER
            '　判 决　'          | JUDGMENT
            '调解 结案'          | MEDIATION
            """)
    void readsTrialDispositions(String raw, TrialDisposition expected) throws ValueRejection {
        assertThat(TrialDisposition.parse(Cell.text(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] “{0}” → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            执行完毕             | COMPLETED
            执行完毕结案         | COMPLETED
            终结本次执行程序     | TERMINATED_THIS_ROUND
            终本                 | TERMINATED_THIS_ROUND
            终结本次执行         | TERMINATED_THIS_ROUND
            终结执行             | TERMINATED
            不予执行             | NOT_ENFORCED
            驳回申请             | APPLICATION_REJECTED
            销案                 | CANCELLED
            撤回申请             | APPLICATION_WITHDRAWN
            准许撤回执行申请     | APPLICATION_WITHDRAWN
            异议成立             | OBJECTION_UPHELD
            支持异议             | OBJECTION_UPHELD
            撤销执行行为         | OBJECTION_UPHELD
            变更执行行为         | OBJECTION_UPHELD
            其他                 | OTHER
            '终 本'              | TERMINATED_THIS_ROUND
            """)
    void readsExecutionDispositions(String raw, ExecutionDisposition expected) throws ValueRejection {
        assertThat(ExecutionDisposition.parse(Cell.text(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] “{0}” → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            普通程序       | ORDINARY
            普通           | ORDINARY
            简易程序       | SIMPLIFIED
            简易           | SIMPLIFIED
            小额诉讼程序   | SMALL_CLAIMS
            小额诉讼       | SMALL_CLAIMS
            小额           | SMALL_CLAIMS
            小额程序       | SMALL_CLAIMS
            速裁程序       | EXPEDITED
            速裁           | EXPEDITED
            '简易 程序'    | SIMPLIFIED
            """)
    void readsTrialProcedures(String raw, TrialProcedure expected) throws ValueRejection {
        assertThat(TrialProcedure.parse(Cell.text(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] “{0}” → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            自然人       | NATURAL_PERSON
            个人         | NATURAL_PERSON
            公民         | NATURAL_PERSON
            企业         | ENTERPRISE
            公司         | ENTERPRISE
            企业法人     | ENTERPRISE
            党政机关     | PARTY_OR_STATE_ORGAN
            机关         | PARTY_OR_STATE_ORGAN
            国家机关     | PARTY_OR_STATE_ORGAN
            行政机关     | PARTY_OR_STATE_ORGAN
            机关法人     | PARTY_OR_STATE_ORGAN
            其他组织     | OTHER_ORGANIZATION
            非法人组织   | OTHER_ORGANIZATION
            其他         | OTHER_ORGANIZATION
            """)
    void readsRespondentTypes(String raw, RespondentType expected) throws ValueRejection {
        assertThat(RespondentType.parse(Cell.text(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] “{0}” → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            调解成功     | SUCCEEDED
            成功         | SUCCEEDED
            调解不成     | FAILED
            调解不成功   | FAILED
            调解失败     | FAILED
            不成功       | FAILED
            失败         | FAILED
            撤回         | WITHDRAWN
            撤回申请     | WITHDRAWN
            申请撤回     | WITHDRAWN
            其他         | OTHER
            """)
    void readsMediationOutcomes(String raw, MediationOutcome expected) throws ValueRejection {
        assertThat(MediationOutcome.parse(Cell.text(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] “{0}” → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            司法确认       | JUDICIAL_CONFIRMATION
            申请司法确认   | JUDICIAL_CONFIRMATION
            出具调解书     | MEDIATION_DOCUMENT
            调解书         | MEDIATION_DOCUMENT
            自动履行       | VOLUNTARY_PERFORMANCE
            自愿履行       | VOLUNTARY_PERFORMANCE
            """)
    void readsMediationFollowUps(String raw, MediationFollowUp expected) throws ValueRejection {
        assertThat(MediationFollowUp.parse(Cell.text(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"", " ", "无", " 无 ", "-", "—", "/"})
    void emptyCellsAndMarkersAreNoChoice(String raw) throws ValueRejection {
        Cell cell = Cell.text(raw);
        assertThat(TrialDisposition.parse(cell)).isNull();
        assertThat(ExecutionDisposition.parse(cell)).isNull();
        assertThat(TrialProcedure.parse(cell)).isNull();
        assertThat(RespondentType.parse(cell)).isNull();
        assertThat(MediationOutcome.parse(cell)).isNull();
        assertThat(MediationFollowUp.parse(cell)).isNull();
        assertThat(MediationFollowUp.parse(null)).isNull();
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"判决书", "裁定", "终本", "执行完毕", "撤回起诉", "调解撤诉", "驳回", "1"})
    void rejectsUnknownTrialDispositionsListingTheLabels(String raw) {
        assertRejected(() -> TrialDisposition.parse(Cell.text(raw)), ReasonCode.UNKNOWN_DISPOSITION,
                "结案方式" + quoted(raw) + "无法识别，可用：判决、调解、撤诉、驳回起诉、维持、改判、发回重审、撤回上诉、移送、终结、驳回再审申请、裁定再审、撤回再审申请、终结审查、其他");
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"判决", "执行完毕了", "终本结案", "和解", "终结"})
    void rejectsUnknownExecutionDispositionsListingTheLabels(String raw) {
        assertRejected(() -> ExecutionDisposition.parse(Cell.text(raw)), ReasonCode.UNKNOWN_DISPOSITION,
                "结案方式" + quoted(raw) + "无法识别，可用：执行完毕、终结本次执行程序、终结执行、不予执行、驳回申请、销案、撤回申请、异议成立、其他");
    }

    @Test
    void rejectsOtherUnknownChoicesAsBadValues() {
        assertRejected(() -> TrialProcedure.parse(Cell.text("特别程序")), ReasonCode.BAD_VALUE,
                "适用程序“特别程序”无法识别，可用：普通程序、简易程序、小额诉讼程序、速裁程序");
        assertRejected(() -> RespondentType.parse(Cell.text("法人")), ReasonCode.BAD_VALUE,
                "被执行人类型“法人”无法识别，可用：自然人、企业、党政机关、其他组织");
        assertRejected(() -> MediationOutcome.parse(Cell.text("部分成功")), ReasonCode.BAD_VALUE,
                "调解结果“部分成功”无法识别，可用：调解成功、调解不成、撤回、其他");
        assertRejected(() -> MediationFollowUp.parse(Cell.text("转立案")), ReasonCode.BAD_VALUE,
                "后续处理“转立案”无法识别，可用：司法确认、出具调解书、自动履行");
    }

    @Test
    void rejectsNumberAndErrorCellsWithTheSetsReason() {
        assertRejected(() -> TrialDisposition.parse(Cell.number(BigDecimal.ONE)), ReasonCode.UNKNOWN_DISPOSITION,
                "结案方式“1”无法识别");
        assertRejected(() -> ExecutionDisposition.parse(Cell.error("#REF!")), ReasonCode.UNKNOWN_DISPOSITION,
                "单元格是公式错误值 #REF!");
        assertRejected(() -> TrialProcedure.parse(Cell.error("#N/A")), ReasonCode.BAD_VALUE, "单元格是公式错误值 #N/A");
    }

    @Test
    void labelsAreTheCanonicalValuesOfTheSpecInOrder() {
        assertThat(labels(TrialDisposition.values())).containsExactly(
                "判决", "调解", "撤诉", "驳回起诉", "维持", "改判", "发回重审", "撤回上诉", "移送", "终结",
                "驳回再审申请", "裁定再审", "撤回再审申请", "终结审查", "其他");
        assertThat(labels(ExecutionDisposition.values())).containsExactly(
                "执行完毕", "终结本次执行程序", "终结执行", "不予执行", "驳回申请", "销案", "撤回申请", "异议成立", "其他");
        assertThat(labels(TrialProcedure.values())).containsExactly("普通程序", "简易程序", "小额诉讼程序", "速裁程序");
        assertThat(labels(RespondentType.values())).containsExactly("自然人", "企业", "党政机关", "其他组织");
        assertThat(labels(MediationOutcome.values())).containsExactly("调解成功", "调解不成", "撤回", "其他");
        assertThat(labels(MediationFollowUp.values())).containsExactly("司法确认", "出具调解书", "自动履行");
    }

    private enum Clashing implements Choice {
        FIRST("甲", "同"), SECOND("乙", "同");

        private final String label;
        private final List<String> alsoAccepted;

        Clashing(String label, String... alsoAccepted) {
            this.label = label;
            this.alsoAccepted = List.of(alsoAccepted);
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

    @Test
    void refusesASpellingThatNamesTwoValues() {
        assertThatThrownBy(() -> new ChoiceSet<>(Clashing.values(), "测试", ReasonCode.BAD_VALUE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("“同”");
    }

    private static List<String> labels(Choice[] values) {
        return Arrays.stream(values).map(Choice::label).toList();
    }
}
