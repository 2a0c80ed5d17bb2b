package org.courtstats.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.courtstats.vocabulary.ReasonCode;

/** Asserts that a parser rejects a value with the right reason and a message naming the value. */
final class Rejections {

    private Rejections() {
    }

    /**
     * @param expectedInMessage fragments the Chinese message must contain, such as the quoted raw
     *                          value and the reason given
     */
    static void assertRejected(ThrowingCallable parse, ReasonCode reason, String... expectedInMessage) {
        assertThatThrownBy(parse).isInstanceOfSatisfying(ValueRejection.class, rejection -> {
            assertThat(rejection.reason()).isEqualTo(reason);
            assertThat(rejection.getMessage()).contains(expectedInMessage);
        });
    }

    /** The raw value as messages quote it. */
    static String quoted(String raw) {
        return "“" + raw.strip() + "”";
    }
}
