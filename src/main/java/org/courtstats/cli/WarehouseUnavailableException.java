package org.courtstats.cli;

import org.courtstats.UserError;

/** The warehouse could not be reached or started; the message says which and what to check. */
class WarehouseUnavailableException extends UserError {

    WarehouseUnavailableException(String chineseMessage, Throwable cause) {
        super(chineseMessage, cause);
    }
}
