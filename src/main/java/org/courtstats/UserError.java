package org.courtstats;

/**
 * A failure the user can act on (no inbox folder, another import running, a bad standards file, the
 * database unreachable). Its message is in Chinese, says what is wrong and what to do, and is shown
 * as it is, without a stack trace.
 */
public class UserError extends RuntimeException {

    public UserError(String chineseMessage) {
        super(chineseMessage);
    }

    public UserError(String chineseMessage, Throwable cause) {
        super(chineseMessage, cause);
    }
}
