package org.courtstats.jobs;

import org.courtstats.UserError;

/**
 * An import that cannot start or finish for a reason the user can act on (no inbox folder, no files,
 * another import running). The message is in Chinese and says what to do.
 */
public class ImportException extends UserError {

    public ImportException(String chineseMessage) {
        super(chineseMessage);
    }

    public ImportException(String chineseMessage, Throwable cause) {
        super(chineseMessage, cause);
    }
}
