package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.courtstats.support.CourtstatsProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17.8: {@code db} on a port another program holds hung for good (blocked on that program's
 * socket, deaf to SIGTERM). It now checks the port first and says so at once; and a serving {@code db}
 * ends on SIGTERM, as a service manager stops it.
 */
class DbPortTakenProcessIT {

    @TempDir
    Path temp;

    @AfterEach
    void stopWhatWasLeft() {
        CourtstatsProcess.stopServersUnder(temp);
    }

    @Test
    void aPortHeldByAnotherProgramIsRefusedAtOnceInChinese() throws Exception {
        try (ServerSocket otherProgram = new ServerSocket()) {
            otherProgram.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = otherProgram.getLocalPort();

            CourtstatsProcess db = CourtstatsProcess.start(temp.resolve("data"), "db", "--port", String.valueOf(port));
            try {
                assertThat(db.awaitExit(Duration.ofSeconds(90))).as(db.output()).isEqualTo(1);
            } finally {
                db.destroy();
            }

            assertThat(db.output()).contains("错误：端口 " + port + " 已被另一个程序占用", "--port")
                    .doesNotContain("Exception", "Could not stop postmaster");
        }
    }

    @Test
    void aServingDbEndsOnSigterm() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        CourtstatsProcess db = CourtstatsProcess.start(temp.resolve("data"), "db", "--port", String.valueOf(port));
        try {
            Awaitility.await("db ready").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> db.output().contains("数据仓库已就绪") || !db.isAlive());
            assertThat(db.isAlive()).as(db.output()).isTrue();

            ProcessHandle.of(db.pid()).orElseThrow().destroy(); // SIGTERM

            ProcessHandle.of(db.pid()).ifPresent(process ->
                    assertThat(process.onExit().orTimeout(60, TimeUnit.SECONDS).join().isAlive()).isFalse());
            assertThat(db.isAlive()).isFalse();
        } finally {
            db.destroy();
        }
    }
}
