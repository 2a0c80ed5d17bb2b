package org.courtstats.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.courtstats.normalize.Rejections.assertRejected;
import static org.courtstats.normalize.Rejections.quoted;

import java.math.BigDecimal;
import java.util.List;
import org.courtstats.ingest.Cell;
import org.courtstats.support.BuiltInFeeds;
import org.courtstats.vocabulary.Choices;
import org.courtstats.vocabulary.Feed;
import org.courtstats.vocabulary.FieldSpec;
import org.courtstats.vocabulary.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The choice lists the three feeds declare in jobs/feeds/, read as the normaliser reads them. */
class ChoicesTest {

    /** A declared choice column, read as the normaliser reads it. */
    private record Column(FieldSpec spec) {
        static Column of(Feed feed, String field) {
            return new Column(feed.fields().stream().filter(f -> f.code().equals(field)).findFirst().orElseThrow());
        }

        String parse(Cell cell) throws ValueRejection {
            return ChoiceSet.parse(spec, cell);
        }

        List<String> labels() {
            return spec.choices().labels();
        }
    }

    private static final Column TRIAL_DISPOSITION = Column.of(BuiltInFeeds.TRIAL, "disposition");
    private static final Column EXECUTION_DISPOSITION = Column.of(BuiltInFeeds.EXECUTION, "disposition");
    private static final Column PROCEDURE = Column.of(BuiltInFeeds.TRIAL, "procedure");
    private static final Column RESPONDENT_TYPE = Column.of(BuiltInFeeds.EXECUTION, "respondent_type");
    private static final Column MEDIATION_OUTCOME = Column.of(BuiltInFeeds.MEDIATION, "disposition");
    private static final Column FOLLOW_UP = Column.of(BuiltInFeeds.MEDIATION, "follow_up");

