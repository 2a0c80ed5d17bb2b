package org.courtstats.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtstats.normalize.Rejections.assertRejected;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import org.courtstats.ingest.Cell;
import org.courtstats.ingest.CellKind;
import org.courtstats.vocabulary.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTextTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("张三", "张三"),
                Arguments.of("  张三  ", "张三"),
                Arguments.of("\u3000张三\u3000", "张三"),
                Arguments.of("\u00A0张三\u2007", "张三"),
                Arguments.of("\u202F张三\t\r\n", "张三"),
                Arguments.of("\uFEFF张三\u200B", "张三"),
                Arguments.of("张\u3000三", "张 三"),
                Arguments.of("张\u00A0三", "张 三"),
                Arguments.of("张\u200B三", "张三"),
                Arguments.of("ＡＢＣ１２３ａｂｃ", "ABC123abc"),
                Arguments.of("（２０２４）豫１３０２民初１号", "(2024)豫1302民初1号"),
                Arguments.of("民间借贷纠纷，买卖合同纠纷", "民间借贷纠纷,买卖合同纠纷"),
                Arguments.of("民事、商事", "民事、商事"),
                Arguments.of("“引号”《书名》【注】。", "“引号”《书名》【注】。"),
                Arguments.of("￥5", "￥5"),
                Arguments.of("无锡", "无锡"),
                Arguments.of("-5", "-5"),
                Arguments.of("a/b", "a/b"));
    }

    @ParameterizedTest(name = "[{index}] “{0}” → “{1}”")
    @MethodSource("texts")
    void cleansText(String raw, String expected) throws ValueRejection {
        assertThat(Values.text(Cell.text(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"", " ", "\u3000", "\u00A0\t", "-", "--", "---", "—", "——", "–", "―", "－", "－－", "/",
            "／", "无", " - ", "\u3000无\u3000", "\u00A0/\u00A0"})
    void emptyTextAndEmptyMarkersAreNoValue(String raw) throws ValueRejection {
        assertThat(Values.text(Cell.text(raw))).isNull();
        // a reader may also hand over white space as a TEXT cell
        assertThat(Values.text(new Cell(CellKind.TEXT, raw, null, null))).isNull();
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"-", "--", "—", "——", "–", "―", "－", "/", "／", "无", " 无 ", "\u3000——\u3000"})
    void recognisesEmptyMarkers(String text) {
        assertThat(Values.isEmptyMarker(text)).isTrue();
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"", " ", "无锡", "-5", "//", "/ /", "无无", "a", "0", "—/"})
    void otherTextIsNotAnEmptyMarker(String text) {
        assertThat(Values.isEmptyMarker(text)).isFalse();
    }

    @Test
    void nullIsNotAnEmptyMarker() {
        assertThat(Values.isEmptyMarker(null)).isFalse();
    }

    @Test
    void returnsCleanTextItself() throws ValueRejection {
        String clean = "民间借贷纠纷";
        assertThat(Values.text(Cell.text(clean))).isSameAs(clean);
    }

    @Test
    void givesOtherCellsTheirText() throws ValueRejection {
        assertThat(Values.text(Cell.number(new BigDecimal("1234.50")))).isEqualTo("1234.5");
        assertThat(Values.text(Cell.number(new BigDecimal("1.10101199001011E17")))).isEqualTo("110101199001011000");
        assertThat(Values.text(Cell.date(LocalDateTime.of(2024, 8, 1, 0, 0), new BigDecimal("45505"))))
                .isEqualTo("2024-08-01");
        assertThat(Values.text(Cell.bool(true))).isEqualTo("TRUE");
    }

    @Test
    void blankAndNullCellsAreNoValue() throws ValueRejection {
        assertThat(Values.text(Cell.BLANK)).isNull();
        assertThat(Values.text(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"#REF!", "#DIV/0!", "#N/A", "#VALUE!"})
    void rejectsFormulaErrors(String code) {
        assertRejected(() -> Values.text(Cell.error(code)), ReasonCode.BAD_VALUE, "单元格是公式错误值 " + code);
    }

    @Test
    void whiteSpaceIsWhatTheJdkCallsSpaceAndControlCharactersZeroWidthSpaceAndByteOrderMark() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            boolean expected = c <= ' ' || c >= 0x80 && (c == 0x200B || c == 0xFEFF || Character.isSpaceChar((char) c));
            assertThat(Values.isBlankChar((char) c)).as("U+%04X", c).isEqualTo(expected);
        }
    }
}
