package org.courtstats.normalize;

import org.courtstats.vocabulary.ReasonCode;

/**
 * A value that cannot be accepted. Thrown by the pure value parsers; the row normalizer turns it
 * into a stored rejection by adding file, sheet, row and field. {@link #getMessage()} is a Chinese
 * sentence about the value itself (e.g. {@code 日期“2024-02-30”不存在}), without the place.
 */
public class ValueRejection extends Exception {

    private final ReasonCode reason;

    public ValueRejection(ReasonCode reason, String chineseDetail) {
        super(chineseDetail, null, false, false);
        this.reason = reason;
    }

    public ReasonCode reason() {
        return reason;
    }
}