    @ParameterizedTest(name = "[{index}] “{0}” → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            判决                 | 判决
            判决结案             | 判决
            调解                 | 调解
            调解结案             | 调解
            调解书               | 调解
            撤诉                 | 撤诉
            准予撤诉             | 撤诉
            按撤诉处理           | 撤诉
            驳回起诉             | 驳回起诉
            裁定驳回起诉         | 驳回起诉
            维持                 | 维持
            驳回上诉维持原判     | 维持
            维持原判             | 维持
            改判                 | 改判
            部分改判             | 改判
            发回重审             | 发回重审
            撤销原判发回重审     | 发回重审
            撤回上诉             | 撤回上诉
            准许撤回上诉         | 撤回上诉
            按撤回上诉处理       | 撤回上诉
            移送                 | 移送
            移送管辖             | 移送
            移送其他法院         | 移送
            终结                 | 终结
            终结诉讼             | 终结
            驳回再审申请         | 驳回再审申请
            裁定驳回再审申请     | 驳回再审申请
            裁定再审             | 裁定再审
            提审                 | 裁定再审
            指令再审             | 裁定再审
            指定再审             | 裁定再审
            撤回再审申请         | 撤回再审申请
            准许撤回再审申请     | 撤回再审申请
            终结审查             | 终结审查
            其他                 | 其他
            '　判 决　'          | 判决
            '调解 结案'          | 调解
            """)
    void readsTrialDispositions(String raw, String expected) throws ValueRejection {
        assertThat(TRIAL_DISPOSITION.parse(Cell.text(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] “{0}” → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            执行完毕             | 执行完毕
            执行完毕结案         | 执行完毕
            终结本次执行程序     | 终结本次执行程序
            终本                 | 终结本次执行程序
            终结本次执行         | 终结本次执行程序
            终结执行             | 终结执行
            不予执行             | 不予执行
            驳回申请             | 驳回申请
            销案                 | 销案
            撤回申请             | 撤回申请
            准许撤回执行申请     | 撤回申请
            异议成立             | 异议成立
            支持异议             | 异议成立
            撤销执行行为         | 异议成立
            变更执行行为         | 异议成立
            其他                 | 其他
            '终 本'              | 终结本次执行程序
            """)
    void readsExecutionDispositions(String raw, String expected) throws ValueRejection {
        assertThat(EXECUTION_DISPOSITION.parse(Cell.text(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] “{0}” → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            普通程序       | 普通程序
            普通           | 普通程序
            简易程序       | 简易程序
            简易           | 简易程序
            小额诉讼程序   | 小额诉讼程序
            小额诉讼       | 小额诉讼程序
            小额           | 小额诉讼程序
            小额程序       | 小额诉讼程序
            速裁程序       | 速裁程序
            速裁           | 速裁程序
            '简易 程序'    | 简易程序
            """)
    void readsTrialProcedures(String raw, String expected) throws ValueRejection {
        assertThat(PROCEDURE.parse(Cell.text(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] “{0}” → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            自然人       | 自然人
            个人         | 自然人
            公民         | 自然人
            企业         | 企业
            公司         | 企业
            企业法人     | 企业
            党政机关     | 党政机关
            机关         | 党政机关
            国家机关     | 党政机关
            行政机关     | 党政机关
            机关法人     | 党政机关
            其他组织     | 其他组织
            非法人组织   | 其他组织
            其他         | 其他组织
            """)
    void readsRespondentTypes(String raw, String expected) throws ValueRejection {
        assertThat(RESPONDENT_TYPE.parse(Cell.text(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] “{0}” → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            调解成功     | 调解成功
            成功         | 调解成功
            调解不成     | 调解不成
            调解不成功   | 调解不成
            调解失败     | 调解不成
            不成功       | 调解不成
            失败         | 调解不成
            撤回         | 撤回
            撤回申请     | 撤回
            申请撤回     | 撤回
            其他         | 其他
            """)
    void readsMediationOutcomes(String raw, String expected) throws ValueRejection {
        assertThat(MEDIATION_OUTCOME.parse(Cell.text(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] “{0}” → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            司法确认       | 司法确认
            申请司法确认   | 司法确认
            出具调解书     | 出具调解书
            调解书         | 出具调解书
            自动履行       | 自动履行
            自愿履行       | 自动履行
            """)
    void readsMediationFollowUps(String raw, String expected) throws ValueRejection {
        assertThat(FOLLOW_UP.parse(Cell.text(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"", " ", "无", " 无 ", "-", "—", "/"})
    void emptyCellsAndMarkersAreNoChoice(String raw) throws ValueRejection {
        Cell cell = Cell.text(raw);
        assertThat(TRIAL_DISPOSITION.parse(cell)).isNull();
        assertThat(EXECUTION_DISPOSITION.parse(cell)).isNull();
        assertThat(PROCEDURE.parse(cell)).isNull();
        assertThat(RESPONDENT_TYPE.parse(cell)).isNull();
        assertThat(MEDIATION_OUTCOME.parse(cell)).isNull();
        assertThat(FOLLOW_UP.parse(cell)).isNull();
        assertThat(FOLLOW_UP.parse(null)).isNull();
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"判决书", "裁定", "终本", "执行完毕", "撤回起诉", "调解撤诉", "驳回", "1"})
    void rejectsUnknownTrialDispositionsListingTheLabels(String raw) {
        assertRejected(() -> TRIAL_DISPOSITION.parse(Cell.text(raw)), ReasonCode.UNKNOWN_DISPOSITION,
                "结案方式" + quoted(raw) + "无法识别，可用：判决、调解、撤诉、驳回起诉、维持、改判、发回重审、撤回上诉、移送、终结、驳回再审申请、裁定再审、撤回再审申请、终结审查、其他");
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"判决", "执行完毕了", "终本结案", "和解", "终结"})
    void rejectsUnknownExecutionDispositionsListingTheLabels(String raw) {
        assertRejected(() -> EXECUTION_DISPOSITION.parse(Cell.text(raw)), ReasonCode.UNKNOWN_DISPOSITION,
                "结案方式" + quoted(raw) + "无法识别，可用：执行完毕、终结本次执行程序、终结执行、不予执行、驳回申请、销案、撤回申请、异议成立、其他");
    }

    @Test
    void rejectsOtherUnknownChoicesAsBadValues() {
        assertRejected(() -> PROCEDURE.parse(Cell.text("特别程序")), ReasonCode.BAD_VALUE,
                "适用程序“特别程序”无法识别，可用：普通程序、简易程序、小额诉讼程序、速裁程序");
        assertRejected(() -> RESPONDENT_TYPE.parse(Cell.text("法人")), ReasonCode.BAD_VALUE,
                "被执行人类型“法人”无法识别，可用：自然人、企业、党政机关、其他组织");
        assertRejected(() -> MEDIATION_OUTCOME.parse(Cell.text("部分成功")), ReasonCode.BAD_VALUE,
                "调解结果“部分成功”无法识别，可用：调解成功、调解不成、撤回、其他");
        assertRejected(() -> FOLLOW_UP.parse(Cell.text("转立案")), ReasonCode.BAD_VALUE,
                "后续处理“转立案”无法识别，可用：司法确认、出具调解书、自动履行");
    }

    @Test
    void rejectsNumberAndErrorCellsWithTheSetsReason() {
        assertRejected(() -> TRIAL_DISPOSITION.parse(Cell.number(BigDecimal.ONE)), ReasonCode.UNKNOWN_DISPOSITION,
                "结案方式“1”无法识别");
        assertRejected(() -> EXECUTION_DISPOSITION.parse(Cell.error("#REF!")), ReasonCode.UNKNOWN_DISPOSITION,
                "单元格是公式错误值 #REF!");
        assertRejected(() -> PROCEDURE.parse(Cell.error("#N/A")), ReasonCode.BAD_VALUE, "单元格是公式错误值 #N/A");
    }

    @Test
    void labelsAreTheCanonicalValuesOfTheSpecInOrder() {
        assertThat(TRIAL_DISPOSITION.labels()).containsExactly(
                "判决", "调解", "撤诉", "驳回起诉", "维持", "改判", "发回重审", "撤回上诉", "移送", "终结",
                "驳回再审申请", "裁定再审", "撤回再审申请", "终结审查", "其他");
        assertThat(EXECUTION_DISPOSITION.labels()).containsExactly(
                "执行完毕", "终结本次执行程序", "终结执行", "不予执行", "驳回申请", "销案", "撤回申请", "异议成立", "其他");
        assertThat(PROCEDURE.labels()).containsExactly("普通程序", "简易程序", "小额诉讼程序", "速裁程序");
        assertThat(RESPONDENT_TYPE.labels()).containsExactly("自然人", "企业", "党政机关", "其他组织");
        assertThat(MEDIATION_OUTCOME.labels()).containsExactly("调解成功", "调解不成", "撤回", "其他");
        assertThat(FOLLOW_UP.labels()).containsExactly("司法确认", "出具调解书", "自动履行");
    }

    @Test
    void refusesASpellingThatNamesTwoValues() {
        assertThatThrownBy(() -> new Choices(List.of(new Choices.Choice("甲", List.of("同")),
                new Choices.Choice("乙", List.of("同"))), ReasonCode.BAD_VALUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("“同”");
    }

}
