package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.courtstats.support.WarehouseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 15.3: "within N days" of a timestamp (core.within_days), at its edges. */
@WarehouseTest
class WithinDaysIT {

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest(name = "[{index}] {0} → {1} within {2} days: {3}")
    @CsvSource(delimiterString = "|", textBlock = """
            2024-08-01 09:30:00 | 2024-08-01 09:30:00 | 3 | true
            2024-08-01 09:30:00 | 2024-08-04 09:29:59 | 3 | true
            2024-08-01 09:30:00 | 2024-08-04 09:30:00 | 3 | true
            2024-08-01 09:30:00 | 2024-08-04 09:30:01 | 3 | false
            2024-08-01 09:30:00 | 2024-08-05 00:00:00 | 3 | false
            2024-08-01 09:30:00 | 2024-08-01 09:29:59 | 3 | false
            2024-08-30 23:59:00 | 2024-09-02 23:59:00 | 3 | true
            2024-02-27 12:00:00 | 2024-03-01 12:00:00 | 3 | true
            2023-02-27 12:00:00 | 2023-03-02 12:00:01 | 3 | false
            2024-08-01 09:30:00 | 2024-08-02 09:30:00 | 1 | true
            2024-08-01 09:30:00 | 2024-08-01 09:30:00 | 0 | true
            """)
    void laterIsAtMostNCalendarDaysAfterToTheSecond(String first, String later, int days, boolean within) {
        assertThat(jdbc.queryForObject("select core.within_days(?::timestamp, ?::timestamp, ?)", Boolean.class,
                first, later, days)).isEqualTo(within);
    }

    @Test
    void noAnswerIsNotWithin() {
        assertThat(jdbc.queryForObject("select core.within_days('2024-08-01 09:30'::timestamp, null, 3)", Boolean.class))
                .isFalse();
    }
}
