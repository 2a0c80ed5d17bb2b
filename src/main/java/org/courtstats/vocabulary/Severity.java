package org.courtstats.vocabulary;

/** An error rejects the row; a warning keeps the row and is reported beside it. */
public enum Severity {
    ERROR, WARNING
}
