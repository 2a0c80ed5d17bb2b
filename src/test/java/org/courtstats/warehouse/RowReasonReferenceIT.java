package org.courtstats.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.courtstats.support.WarehouseTest;
import org.courtstats.vocabulary.ReasonCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** core.row_reason, which the data-quality views read, says what ReasonCode, which writes the codes, says. */
@WarehouseTest
class RowReasonReferenceIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyReasonCodeHasItsRowWithTheSameTitleAndFix() {
        List<List<String>> table = jdbc.query("select reason_code, severity, title, fix from core.row_reason",
                (rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));

        assertThat(table).containsExactlyInAnyOrderElementsOf(Arrays.stream(ReasonCode.values())
                .map(code -> List.of(code.name(), code.severity().name().toLowerCase(Locale.ROOT), code.title(), code.fix()))
                .toList());
    }
}
