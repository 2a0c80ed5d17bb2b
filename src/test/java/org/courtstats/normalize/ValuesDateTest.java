package org.courtstats.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtstats.normalize.Rejections.assertRejected;
import static org.courtstats.normalize.Rejections.quoted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.courtstats.ingest.Cell;
import org.courtstats.vocabulary.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesDateTest {

    @ParameterizedTest(name = "[{index}] “{0}” → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            2024-08-01                 | 2024-08-01
            2024-8-1                   | 2024-08-01
            2024/8/1                   | 2024-08-01
            2024/08/01                 | 2024-08-01
            2024.8.1                   | 2024-08-01
            2024.08.01                 | 2024-08-01
            20240801                   | 2024-08-01
            2024年8月1日               | 2024-08-01
            2024年08月01日             | 2024-08-01
            2024年8月1                 | 2024-08-01
            2024 年 8 月 1 日          | 2024-08-01
            ２０２４年８月１日         | 2024-08-01
            ２０２４－０８－０１       | 2024-08-01
            ２０２４０８０１           | 2024-08-01
            '  2024-08-01  '           | 2024-08-01
            2024-08-01 10:30           | 2024-08-01
            2024-08-01 10:30:15        | 2024-08-01
            2024-08-01 10:30:15.250    | 2024-08-01
            2024-08-01T10:30:00        | 2024-08-01
            2024/8/1 0:00              | 2024-08-01
            2024/8/1 23:59:59          | 2024-08-01
            2024-08-01 10：30          | 2024-08-01
            2024.8.1 9:05              | 2024-08-01
            20240801 10:30             | 2024-08-01
            2024年8月1日 10时30分      | 2024-08-01
            2024年8月1日10时30分15秒   | 2024-08-01
            2024年8月1日 10时          | 2024-08-01
            2024-02-29                 | 2024-02-29
            2000-02-29                 | 2000-02-29
            2024-12-31                 | 2024-12-31
            1949-10-01                 | 1949-10-01
            2100-12-31                 | 2100-12-31
            45505                      | 2024-08-01
            45505.75                   | 2024-08-01
            ４５５０５                 | 2024-08-01
            18264                      | 1950-01-01
            """)
    void readsDateText(String raw, LocalDate expected) throws ValueRejection {
        assertThat(Values.date(Cell.text(raw))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            45505          | 2024-08-01
            45505.999988   | 2024-08-01
            45292          | 2024-01-01
            73415          | 2100-12-31
            17899          | 1949-01-01
            20240801       | 2024-08-01
            20240229       | 2024-02-29
            """)
    void readsNumbersAsExcelSerialsOrYyyymmdd(String number, LocalDate expected) throws ValueRejection {
        assertThat(Values.date(Cell.number(new BigDecimal(number)))).isEqualTo(expected);
    }

    @Test
    void readsAPlainNumberOfA1904WorkbookAsASerialOfThatSystem() throws ValueRejection {
        // 44043 is 2024-08-01 in the 1904 system, 2020-07-31 in the 1900 one; 20240801 stays yyyymmdd.
        Cell serial = Cell.numberOf1904Workbook(new BigDecimal("44043"), LocalDateTime.of(2024, 8, 1, 0, 0));
        Cell yyyymmdd = Cell.numberOf1904Workbook(new BigDecimal("20240801"), null);

        assertThat(Values.date(serial)).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(Values.date(yyyymmdd)).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(Values.amount(serial, Values.YUAN)).as("still a number").isEqualByComparingTo("44043");
    }

    @Test
    void readsDateCellsDroppingTheTime() throws ValueRejection {
        assertThat(Values.date(Cell.date(LocalDateTime.of(2024, 8, 1, 0, 0), new BigDecimal("45505"))))
                .isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(Values.date(Cell.date(LocalDateTime.of(2024, 8, 1, 17, 45), new BigDecimal("45505.74"))))
                .isEqualTo(LocalDate.of(2024, 8, 1));
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"", " ", "\u3000", "-", "—", "——", "/", "无"})
    void emptyTextAndMarkersAreNoDate(String raw) throws ValueRejection {
        assertThat(Values.date(Cell.text(raw))).isNull();
    }

    @Test
    void blankAndNullCellsAreNoDate() throws ValueRejection {
        assertThat(Values.date(Cell.BLANK)).isNull();
        assertThat(Values.date(null)).isNull();
    }

    @ParameterizedTest(name = "[{index}] “{0}”: {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            24-8-1             | 年份只有两位：“24-8-1”，请写四位年份
            24/08/01           | 年份只有两位：“24/08/01”
            24.8.1             | 年份只有两位
            24年8月1日         | 年份只有两位：“24年8月1日”
            2024-02-30         | 日期“2024-02-30”不存在（2024年2月只有29天）
            2023-02-29         | 日期“2023-02-29”不存在（2023年2月只有28天）
            1900-02-29         | 年份1900不合理
            2024-04-31         | 不存在（2024年4月只有30天）
            2024-13-01         | 日期“2024-13-01”不存在（没有13月）
            2024-00-10         | 不存在（没有0月）
            2024-08-00         | 不存在（没有0日）
            2024-08-32         | 不存在（2024年8月只有31天）
            20240230           | 日期“20240230”不存在
            20241301           | 不存在（没有13月）
            2024年2月30日      | 日期“2024年2月30日”不存在
            2024年13月1日      | 没有13月
            1900-01-01         | 日期“1900-01-01”的年份1900不合理，应在1949年至2100年之间
            1948-12-31         | 年份1948不合理
            2101-01-01         | 年份2101不合理
            12345              | 日期“12345”的年份1933不合理
            2024-08            | 无法识别日期“2024-08”
            2024年8月          | 无法识别日期“2024年8月”
            2024-8/1           | 无法识别日期“2024-8/1”
            2024-08-01 25:00   | 无法识别日期
            2024-08-01 10:75   | 无法识别日期
            2024-08-01 10      | 无法识别日期
            2024-08-01号       | 无法识别日期
            2024-08-01至2024-08-05 | 无法识别日期
            240801             | 无法识别日期“240801”
            1234               | 无法识别日期“1234”
            202408011          | 无法识别日期
            明天               | 无法识别日期“明天”
            2024-O8-01         | 无法识别日期
            """)
    void rejectsBadDateText(String raw, String expectedInMessage) {
        assertRejected(() -> Values.date(Cell.text(raw)), ReasonCode.BAD_DATE, quoted(raw), expectedInMessage);
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            0            | 数字“0”不是日期
            0.5          | 数字“0.5”不是日期
            -45505       | 数字“-45505”不是日期
            2958466      | 数字“2958466”不是日期
            20240801.5   | 数字“20240801.5”不是日期
            100000000    | 数字“100000000”不是日期
            20240230     | 日期“20240230”不存在（2024年2月只有29天）
            20241301     | 日期“20241301”不存在（没有13月）
            1            | 日期“1”的年份1899不合理
            60           | 年份1900不合理
            2958465      | 日期“2958465”的年份9999不合理
            """)
    void rejectsNumbersThatAreNoDate(String number, String expectedInMessage) {
        assertRejected(() -> Values.date(Cell.number(new BigDecimal(number))), ReasonCode.BAD_DATE,
                expectedInMessage);
    }

    @Test
    void rejectsDateCellsWithImplausibleYears() {
        assertRejected(() -> Values.date(Cell.date(LocalDateTime.of(1900, 1, 1, 0, 0), BigDecimal.ONE)),
                ReasonCode.BAD_DATE, "日期“1900-01-01”的年份1900不合理");
    }

    @Test
    void rejectsBooleanCells() {
        assertRejected(() -> Values.date(Cell.bool(true)), ReasonCode.BAD_DATE, "逻辑值“TRUE”不是日期");
    }

    @ParameterizedTest
    @ValueSource(strings = {"#REF!", "#DIV/0!", "#VALUE!"})
    void rejectsFormulaErrors(String code) {
        assertRejected(() -> Values.date(Cell.error(code)), ReasonCode.BAD_DATE, "单元格是公式错误值 " + code);
    }
}
