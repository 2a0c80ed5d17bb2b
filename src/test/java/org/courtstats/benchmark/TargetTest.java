package org.courtstats.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetTest {

    @Test
    void aTargetMetSaysOnlyTheFigure() {
        Target target = Target.atLeast("XLSX import ≥ 1.0 × POI", 1.54, 1.0, "×");

        assertThat(target.met()).isTrue();
        assertThat(target.measured()).isEqualTo("1.54×");
    }

    @Test
    void aTargetMissedSaysByHowMuch() {
        assertThat(Target.atLeast("CSV import ≥ 0.5 × psql", 0.21, 0.5, "×").measured())
                .isEqualTo("0.21× — needs 0.50×, 2.4 times faster");
        Target tooSlow = Target.atMost("indicators ≤ 5 × one scan", 6.8, 5, "×");
        assertThat(tooSlow.met()).isFalse();
        assertThat(tooSlow.measured()).isEqualTo("6.80× — limit 5.00×, 1.4 times too slow");
    }
}
