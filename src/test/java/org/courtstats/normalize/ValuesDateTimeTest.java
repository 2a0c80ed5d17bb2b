package org.courtstats.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.courtstats.normalize.Rejections.assertRejected;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.courtstats.ingest.Cell;
import org.courtstats.vocabulary.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 15.3: date-times (申请时间, 回复时间) in every form courts write them, and at their edges. */
class ValuesDateTimeTest {

    @ParameterizedTest(name = "[{index}] “{0}” → {1}")
    @CsvSource(delimiterString = "|", textBlock = """
            2024-08-01 09:30            | 2024-08-01T09:30
            2024-08-01 9:30             | 2024-08-01T09:30
            2024-08-01 09:30:05         | 2024-08-01T09:30:05
            2024-08-01 09:30:05.678     | 2024-08-01T09:30:05
            2024-08-01T09:30            | 2024-08-01T09:30
            2024/8/1 9:30               | 2024-08-01T09:30
            2024.8.1 23:59:59           | 2024-08-01T23:59:59
            2024-08-01 00:00            | 2024-08-01T00:00
            20240801 09:30              | 2024-08-01T09:30
            2024年8月1日 9时30分        | 2024-08-01T09:30
            2024年8月1日9时30分05秒     | 2024-08-01T09:30:05
            2024年8月1日 9时            | 2024-08-01T09:00
            2024年8月1日 9点30分        | 2024-08-01T09:30
            '２０２４年８月１日　９时３０分' | 2024-08-01T09:30
            2024-02-29 12:00            | 2024-02-29T12:00
            45505.395833333             | 2024-08-01T09:30
            """)
    void readsTheFormsCourtsWrite(String raw, LocalDateTime expected) throws ValueRejection {
        assertThat(Values.dateTime(Cell.text(raw))).isEqualTo(expected);
    }

    @Test
    void readsExcelDateTimeCellsToTheNearestSecond() throws ValueRejection {
        // Excel keeps 09:30 as a binary fraction of a day; POI may hand back 09:29:59.9999.
        assertThat(Values.dateTime(Cell.date(LocalDateTime.of(2024, 8, 1, 9, 29, 59, 999_600_000),
                new BigDecimal("45505.395833329")))).isEqualTo(LocalDateTime.of(2024, 8, 1, 9, 30));
        assertThat(Values.dateTime(Cell.date(LocalDateTime.of(2024, 8, 1, 0, 0), new BigDecimal("45505"))))
                .isEqualTo(LocalDateTime.of(2024, 8, 1, 0, 0));
        // A number cell holding a serial: its fraction is the time of day.
        assertThat(Values.dateTime(Cell.number(new BigDecimal("45505.75")))).isEqualTo(LocalDateTime.of(2024, 8, 1, 18, 0));
        assertThat(Values.dateTime(Cell.number(new BigDecimal("45505.99999999")))).isEqualTo(LocalDateTime.of(2024, 8, 2, 0, 0));
        // A number of a workbook in the 1904 date system means what the workbook says.
        assertThat(Values.dateTime(Cell.numberOf1904Workbook(new BigDecimal("44043.395833333"),
                LocalDateTime.of(2024, 8, 1, 9, 29, 59, 999_970_000)))).isEqualTo(LocalDateTime.of(2024, 8, 1, 9, 30));
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @ValueSource(strings = {"", " ", "-", "—", "/", "无"})
    void emptyCellsAndMarkersAreNoValue(String raw) throws ValueRejection {
        assertThat(Values.dateTime(Cell.text(raw))).isNull();
        assertThat(Values.dateTime(null)).isNull();
    }

    @Test
    void aDateWithoutATimeIsRefusedSayingWhatToWrite() {
        assertRejected(() -> Values.dateTime(Cell.text("2024-08-01")), ReasonCode.BAD_DATE,
                "日期时间“2024-08-01”缺少时间或时间不存在，请写明时和分，例如 2024-08-01 09:30 或 2024年8月1日 9时30分");
        assertRejected(() -> Values.dateTime(Cell.text("2024年8月1日")), ReasonCode.BAD_DATE, "缺少时间");
        assertRejected(() -> Values.dateTime(Cell.number(new BigDecimal("20240801"))), ReasonCode.BAD_DATE,
                "数字“20240801”不是日期时间");
    }

    @ParameterizedTest(name = "[{index}] “{0}”")
    @CsvSource(delimiterString = "|", textBlock = """
            2024-08-01 24:00       | 无法识别日期时间“2024-08-01 24:00”
            2024-08-01 9:60        | 无法识别日期时间“2024-08-01 9:60”
            2024-08-01 12          | 无法识别日期时间“2024-08-01 12”
            2024-02-30 09:30       | 日期“2024-02-30 09:30”不存在（2024年2月只有29天）
            24-08-01 09:30         | 年份只有两位
            1899-08-01 09:30       | 年份1899不合理
            明天上午               | 无法识别日期时间“明天上午”
            """)
    void refusesTimesAndDatesThatDoNotExist(String raw, String message) {
        assertRejected(() -> Values.dateTime(Cell.text(raw)), ReasonCode.BAD_DATE, message);
    }

    @Test
    void refusesBooleanAndErrorCells() {
        assertRejected(() -> Values.dateTime(Cell.bool(true)), ReasonCode.BAD_DATE, "不是日期时间");
        assertRejected(() -> Values.dateTime(Cell.error("#VALUE!")), ReasonCode.BAD_DATE, "单元格是公式错误值 #VALUE!");
        assertRejected(() -> Values.dateTime(Cell.number(new BigDecimal("0.5"))), ReasonCode.BAD_DATE, "不是日期时间");
    }
}
