package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseNumberSetTest {

    @Test
    void findsEveryCaseNumberSentTwiceAmongAMillion() {
        CaseNumberSet seen = new CaseNumberSet();
        int falseAlarms = 0;
        for (int n = 1; n <= 1_000_000; n++) {
            if (!seen.add("（2024）豫1302民初" + n + "号")) {
                falseAlarms++;
            }
        }
        assertThat(falseAlarms).as("distinct case numbers taken for repeats").isZero();
        assertThat(seen.add("（2024）豫1302民初1号")).isFalse();
        assertThat(seen.add("（2024）豫1302民初999999号")).isFalse();
        assertThat(seen.add("（2024）豫1302民初1000001号")).isTrue();
    }
}
