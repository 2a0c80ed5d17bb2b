package org.courtstats.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.courtstats.normalize.CaseNumber.Format;
import org.courtstats.vocabulary.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberParserTest {

    /** The type_code column of case-types.csv, a copy of shared/reference/case-types.csv. */
    private static final Set<String> KNOWN_TYPE_CODES = readLines("case-types.csv").stream()
            .skip(1)
            .map(line -> line.substring(0, line.indexOf(',')))
            .collect(Collectors.toUnmodifiableSet());

    private final CaseNumberParser parser = new CaseNumberParser(KNOWN_TYPE_CODES);

    /** Every line of case-numbers.tsv, a copy of shared/reference/case-numbers.tsv, the empty input too. */
    static Stream<Arguments> referenceCaseNumbers() {
        return readLines("case-numbers.tsv").stream().skip(1).map(line -> {
            String[] column = line.split("\t", -1);
            return Arguments.of(column[0], column[1], column[2], column[3], column[4], column[5], column[6],
                    column[7], column[8]);
        });
    }

    @ParameterizedTest(name = "[{index}] “{0}” valid={1}")
    @MethodSource("referenceCaseNumbers")
    void parsesEveryReferenceCaseNumberAsExpected(String input, String valid, String year, String courtCode,
                                                  String special, String typeCode, String number, String suffix,
                                                  String format) throws ValueRejection {
        if (valid.equals("no")) {
            assertThatThrownBy(() -> parser.parse(input))
                    .isInstanceOf(ValueRejection.class)
                    .extracting(e -> ((ValueRejection) e).reason()).isEqualTo(ReasonCode.BAD_CASE_NO);
            assertThat(parser.tryParse(input)).isEmpty();
            return;
        }
        CaseNumber parsed = parser.parse(input);
        assertThat(parsed.year()).isEqualTo(Integer.parseInt(year));
        assertThat(parsed.courtCode()).isEqualTo(emptyToNull(courtCode));
        assertThat(parsed.special()).isEqualTo(emptyToNull(special));
        assertThat(parsed.typeCode()).isEqualTo(emptyToNull(typeCode));
        assertThat(parsed.number()).isEqualTo(Long.parseLong(number));
        assertThat(parsed.suffix()).isEqualTo(emptyToNull(suffix));
        assertThat(parsed.format()).isEqualTo(Format.valueOf(format.toUpperCase(Locale.ROOT)));
        assertThat(parsed.knownType()).isEqualTo(parsed.format() != Format.OLD);
        assertThat(parser.tryParse(input)).contains(parsed);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "|", nullValues = "null", textBlock = """
            # input                            | canonical text                    | year | court   | special | type   | number | suffix | format | known
            (2024)豫1302民初123号              | （2024）豫1302民初123号           | 2024 | 豫1302  | null    | 民初   | 123    | null   | NEW    | true
            〔2024〕豫1302民初123号            | （2024）豫1302民初123号           | 2024 | 豫1302  | null    | 民初   | 123    | null   | NEW    | true
            【2024】豫1302民初123号            | （2024）豫1302民初123号           | 2024 | 豫1302  | null    | 民初   | 123    | null   | NEW    | true
            [2024]豫1302民初123号              | （2024）豫1302民初123号           | 2024 | 豫1302  | null    | 民初   | 123    | null   | NEW    | true
            ［2024］豫1302民初123号            | （2024）豫1302民初123号           | 2024 | 豫1302  | null    | 民初   | 123    | null   | NEW    | true
            ﹝2024﹞豫1302民初123号             | （2024）豫1302民初123号           | 2024 | 豫1302  | null    | 民初   | 123    | null   | NEW    | true
            〖2024〗豫1302民初123号            | （2024）豫1302民初123号           | 2024 | 豫1302  | null    | 民初   | 123    | null   | NEW    | true
            （2024)豫1302民初123号             | （2024）豫1302民初123号           | 2024 | 豫1302  | null    | 民初   | 123    | null   | NEW    | true
            [2024）豫1302民初123号             | （2024）豫1302民初123号           | 2024 | 豫1302  | null    | 民初   | 123    | null   | NEW    | true
            〔2024)豫1302民初123号             | （2024）豫1302民初123号           | 2024 | 豫1302  | null    | 民初   | 123    | null   | NEW    | true
            （２０２４）豫１３０２民初１２３号 | （2024）豫1302民初123号           | 2024 | 豫1302  | null    | 民初   | 123    | null   | NEW    | true
            （2024）豫1302民初0012号           | （2024）豫1302民初12号            | 2024 | 豫1302  | null    | 民初   | 12     | null   | NEW    | true
            （2024）豫1302民初123号之一        | （2024）豫1302民初123号之一       | 2024 | 豫1302  | null    | 民初   | 123    | 之一   | NEW    | true
            （2024）豫1302民初123号之九        | （2024）豫1302民初123号之九       | 2024 | 豫1302  | null    | 民初   | 123    | 之九   | NEW    | true
            （2024）豫1328执恢12号             | （2024）豫1328执恢12号            | 2024 | 豫1328  | null    | 执恢   | 12     | null   | NEW    | true
            （2024）豫1328执12号               | （2024）豫1328执12号              | 2024 | 豫1328  | null    | 执     | 12     | null   | NEW    | true
            （2022）鄂01民辖终519号            | （2022）鄂01民辖终519号           | 2022 | 鄂01    | null    | 民辖终 | 519    | null   | NEW    | true
            （2022）鄂01民辖519号              | （2022）鄂01民辖519号             | 2022 | 鄂01    | null    | 民辖   | 519    | null   | NEW    | true
            （2024）豫13行审复3号              | （2024）豫13行审复3号             | 2024 | 豫13    | null    | 行审复 | 3      | null   | NEW    | true
            （2024）豫1302民诉前调88号         | （2024）豫1302民诉前调88号        | 2024 | 豫1302  | null    | 民诉前调 | 88   | null   | NEW    | true
            （2023）最高法民终100号            | （2023）最高法民终100号           | 2023 | 最高法  | null    | 民终   | 100    | null   | NEW    | true
            （2020）最高法知民终999号          | （2020）最高法知民终999号         | 2020 | 最高法  | 知      | 民终   | 999    | null   | NEW    | true
            （2024）豫13知民特5号              | （2024）豫13知民特5号             | 2024 | 豫13    | 知      | 民特   | 5      | null   | NEW    | true
            【2020】陕民辖终53号               | （2020）陕民辖终53号              | 2020 | 陕      | null    | 民辖终 | 53     | null   | NEW    | true
            （2024）豫民再1号                  | （2024）豫民再1号                 | 2024 | 豫      | null    | 民再   | 1      | null   | NEW    | true
            （2024）兵0101民初5号              | （2024）兵0101民初5号             | 2024 | 兵0101  | null    | 民初   | 5      | null   | NEW    | true
            （2024）豫1302刑辅12号             | （2024）豫1302刑辅12号            | 2024 | 豫1302  | null    | 刑辅   | 12     | null   | NEW    | false
            （2024）豫1302知识12号             | （2024）豫1302知识12号            | 2024 | 豫1302  | null    | 知识   | 12     | null   | NEW    | false
            （2024）豫1302民事初审12号         | （2024）豫1302民事初审12号        | 2024 | 豫1302  | null    | 民事初审 | 12   | null   | NEW    | false
            （2024）豫1302民初999999999号      | （2024）豫1302民初999999999号     | 2024 | 豫1302  | null    | 民初   | 999999999 | null | NEW  | true
            （2016）粤05民终字第506号          | （2016）粤05民终字第506号         | 2016 | 粤05    | null    | 民终   | 506    | null   | HYBRID | true
            （2016）京73知民初字第1号          | （2016）京73知民初字第1号         | 2016 | 京73    | 知      | 民初   | 1      | null   | HYBRID | true
            （2016）豫1302执字第77号之二       | （2016）豫1302执字第77号之二      | 2016 | 豫1302  | null    | 执     | 77     | 之二   | HYBRID | true
            （2014）宛民初字第1489号           | （2014）宛民初字第1489号          | 2014 | null    | null    | null   | 1489   | null   | OLD    | false
            （2015）豫民一终字第5号            | （2015）豫民一终字第5号           | 2015 | null    | null    | null   | 5      | null   | OLD    | false
            （2014）徐民二(商)初字第1489号之一 | （2014）徐民二（商）初字第1489号之一 | 2014 | null  | null    | null   | 1489   | 之一   | OLD    | false
            （2014） 宛民初字 第1489号         | （2014）宛民初字第1489号          | 2014 | null    | null    | null   | 1489   | null   | OLD    | false
            """)
    void parsesValidCaseNumbers(String input, String text, int year, String courtCode, String special,
                                String typeCode, long number, String suffix, Format format, boolean knownType)
            throws ValueRejection {
        // oldPrefix has its own test below
        assertThat(parser.parse(input)).usingRecursiveComparison().ignoringFields("oldPrefix")
                .isEqualTo(new CaseNumber(text, year, courtCode, special, typeCode, number, suffix, format, null,
                        knownType));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            （2014）徐民二(商)初字第1489号   | 徐民二（商）初
            （2014）宛民初字第1489号         | 宛民初
            （2014）民一终字第174号          | 民一终
            """)
    void keepsThePrefixOfOldCaseNumbersRaw(String input, String oldPrefix) throws ValueRejection {
        CaseNumber parsed = parser.parse(input);
        assertThat(parsed.format()).isEqualTo(Format.OLD);
        assertThat(parsed.oldPrefix()).isEqualTo(oldPrefix);
        assertThat(parsed.hasCourt()).isFalse();
    }

    @Test
    void hybridAndNewCaseNumbersHaveNoOldPrefix() throws ValueRejection {
        assertThat(parser.parse("（2016）粤05民终字第506号").oldPrefix()).isNull();
        assertThat(parser.parse("（2024）豫1302民初1号").oldPrefix()).isNull();
        assertThat(parser.parse("（2024）豫1302民初1号").hasCourt()).isTrue();
    }

    static Stream<Arguments> whiteSpaceAnywhere() {
        return Stream.of(
                Arguments.of(" （2024）豫1302民初123号 "),
                Arguments.of("（2024）\u3000豫1302\u3000民初123号"),
                Arguments.of("\u00A0（2024）豫1302民初123号\u00A0"),
                Arguments.of("（2024）\t豫1302民初\u2007123\u202F号"),
                Arguments.of("（ 2024 ）豫 1302 民 初 1 2 3 号\n"),
                Arguments.of("\uFEFF（2024）豫1302民初123号\u200B"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("whiteSpaceAnywhere")
    void ignoresWhiteSpaceAnywhere(String input) throws ValueRejection {
        assertThat(parser.parse(input).text()).isEqualTo("（2024）豫1302民初123号");
    }

    @Test
    void returnsCanonicalInputUnchanged() throws ValueRejection {
        String canonical = "（2024）豫1328执恢12号";
        assertThat(CaseNumberParser.normalize(canonical)).isSameAs(canonical);
        assertThat(parser.parse(canonical).text()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "|", textBlock = """
            法〔2015〕137号                                  | 是文件编号，不是案号
            国办发〔2021〕15号                               | 是文件编号，不是案号
            参见（202x）最高法知民终999号判决                | 不是单独的案号，开头多了“参见”
            详见(2024)豫1302民初1号                          | 不是单独的案号，开头多了“详见”
            （2024）豫1302民初123号判决书                    | 不是单独的案号，后面多了“判决书”
            （2024）豫1302民初1号、2号                       | 不是单独的案号，后面多了“、2号”
            （2024）豫1302民初1号（2024）豫1302民初2号       | 含有多个案号
            （2024）豫1302民初1号、（2024）豫1302民初2号     | 含有多个案号
            （2024）豫1302民初1号;(2024)豫1302民初2号        | 含有多个案号
            （2014）宛民初字第1号，（2014）宛民初字第2号     | 含有多个案号
            （202x）最高法知民终999号                        | 的年度“202x”不是四位数字
            （24）豫1302民初1号                              | 的年度“24”不是四位数字
            （20245）豫1302民初1号                           | 的年度“20245”不是四位数字
            （1900）豫1302民初1号                            | 的年度1900不合理
            （2101）豫1302民初1号                            | 的年度2101不合理
            （）豫1302民初1号                                | 的收案年度为空
            2024豫1302民初1号                                | 的收案年度应写在括号中
            豫1302民初1号                                    | 缺少收案年度
            （2024豫1302民初1号                              | 的收案年度缺少右括号
            （2024）豫1302民初号                             | 缺少编号
            （2024）豫1302民初                               | 缺少编号
            （2024）                                         | 缺少法院代字
            （2024）豫1302民初123                            | 的编号后缺少“号”字
            （2024）豫1302民初123第                          | 的编号后缺少“号”字
            （2024）豫1302民初0号                            | 的编号不能为0
            （2024）豫1302民初1234567890号                   | 的编号“1234567890”位数过多
            （2024）豫1302123号                              | 缺少类型代字
            （2024）民初123号                                | 缺少法院代字
            （2024）1302民初123号                            | 缺少法院代字
            （2024）宛城民初123号                            | 缺少法院代字
            （2024）豫132民初1号                             | 的法院代字“豫132”应为省份简称
            （2024）豫130201民初1号                          | 的法院代字“豫130201”应为省份简称
            （2024）豫1民初1号                               | 的法院代字“豫1”应为省份简称
            （2024）豫1302民初123号之十                      | 的后缀“之十”无效，只能是之一至之九
            （2024）豫1302民初123号之1                       | 的后缀“之1”无效
            （2024）豫1302民初123号之                        | 的后缀“之”无效
            （2024）豫1302民事一审初12号                     | 的类型代字“民事一审初”超过四个字
            （2024）豫1302民(商)初12号                       | 的类型代字“民（商）初”只能由汉字组成
            （2024）豫1302Min12号                            | 的类型代字“Min”只能由汉字组成
            （2014）字第1489号                               | 在“字第”之前缺少代字
            （2014）徐民初字第号                             | 在“字第”之后缺少编号
            （2014）徐民初字第1489                           | 的编号后缺少“号”字
            （2014）徐民初字第1489号判决                     | 不是单独的案号，后面多了“判决”
            """)
    void rejectsWithAPreciseMessageNamingTheValue(String input, String problem) {
        assertThatThrownBy(() -> parser.parse(input))
                .isInstanceOfSatisfying(ValueRejection.class, rejection -> {
                    assertThat(rejection.reason()).isEqualTo(ReasonCode.BAD_CASE_NO);
                    assertThat(rejection.getMessage()).contains("“" + input + "”", problem);
                });
        assertThat(parser.tryParse(input)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000", "\t\u00A0"})
    void rejectsEmptyInput(String input) {
        assertThatThrownBy(() -> parser.parse(input))
                .isInstanceOfSatisfying(ValueRejection.class, rejection -> {
                    assertThat(rejection.reason()).isEqualTo(ReasonCode.BAD_CASE_NO);
                    assertThat(rejection.getMessage()).isEqualTo("案号为空");
                });
        assertThat(parser.tryParse(input)).isEmpty();
    }

    @Test
    void shortensVeryLongValuesInTheMessage() {
        String longText = "（2024）豫1302民初1号" + "，以及其他说明文字".repeat(20);
        assertThatThrownBy(() -> parser.parse(longText))
                .hasMessageStartingWith("案号“" + longText.substring(0, 40) + "…”");
    }

    @Test
    void typeCodesAreOnlyThoseItWasGiven() throws ValueRejection {
        CaseNumberParser civilOnly = new CaseNumberParser(Set.of("民初"));
        assertThat(civilOnly.parse("（2024）豫1328执恢12号").knownType()).isFalse();
        assertThat(civilOnly.parse("（2024）豫1328民初12号").knownType()).isTrue();
        assertThat(civilOnly.parse("（2016）粤05民终字第506号").format()).isEqualTo(Format.OLD);
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = CaseNumberParserTest.class.getResourceAsStream("/normalize/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }
}
