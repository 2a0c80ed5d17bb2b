package org.courtstats.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.scheduling.support.CronExpression;

/**
 * The files operators schedule the import with (jobs/monthly-import/): the wrapper script runs the
 * import of the previous month where the warehouse lives and passes its exit status on, and cron,
 * systemd and the schedule command agree on when.
 */
class OsSchedulingFilesIT {

    static final Path JOB = Path.of("jobs/monthly-import");
    static final ZoneId SHANGHAI = ZoneId.of(MonthlySchedule.DEFAULT_ZONE);

    @TempDir
    Path home;

    @Test
    void theScriptImportsThePreviousMonthInTheWarehouseDirectoryAndPassesOnExitStatusThree() throws Exception {
        Path java = fakeJava();

        Result result = runScript(java, 3);

        YearMonth previous = YearMonth.now(SHANGHAI).minusMonths(1);
        assertThat(result.status()).isEqualTo(3);
        assertThat(Files.readString(home.resolve("java-was-run"))).isEqualTo(home.toRealPath() + ": -Dfile.encoding=UTF-8 -jar "
                + "/opt/courtstats/courtstats.jar import --period " + previous + " --inbox " + home.resolve("inbox") + "\n");
        assertThat(result.output()).contains(previous + ": exit status 3: some delivery refused, the others published"
                + " (not a failure");
    }

    /** Issue 18.10: cron and systemd run with no locale, or C; Java then cannot name Chinese file names. */
    @Test
    void theScriptRunsJavaInAUtf8LocaleWhateverItWasStartedWith() throws Exception {
        Path java = home.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf 'LANG=%s LC_ALL=%s\\n' \"$LANG\" \"$LC_ALL\" > \"$COURTSTATS_HOME/java-locale\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();

        Result result = runScript(java, 0, Map.of("LC_ALL", "C", "LANG", ""));

        assertThat(result.status()).isZero();
        assertThat(Files.readString(home.resolve("java-locale"))).isEqualTo("LANG=C.UTF-8 LC_ALL=C.UTF-8\n");
        assertThat(Files.readAllLines(JOB.resolve("courtstats-import.service"))).contains("Environment=LANG=C.UTF-8 LC_ALL=C.UTF-8");
        assertThat(Files.readAllLines(JOB.resolve("crontab.txt"))).contains("LANG=C.UTF-8", "LC_ALL=C.UTF-8");
    }

    @Test
    void theScriptPassesOnAFailure() throws Exception {
        Result result = runScript(fakeJava(), 1);

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.output()).contains("exit status 1: the import FAILED");
    }

    @Test
    void cronSystemdAndTheScheduleCommandRunAtTheSameTime() throws IOException {
        String cronLine = Files.readAllLines(JOB.resolve("crontab.txt")).stream()
                .filter(line -> line.endsWith("2>&1")).findFirst().orElseThrow();
        String[] fields = cronLine.split("\\s+");
        // Spring's expressions start with the seconds that crontab lines lack.
        CronExpression crontab = CronExpression.parse("0 " + String.join(" ", List.of(fields).subList(0, 5)));
        ZonedDateTime from = ZonedDateTime.of(2024, 12, 20, 0, 0, 0, 0, SHANGHAI);

        assertThat(crontab.next(from)).isEqualTo(CronExpression.parse(MonthlySchedule.DEFAULT_CRON).next(from));
        assertThat(Files.readString(JOB.resolve("crontab.txt"))).contains("CRON_TZ=" + MonthlySchedule.DEFAULT_ZONE);
        assertThat(fields[5]).isEqualTo("/opt/courtstats/import-previous-month.sh");
        assertThat(Files.readAllLines(JOB.resolve("courtstats-import.timer")))
                .contains("OnCalendar=*-*-03 02:00:00 " + MonthlySchedule.DEFAULT_ZONE, "Unit=courtstats-import.service");
        assertThat(Files.readAllLines(JOB.resolve("courtstats-import.service")))
                .contains("ExecStart=/opt/courtstats/import-previous-month.sh", "SuccessExitStatus=3",
                        "WorkingDirectory=/srv/courtstats");
    }

    record Result(int status, String output) {
    }

    /** A java that records where and with what it was run, and exits with FAKE_STATUS. */
    Path fakeJava() throws IOException {
        Path java = home.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s: %s\\n' \"$(pwd -P)\" \"$*\" > \"$COURTSTATS_HOME/java-was-run\"\n"
                + "exit \"$FAKE_STATUS\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return java;
    }

    Result runScript(Path java, int javaStatus) throws Exception {
        return runScript(java, javaStatus, Map.of());
    }

    Result runScript(Path java, int javaStatus, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", JOB.resolve("import-previous-month.sh").toString())
                .redirectErrorStream(true);
        builder.environment().putAll(Map.of("COURTSTATS_HOME", home.toString(), "JAVA", java.toString(),
                "FAKE_STATUS", Integer.toString(javaStatus)));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
