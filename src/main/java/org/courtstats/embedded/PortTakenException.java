package org.courtstats.embedded;

import org.courtstats.UserError;

/** The port asked for the embedded warehouse is taken by another program (not a courtstats warehouse). */
public class PortTakenException extends UserError {

    PortTakenException(int port) {
        super("端口 " + port + " 已被另一个程序占用（不是本数据仓库），内置数据仓库无法在该端口启动。"
                + "请用 --port 指定其他端口（例如 db --port " + (port + 1) + "），或先停止占用该端口的程序"
                + "（可用 ss -ltnp | grep " + port + " 查看是哪个程序）。");
    }
}
