package org.courtstats.ingest;

/** What a spreadsheet cell holds, as its file stores it (not as Excel would display it). */
public enum CellKind {
    /** No value, or only white space. */
    BLANK,
    /** Text: a string cell, a formula's cached string, an inline string, or any CSV field. */
    TEXT,
    /** A number cell whose format is not a date format (a formula's cached number included). */
    NUMBER,
    /** A number cell whose format is a date format; {@link Cell#date()} holds the date and time. */
    DATE,
    /** A boolean cell; its text is {@code TRUE} or {@code FALSE}. */
    BOOLEAN,
    /** An error cell or a formula's cached error; its text is Excel's code such as {@code #DIV/0!}. */
    ERROR
}
