package org.courtstats.samples.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** A row shows a case as it stood on the export day, never what happened later. */
class RowMapperTest {

    private static final TimeLimit CONVERTED_AND_EXTENDED = new TimeLimit(LocalDate.of(2024, 9, 29), "简易程序",
            LocalDate.of(2025, 6, 29), "普通程序", "简易程序转普通程序，延长审限");
    private static final TrialCase CASE = new TrialCase(new CaseNo(2024, "豫1302", "民初", 7), 1L, "民间借贷纠纷",
            LocalDate.of(2024, 7, 1), LocalDate.of(2025, 3, 3), "判决", CONVERTED_AND_EXTENDED, 2, null, "王芳",
            "民二庭", new BigDecimal("50000.00"));
    private final RowMapper mapper = new RowMapper(EnumSet.allOf(Field.class));

    @Test
    void beforeItClosesACaseHasNoClosingDateDispositionOrLaterExtension() {
        LogicalRow august = mapper.map(CASE, LocalDate.of(2024, 8, 31));

        assertThat(august.get(Field.CLOSED_ON)).isNull();
        assertThat(august.get(Field.DISPOSITION)).isNull();
        assertThat(august.get(Field.DEADLINE_ON)).isEqualTo(LocalDate.of(2024, 9, 29));
        assertThat(august.get(Field.PROCEDURE)).isEqualTo("简易程序");
        assertThat(august.get(Field.REMARK)).isNull();
        assertThat(august.get(Field.OVERDUE)).isEqualTo(false);
        assertThat(august.get(Field.HEARINGS)).isEqualTo(0);
    }

    @Test
    void onceTheFirstLimitHasRunOutTheExportShowsTheExtension() {
        LogicalRow december = mapper.map(CASE, LocalDate.of(2024, 12, 31));

        assertThat(december.get(Field.CLOSED_ON)).isNull();
        assertThat(december.get(Field.DEADLINE_ON)).isEqualTo(LocalDate.of(2025, 6, 29));
        assertThat(december.get(Field.PROCEDURE)).isEqualTo("普通程序");
        assertThat(december.get(Field.REMARK)).isEqualTo("简易程序转普通程序，延长审限");
    }

    @Test
    void aClosedCaseShowsHowItEnded() {
        LogicalRow closed = mapper.map(CASE, LocalDate.of(2025, 3, 31));

        assertThat(closed.get(Field.CLOSED_ON)).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(closed.get(Field.DISPOSITION)).isEqualTo("判决");
        assertThat(closed.get(Field.OVERDUE)).isEqualTo(false);
        assertThat(closed.get(Field.HEARINGS)).isEqualTo(2);
        assertThat(closed.get(Field.LITIGATION_FEE)).isEqualTo(new BigDecimal("1050.00"));
    }
}
