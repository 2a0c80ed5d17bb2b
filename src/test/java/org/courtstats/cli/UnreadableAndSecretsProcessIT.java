package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courtstats.support.CourtstatsProcess;
import org.courtstats.support.Inbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands run as an operator runs them, in a JVM of their own: a file the account may not read, and
 * a datasource URL carrying a password.
 */
class UnreadableAndSecretsProcessIT {

    static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
    static final List<String> HEADER = List.of("案号", "立案日期", "结案日期", "结案方式");

    @TempDir
    Path temp;
    final List<CourtstatsProcess> processes = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (CourtstatsProcess process : processes) {
            process.destroy();
        }
        CourtstatsProcess.stopServersUnder(temp);
    }

    /**
     * A file of mode 000 is refused alone (拒收, 没有读取权限) and the rest of the month is published;
     * exit 3. The tests run as root, whom permission bits do not stop (CAP_DAC_OVERRIDE): the import
     * then runs under setpriv with the two capabilities that bypass file permissions dropped, so the
     * kernel refuses the open exactly as it does for an ordinary account. Not as root, it runs directly.
     */
    @Test
    void aFileThatCannotBeReadIsRefusedAloneAndTheRestOfTheMonthPublished() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("2024-05", "卧龙区法院_审判案件_2024年5月.csv", List.of(HEADER,
                List.of("（2024）豫1303民初1号", "2024-05-01", "2024-05-20", "判决")));
        Path unreadable = inbox.csv("2024-05", "宛城区法院_审判案件_2024年5月.csv", List.of(HEADER,
                List.of("（2024）豫1302民初1号", "2024-05-01", "", "")));
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        List<String> launcher = "root".equals(System.getProperty("user.name"))
                ? List.of("setpriv", "--inh-caps=-dac_override,-dac_read_search",
                        "--bounding-set=-dac_override,-dac_read_search")
                : List.of();

        CourtstatsProcess run = start(temp.resolve("data"), Map.of(), launcher,
                "import", "--period", "2024-05", "--inbox", inbox.root().toString());

        assertThat(run.awaitExit(RUN_TIMEOUT)).as(run.output()).isEqualTo(3);
        assertThat(run.output())
                .containsPattern("豫1303\\s+审判\\s+1\\s+1\\s+0\\s+0\\s+已发布")
                .containsPattern("（未识别）\\s+（未识别）\\s+0\\s+0\\s+0\\s+0\\s+拒收\\s+宛城区法院_审判案件_2024年5月.csv")
                .contains("拒收 宛城区法院_审判案件_2024年5月.csv：文件“宛城区法院_审判案件_2024年5月.csv”无法读取（没有读取权限）")
                .doesNotContain("运行失败");
    }

    /**
     * A password in SPRING_DATASOURCE_URL (pgjdbc takes it as a parameter or before the host) is never
     * printed nor logged, and the log file is readable by its owner only.
     */
    @Test
    void aPasswordInTheDatasourceUrlIsMaskedAndTheLogFileIsPrivate() throws Exception {
        Path data = temp.resolve("data");
        CourtstatsProcess parameter = start(data, Map.of("SPRING_DATASOURCE_URL",
                "jdbc:postgresql://127.0.0.1:1/courtstats?user=courtstats&password=Parameter-Secret&connectTimeout=2"),
                List.of(), "status", "--period", "2024-05");
        assertThat(parameter.awaitExit(RUN_TIMEOUT)).as(parameter.output()).isEqualTo(1);
        CourtstatsProcess userInfo = start(data, Map.of("SPRING_DATASOURCE_URL",
                "jdbc:postgresql://courtstats:UserInfo-Secret@127.0.0.1:1/courtstats?connectTimeout=2"),
                List.of(), "status", "--period", "2024-05");
        assertThat(userInfo.awaitExit(RUN_TIMEOUT)).as(userInfo.output()).isEqualTo(1);

        Path log = data.resolve("logs/courtstats.log");
        String logged = Files.readString(log);
        assertThat(parameter.output()).contains("错误：无法启动或连接数据库 jdbc:postgresql://127.0.0.1:1/courtstats?user=courtstats&password=******")
                .doesNotContain("Parameter-Secret");
        assertThat(userInfo.output()).contains("jdbc:postgresql://courtstats:******@127.0.0.1:1/courtstats")
                .doesNotContain("UserInfo-Secret");
        assertThat(logged).as("the log has the failures, stack traces included").contains("status failed")
                .contains("at org.").doesNotContain("Parameter-Secret").doesNotContain("UserInfo-Secret");
        assertThat(Files.getPosixFilePermissions(log))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(log.getParent())).doesNotContain(PosixFilePermission.OTHERS_READ,
                PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.GROUP_READ);
    }

    private CourtstatsProcess start(Path data, Map<String, String> environment, List<String> launcher, String... args) {
        CourtstatsProcess process = CourtstatsProcess.start(data, environment, launcher, args);
        processes.add(process);
        return process;
    }
}
