package org.courtstats.inspection;

import org.courtstats.vocabulary.Feed;
import org.courtstats.vocabulary.RefusalCode;

/**
 * The delivery is refused whole. The message is the Chinese text shown to the court: it names the
 * file (and sheet or row where that helps) and says what to do. The court and feed, when they could
 * be told before the refusal, say in the load report who sent what.
 */
public class DeliveryRefusedException extends Exception {

    private final RefusalCode code;
    private final String courtCode;
    private final Feed feed;

    public DeliveryRefusedException(RefusalCode code, String chineseMessage) {
        this(code, chineseMessage, null, null);
    }

    private DeliveryRefusedException(RefusalCode code, String chineseMessage, String courtCode, Feed feed) {
        super(chineseMessage, null, false, false);
        this.code = code;
        this.courtCode = courtCode;
        this.feed = feed;
    }

    /** The same refusal, with the court and feed that were known when it happened (either may be null). */
    DeliveryRefusedException knowing(String courtCode, Feed feed) {
        return new DeliveryRefusedException(code, getMessage(),
                this.courtCode != null ? this.courtCode : courtCode, this.feed != null ? this.feed : feed);
    }

    public RefusalCode code() {
        return code;
    }

    /** The court the delivery comes from, when known (from its case numbers or its file name), or null. */
    public String courtCode() {
        return courtCode;
    }

    /** The feed its header showed, or null. */
    public Feed feed() {
        return feed;
    }
}
