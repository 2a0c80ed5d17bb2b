package org.courtstats.cli;

/** The warehouse could not be reached or started; the message says which and what to check. */
class WarehouseUnavailableException extends RuntimeException {

    WarehouseUnavailableException(String chineseMessage, Throwable cause) {
        super(chineseMessage, cause);
    }
}
