package org.courtstats.cli;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ResourceBundle;
import org.courtstats.schedule.MonthlySchedule;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The top-level command: lists the subcommands; each has its own --help. */
@Command(name = "courtstats",
        mixinStandardHelpOptions = true,
        version = "courtstats 0.1.0",
        description = {"法院审判执行统计：导入各法院每月报送的案件明细，计算并发布各项指标。",
                "Loads the courts' monthly case exports into a PostgreSQL warehouse and publishes ranked indicators."},
        subcommands = {ImportCommand.class, RerunCommand.class, StatusCommand.class, ReviewCommand.class, PublishCommand.class,
                RejectsCommand.class, ScheduleCommand.class, RecomputeCommand.class, ForgetCommand.class, StandardsCommand.class,
                FeedsCommand.class, ProvinceCommand.class, CauseGroupsCommand.class, ReportCommand.class,
                ExplainCommand.class, ExportCommand.class, DbCommand.class, GenerateCommand.class, BenchmarkCommand.class, CommandLine.HelpCommand.class})
public class CourtstatsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Inherited by every subcommand, so that it may follow the command's other options. */
    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "在屏幕上也显示运维日志（英文，平时只写入日志文件）。Also show the operators' log lines on the terminal.")
    void verbose(boolean verbose) {
        if (verbose) {
            System.setProperty(VerboseConsoleFilter.PROPERTY, "true");
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs a command as {@code java -jar} does: in a JVM of its own, which a read-only command may
     * tune for its short run (see {@link ShortRunCompilation}; not where tests run commands in theirs).
     *
     * @return the exit status
     */
    public static int runInItsOwnJvm(String[] args) {
        ShortRunCompilation.allow();
        return commandLine().execute(args);
    }

    /** The command line with courtstats' conventions: usage errors exit 2, failures 1, no stack traces. */
    public static CommandLine commandLine() {
        return commandLine(Clock.system(ZoneId.of(MonthlySchedule.DEFAULT_ZONE)));
    }

    /** @param clock says which month is the current one: the last a --period may name */
    static CommandLine commandLine(Clock clock) {
        CommandLine commandLine = new CommandLine(new CourtstatsCommand());
        commandLine.registerConverter(java.time.YearMonth.class, new Periods(clock));
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setResourceBundle(ResourceBundle.getBundle("courtstats-help"));
        return commandLine;
    }
}
