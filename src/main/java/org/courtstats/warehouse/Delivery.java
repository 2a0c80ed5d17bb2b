package org.courtstats.warehouse;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/** A row of staging.delivery: one delivery file, what it was found to be, and its fate. */
public record Delivery(long id, long jobInstanceId, YearMonth period, String fileName, String archivePath,
                       String sha256, String status, String fileFormat, String feed, String courtCode,
                       int rowsRead, int rowsLoaded, int rowsRejected, int rowsSkipped, int rowsWarned,
                       String refusalCode, String refusalReason, OffsetDateTime registeredAt) {

    public static final String REGISTERED = "registered";
    /** Loaded and accepted, kept unpublished until the statistician releases or rejects it. */
    public static final String HELD = "held";
    public static final String PUBLISHED = "published";
    public static final String REFUSED = "refused";
    /** Held for review, then discarded by the statistician. */
    public static final String REJECTED = "rejected";
    public static final String SUPERSEDED = "superseded";
    public static final String ABANDONED = "abandoned";

    public boolean isHeld() {
        return HELD.equals(status);
    }

    public boolean isRegistered() {
        return REGISTERED.equals(status);
    }
}
