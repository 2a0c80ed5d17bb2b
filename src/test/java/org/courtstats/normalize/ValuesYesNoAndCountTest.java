package org.courtstats.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtstats.normalize.Rejections.assertRejected;
import static org.courtstats.normalize.Rejections.quoted;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.courtstats.ingest.Cell;
import org.courtstats.vocabulary.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesYesNoAndCountTest {

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"是", " 是 ", "\u3000是", "Y", "y", "Ｙ", "YES", "Yes", "yes", "TRUE", "True", "true",
            "1", "１", "√", "✓", "✔"})
    void readsYes(String raw) throws ValueRejection {
        assertThat(Values.yesNo(Cell.text(raw))).isTrue();
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"否", "否 ", "N", "n", "Ｎ", "NO", "No", "no", "FALSE", "False", "false", "0", "０", "×",
            "✗", "✘"})
    void readsNo(String raw) throws ValueRejection {
        assertThat(Values.yesNo(Cell.text(raw))).isFalse();
    }

    @Test
    void readsBooleanAndNumberCells() throws ValueRejection {
        assertThat(Values.yesNo(Cell.bool(true))).isTrue();
        assertThat(Values.yesNo(Cell.bool(false))).isFalse();
        assertThat(Values.yesNo(Cell.number(BigDecimal.ONE))).isTrue();
        assertThat(Values.yesNo(Cell.number(new BigDecimal("1.0")))).isTrue();
        assertThat(Values.yesNo(Cell.number(BigDecimal.ZERO))).isFalse();
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"", " ", "-", "—", "/", "无"})
    void emptyTextAndMarkersAreNoAnswer(String raw) throws ValueRejection {
        assertThat(Values.yesNo(Cell.text(raw))).isNull();
        assertThat(Values.yesNo(null)).isNull();
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"是的", "不是", "maybe", "2", "X", "对", "有", "超", "yes!", "1.5"})
    void rejectsOtherAnswers(String raw) {
        assertRejected(() -> Values.yesNo(Cell.text(raw)), ReasonCode.BAD_VALUE, quoted(raw) + "不是“是”或“否”");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"2", "-1", "0.5"})
    void rejectsOtherNumbers(String number) {
        assertRejected(() -> Values.yesNo(Cell.number(new BigDecimal(number))), ReasonCode.BAD_VALUE,
                quoted(number) + "不是“是”或“否”");
    }

    @Test
    void rejectsDateAndErrorCellsAsAnswers() {
        assertRejected(() -> Values.yesNo(Cell.date(LocalDateTime.of(2024, 8, 1, 0, 0), new BigDecimal("45505"))),
                ReasonCode.BAD_VALUE, "“2024-08-01”不是“是”或“否”");
        assertRejected(() -> Values.yesNo(Cell.error("#N/A")), ReasonCode.BAD_VALUE, "单元格是公式错误值 #N/A");
    }

    @ParameterizedTest(name = "[{index}] “{0}” → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            0          | 0
            3          | 3
            12         | 12
            007        | 7
            ３         | 3
            １２       | 12
            3次        | 3
            '3 次'     | 3
            3.0        | 3
            '  7  '    | 7
            2147483647 | 2147483647
            """)
    void readsCountText(String raw, int expected) throws ValueRejection {
        assertThat(Values.count(Cell.text(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            0     | 0
            3     | 3
            3.0   | 3
            3.000 | 3
            """)
    void readsCountNumbers(String number, int expected) throws ValueRejection {
        assertThat(Values.count(Cell.number(new BigDecimal(number)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"", " ", "-", "——", "/", "无"})
    void emptyTextAndMarkersAreNoCount(String raw) throws ValueRejection {
        assertThat(Values.count(Cell.text(raw))).isNull();
        assertThat(Values.count(null)).isNull();
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"-1", "1.5", "三", "三次", "abc", "3次以上", "3-4", "约3", "3回"})
    void rejectsTextThatIsNoCount(String raw) {
        assertRejected(() -> Values.count(Cell.text(raw)), ReasonCode.BAD_VALUE, quoted(raw) + "不是非负整数");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"-1", "1.5", "0.1"})
    void rejectsNumbersThatAreNoCount(String number) {
        assertRejected(() -> Values.count(Cell.number(new BigDecimal(number))), ReasonCode.BAD_VALUE,
                quoted(number) + "不是非负整数");
    }

    @Test
    void rejectsCountsTooLargeForAnInteger() {
        assertRejected(() -> Values.count(Cell.number(new BigDecimal("3000000000"))), ReasonCode.BAD_VALUE,
                "数值“3000000000”过大");
        assertRejected(() -> Values.count(Cell.text("99999999999")), ReasonCode.BAD_VALUE, "数值“99999999999”过大");
    }

    @Test
    void rejectsBooleanDateAndErrorCellsAsCounts() {
        assertRejected(() -> Values.count(Cell.bool(true)), ReasonCode.BAD_VALUE, "“TRUE”不是非负整数");
        assertRejected(() -> Values.count(Cell.date(LocalDateTime.of(2024, 8, 1, 0, 0), new BigDecimal("45505"))),
                ReasonCode.BAD_VALUE, "“2024-08-01”不是非负整数");
        assertRejected(() -> Values.count(Cell.error("#VALUE!")), ReasonCode.BAD_VALUE, "单元格是公式错误值 #VALUE!");
    }
}
