package org.courtstats.cli;

import org.courtstats.UserError;
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
        String message = Secrets.mask(e instanceof UserError
                ? e.getMessage()
                : "运行失败：" + Warehouse.rootMessage(e) + "（详情见日志 " + Warehouse.logFile() + "）");
        log.error("{} failed", commandLine.getCommandName(), e);
        commandLine.getErr().println(commandLine.getColorScheme().errorText("错误：" + message));
        return 1;
    }
}
