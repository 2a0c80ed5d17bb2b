package org.courtstats.jobs;

import java.io.PrintStream;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where load progress goes. On a terminal: one line on standard error, rewritten in place at most
 * four times a second (standard output carries only the report), and erased at the end. Otherwise
 * (cron, systemd, output redirected to a file) a line in the operators' log every 10 seconds, since
 * rewritten lines would pile up there. Either way the end of the load is logged with its rate.
 */
@Component
class ProgressOutput {

    private static final Logger log = LoggerFactory.getLogger(ProgressOutput.class);
    /** Back to the start of the line and erase it (ANSI "erase in line"). */
    private static final String REWRITE = "\r\u001B[K";

    private final PrintStream terminal;

    @Autowired
    ProgressOutput() {
        this(System.console() != null ? System.err : null);
    }

    /** @param terminal where to draw the progress line, or null to log it instead */
    ProgressOutput(PrintStream terminal) {
        this.terminal = terminal;
    }

    Duration interval() {
        return terminal != null ? Duration.ofMillis(250) : Duration.ofSeconds(10);
    }

    void show(LoadProgress.Snapshot progress) {
        if (terminal != null) {
            terminal.print(REWRITE + progress.forTerminal());
            terminal.flush();
        } else {
            log.info(progress.forLog());
        }
    }

    void finished(LoadProgress.Snapshot progress) {
        if (terminal != null) {
            terminal.print(REWRITE);
            terminal.flush();
        }
        log.info(progress.summary());
    }
}
