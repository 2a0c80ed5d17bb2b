package org.courtstats.cli;

import java.util.Optional;
import org.courtstats.UserError;
import org.courtstats.embedded.WarehouseStoppedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns a failure into one clear line for the user (exit 1); the stack trace goes to the operators'
 * log file only.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger("courtstats.failures");

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        String message = Secrets.mask(serverStopped(e).map(Throwable::getMessage)
                .orElseGet(() -> e instanceof UserError
                        ? e.getMessage()
                        : "运行失败：" + Warehouse.rootMessage(e) + "（详情见日志 " + Warehouse.logFile() + "）"));
        if (writesToTheLogFile()) {
            log.error("{} failed", commandLine.getCommandName(), e);
        }
        commandLine.getErr().println(commandLine.getColorScheme().errorText("错误：" + message));
        return 1;
    }

    /**
     * Whether the failures logger is the log file's yet: logback-spring.xml gives it the file alone.
     * A command refused before the warehouse starts (a missing --out folder, an unknown court) fails
     * before Spring Boot reads that configuration, when logback's default would print the stack trace
     * on the user's terminal under the one line they are given.
     */
    private static boolean writesToTheLogFile() {
        return !(log instanceof ch.qos.logback.classic.Logger logger) || !logger.isAdditive();
    }

    /**
     * The embedded server's end, when that is what failed: it says so, whatever the step that found
     * out (starting a job, writing a chunk, reading a report) wrapped it in.
     */
    static Optional<WarehouseStoppedException> serverStopped(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof WarehouseStoppedException stopped) {
                return Optional.of(stopped);
            }
        }
        return Optional.empty();
    }
}
