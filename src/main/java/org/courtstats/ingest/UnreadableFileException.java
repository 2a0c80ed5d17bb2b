package org.courtstats.ingest;

/**
 * The file cannot be read as a table at all (corrupt, encrypted, empty, not a spreadsheet, not
 * text, a zip bomb). The delivery is refused whole; {@link #getMessage()} is the Chinese message
 * shown to the court and names what is wrong and what to do, without a stack trace.
 */
public class UnreadableFileException extends RuntimeException {

    public UnreadableFileException(String chineseMessage) {
        super(chineseMessage);
    }

    public UnreadableFileException(String chineseMessage, Throwable cause) {
        super(chineseMessage, cause);
    }
}
