package org.courtstats.vocabulary;

/** Why a whole delivery is refused (feeds.md section 6). The previously published slice stays. */
public enum RefusalCode {
    /** Corrupt, encrypted, empty, not a spreadsheet or text, a zip bomb. */
    UNREADABLE_FILE,
    /** No row within the first 20 holds a feed's headers. */
    NO_HEADER,
    /** The header lacks a column the feed requires. */
    MISSING_COLUMN,
    /**
     * Two columns of the header name the same field (two 案号 columns): which one holds its values cannot
     * be told. Free-text fields (案由, 承办人 …) are exempt: the first is read, as no figure depends on them.
     */
    DUPLICATE_COLUMN,
    /** The header has no data rows under it: publishing it would erase the court's month. */
    NO_DATA_ROWS,
    /** The case numbers name no court of the city, or several without a clear majority. */
    UNKNOWN_COURT,
    /** The file name or a title row names another court than the case numbers. */
    COURT_MISMATCH,
    /** The file name names another month than the one being imported. */
    PERIOD_MISMATCH,
    /** Several files of one run are for the same court, month and feed: which one is right is unknown. */
    DUPLICATE_DELIVERY,
    /** More than the allowed share of rows (default 5%) was rejected. */
    TOO_MANY_REJECTED
}
