package org.courtstats.embedded;

import java.sql.SQLException;

/**
 * The embedded server ended while this process was using it (killed, out of memory, the machine
 * shutting down). Raised at once by every new connection from then on, instead of the connection
 * pool's waiting and retrying for its full timeout: the command fails within seconds, saying why.
 * The message is for the user, in Chinese.
 */
public class WarehouseStoppedException extends SQLException {

    WarehouseStoppedException(String chineseMessage) {
        super(chineseMessage, "08006");
    }
}
