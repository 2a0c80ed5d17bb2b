package org.courtstats.ingest;

/**
 * The delivery is refused whole. The message is the Chinese text shown to the court: it names the
 * file (and sheet or row where that helps) and says what to do.
 */
public class DeliveryRefusedException extends Exception {

    private final RefusalCode code;

    public DeliveryRefusedException(RefusalCode code, String chineseMessage) {
        super(chineseMessage, null, false, false);
        this.code = code;
    }

    public RefusalCode code() {
        return code;
    }
}
