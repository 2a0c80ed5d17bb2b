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

class ValuesAmountTest {

    @ParameterizedTest(name = "[{index}] “{0}” × {1} → {2}")
    @CsvSource(delimiterString = "|", textBlock = """
            1234.50            | 1     | 1234.5
            1234.5             | 1     | 1234.5
            1234               | 1     | 1234
            100                | 1     | 100
            0                  | 1     | 0
            0.00               | 1     | 0
            -0                 | 1     | 0
            0.005              | 1     | 0.005
            1,234.50           | 1     | 1234.5
            1,234,567.89       | 1     | 1234567.89
            123,456            | 1     | 123456
            ￥1234.5           | 1     | 1234.5
            ¥1234.5            | 1     | 1234.5
            1234.5元           | 1     | 1234.5
            '1234.5 元'        | 1     | 1234.5
            ¥1,234.5元         | 1     | 1234.5
            ￥ 1,234.50 元     | 1     | 1234.5
            １２３４．５       | 1     | 1234.5
            １，２３４         | 1     | 1234
            ￥１２３４．５元   | 1     | 1234.5
            '1 234 567.8'      | 1     | 1234567.8
            '　1234.5　'       | 1     | 1234.5
            12.5               | 10000 | 125000
            1.23456            | 10000 | 12345.6
            0.00001            | 10000 | 0.1
            1000000            | 10000 | 10000000000
            5万元              | 1     | 50000
            '5 万元'           | 1     | 50000
            1.5万元            | 1     | 15000
            5万元              | 10000 | 50000
            800元              | 10000 | 800
            99999999999999.99  | 1     | 99999999999999.99
            """)
    void readsAmountText(String raw, BigDecimal multiplier, String expectedYuan) throws ValueRejection {
        assertThat(Values.amount(Cell.text(raw), multiplier)).isEqualTo(new BigDecimal(expectedYuan));
    }

    @ParameterizedTest(name = "[{index}] {0} × {1} → {2}")
    @CsvSource(delimiterString = "|", textBlock = """
            1234.5      | 1     | 1234.5
            1234.50     | 1     | 1234.5
            0           | 1     | 0
            12.5        | 10000 | 125000
            0.12345     | 10000 | 1234.5
            1E+3        | 1     | 1000
            """)
    void readsNumberCells(String number, BigDecimal multiplier, String expectedYuan) throws ValueRejection {
        assertThat(Values.amount(Cell.number(new BigDecimal(number)), multiplier))
                .isEqualTo(new BigDecimal(expectedYuan));
    }

    @Test
    void keepsWholeYuanWithoutExponent() throws ValueRejection {
        assertThat(Values.amount(Cell.text("1.00万元"), Values.YUAN).toPlainString()).isEqualTo("10000");
        assertThat(Values.amount(Cell.number(new BigDecimal("2")), Values.WAN_YUAN).toString()).isEqualTo("20000");
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"", " ", "-", "--", "—", "——", "/", "无"})
    void emptyTextAndMarkersAreNoAmount(String raw) throws ValueRejection {
        assertThat(Values.amount(Cell.text(raw), Values.YUAN)).isNull();
    }

    @Test
    void blankAndNullCellsAreNoAmount() throws ValueRejection {
        assertThat(Values.amount(Cell.BLANK, Values.WAN_YUAN)).isNull();
        assertThat(Values.amount(null, Values.YUAN)).isNull();
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"-5", "－5", "−5", "-1,234.5元", "-¥5", "¥-5", "－￥５", "-0.01", "-5万元", " - 5 "})
    void rejectsNegativeAmountText(String raw) {
        assertRejected(() -> Values.amount(Cell.text(raw), Values.YUAN), ReasonCode.NEGATIVE_AMOUNT,
                "金额" + quoted(raw) + "为负数");
    }

    @Test
    void rejectsNegativeNumberCells() {
        assertRejected(() -> Values.amount(Cell.number(new BigDecimal("-5")), Values.WAN_YUAN),
                ReasonCode.NEGATIVE_AMOUNT, "金额“-5”为负数");
    }

    @ParameterizedTest(name = "[{index}] “{0}”: {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            5美元           | 金额“5美元”的单位“美元”无法识别，只能是元或万元
            5万             | 金额“5万”的单位“万”无法识别
            5千元           | 的单位“千元”无法识别
            1,234.5港币     | 的单位“港币”无法识别
            3.5亿元         | 的单位“亿元”无法识别
            (5)             | 无法识别金额“(5)”
            （5）           | 无法识别金额“（5）”
            abc             | 无法识别金额“abc”
            元              | 无法识别金额“元”
            ¥               | 无法识别金额“¥”
            1,2345          | 无法识别金额“1,2345”
            12,34.5         | 无法识别金额“12,34.5”
            ,123            | 无法识别金额
            1.2.3           | 无法识别金额“1.2.3”
            1234.           | 无法识别金额“1234.”
            .5              | 无法识别金额“.5”
            1.5E+7          | 无法识别金额“1.5E+7”
            --5             | 无法识别金额“--5”
            5-              | 无法识别金额“5-”
            人民币5元       | 无法识别金额“人民币5元”
            约5000          | 无法识别金额“约5000”
            """)
    void rejectsTextThatIsNoAmount(String raw, String expectedInMessage) {
        assertRejected(() -> Values.amount(Cell.text(raw), Values.YUAN), ReasonCode.BAD_AMOUNT, expectedInMessage);
    }

    @Test
    void rejectsDateAndBooleanCells() {
        assertRejected(() -> Values.amount(Cell.date(LocalDateTime.of(2024, 8, 1, 0, 0), new BigDecimal("45505")),
                Values.YUAN), ReasonCode.BAD_AMOUNT, "“2024-08-01”不是金额");
        assertRejected(() -> Values.amount(Cell.bool(false), Values.YUAN), ReasonCode.BAD_AMOUNT, "“FALSE”不是金额");
    }

    @ParameterizedTest
    @ValueSource(strings = {"#REF!", "#DIV/0!", "#N/A"})
    void rejectsFormulaErrors(String code) {
        assertRejected(() -> Values.amount(Cell.error(code), Values.YUAN), ReasonCode.BAD_AMOUNT,
                "单元格是公式错误值 " + code);
    }
}
