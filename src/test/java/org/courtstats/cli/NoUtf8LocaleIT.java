package org.courtstats.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.courtstats.support.CourtstatsProcess;
import org.courtstats.support.Inbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18.10: cron and systemd often run with no locale, and a JVM started so cannot name Chinese
 * file names. The import says so at once, in Chinese and English, instead of failing half-way with
 * "Malformed input"; with the locale the shipped script sets, the same inbox imports.
 */
class NoUtf8LocaleIT {

    @TempDir
    Path temp;

    @AfterEach
    void stopServers() {
        CourtstatsProcess.stopServersUnder(temp);
    }

    @Test
    void withoutAUtf8LocaleTheImportStopsBeforeRegisteringAndSaysWhichLocaleToSet() throws Exception {
        Inbox inbox = inboxWithAChineseFileName();

        CourtstatsProcess noLocale = CourtstatsProcess.start(temp.resolve("data"), Map.of("LC_ALL", "C", "LANG", ""),
                "import", "--period", "2024-07", "--inbox", inbox.root().toString());

        assertThat(noLocale.awaitExit(Duration.ofMinutes(2))).as(noLocale.output()).isEqualTo(1);
        assertThat(noLocale.output())
                .contains("1 file name(s) in " + inbox.root().resolve("2024-07") + " cannot be read: the JVM's file-name"
                        + " encoding is ANSI_X3.4-1968 because no UTF-8 locale is set. Run with LANG=C.UTF-8 LC_ALL=C.UTF-8.")
                .doesNotContain("Malformed input").doesNotContain("Exception");
    }

    @Test
    void withTheLocaleTheScriptsSetTheSameInboxImports() throws Exception {
        Inbox inbox = inboxWithAChineseFileName();

        CourtstatsProcess utf8 = CourtstatsProcess.start(temp.resolve("data"), Map.of("LC_ALL", "C.UTF-8", "LANG", "C.UTF-8"),
                "import", "--period", "2024-07", "--inbox", inbox.root().toString());

        assertThat(utf8.awaitExit(Duration.ofMinutes(2))).as(utf8.output()).isZero();
        assertThat(utf8.output()).containsPattern("豫1302\\s+审判\\s+1\\s+1\\s+0\\s+0\\s+已发布\\s+宛城区法院_审判案件_2024年7月.csv");
    }

    private Inbox inboxWithAChineseFileName() throws Exception {
        Inbox inbox = new Inbox(temp.resolve("inbox"));
        inbox.csv("2024-07", "宛城区法院_审判案件_2024年7月.csv", List.of(
                List.of("案号", "立案日期", "结案日期", "结案方式"),
                List.of("（2024）豫1302民初1号", "2024-07-01", "2024-07-20", "判决")));
        return inbox;
    }
}
