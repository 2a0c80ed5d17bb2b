package org.courtstats.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.courtstats.jobs.ImportReport;
import org.courtstats.jobs.ImportStopper;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.review.ReviewFindings;
import org.courtstats.schedule.MonthlySchedule;
import org.courtstats.schedule.StopSignal;
import org.courtstats.warehouse.ReferenceDataRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code schedule [--cron EXPR] [--inbox DIR] [--zone ZONE]}: imports the previous month on a
 * schedule, in the foreground, until Ctrl-C or SIGTERM.
 *
 * <p>Each run starts the warehouse as {@code import} does and closes it after: nothing is held
 * between runs (the embedded warehouse stays free for {@code db} and {@code import}), and a database
 * that was down at one run is simply tried again at the next. On Ctrl-C or SIGTERM a run in progress
 * is asked to stop after its current chunk; the process ends once it has.
 */
@Command(name = "schedule",
        mixinStandardHelpOptions = true,
        description = {"按计划自动导入上个月的报送文件（默认每月 3 日 02:00，北京时间），在前台运行，按 Ctrl-C 停止。"
                + "某次运行失败（数据库不可用、文件有误等）只记入日志，到下次运行时间再试。",
                "Imports the previous month from the inbox on a schedule (default 02:00 on the 3rd, Asia/Shanghai), "
                        + "in the foreground until Ctrl-C or SIGTERM. A failed run is logged and tried again at the next time."})
class ScheduleCommand implements Callable<Integer> {

    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Option(names = "--cron", defaultValue = MonthlySchedule.DEFAULT_CRON, converter = CronConverter.class,
            paramLabel = "EXPR",
            description = "运行时间：Spring 的 6 段 cron 表达式（秒 分 时 日 月 星期），默认“${DEFAULT-VALUE}”即每月 3 日 02:00。"
                    + "When to run: Spring's 6-field cron expression.")
    CronExpression cron;

    @Option(names = "--inbox", defaultValue = "inbox", paramLabel = "DIR",
            description = "收件目录，默认 ${DEFAULT-VALUE}。Inbox folder holding one subfolder per month.")
    Path inbox;

    @Option(names = "--zone", defaultValue = MonthlySchedule.DEFAULT_ZONE, converter = ZoneConverter.class,
            paramLabel = "ZONE", description = "时区，默认 ${DEFAULT-VALUE}。Time zone of the schedule.")
    ZoneId zone;

    /** What the schedule waits on; Ctrl-C and SIGTERM (or a test) tell it to stop. */
    final StopSignal stop = new StopSignal(Clock.systemUTC());

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = inbox.toAbsolutePath().normalize();
        try (ConfigurableApplicationContext operatorsLog = startOperatorsLog();
             StopOnSignal signals = new StopOnSignal(stop, "the schedule")) {
            MonthlySchedule schedule = new MonthlySchedule(cron, zone, folder,
                    (period, dir) -> importMonth(period, dir, signals, out), Clock.systemUTC(), stop);
            printPlan(schedule, folder, out);
            schedule.run();
        }
        out.println("已停止。");
        return 0;
    }

    private void printPlan(MonthlySchedule schedule, Path folder, PrintWriter out) {
        out.println("按计划导入：按 cron“" + cron + "”（时区 " + zone + "）运行，每次导入上个月的报送文件，收件目录 " + folder + "。");
        out.println("接下来 3 次运行：");
        for (ZonedDateTime time : schedule.nextRuns(3)) {
            out.println("  " + RUN_TIME.format(time) + "（" + time.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA)
                    + "） 导入 " + MonthlySchedule.periodOf(time));
        }
        if (!Files.isDirectory(folder)) {
            out.println("注意：收件目录 " + folder + " 目前不存在；到运行时仍没有该月的文件夹，那次运行只记一条警告。");
        }
        out.println("每次运行的结果记入日志 " + Warehouse.logFile() + "。按 Ctrl-C 停止：正在进行的导入在当前批次提交后停止，下次运行时从中断处继续。");
        out.flush();
    }

    /** One run: its own application context, as the {@code import} command has. */
    private ImportReport importMonth(YearMonth period, Path inboxDir, StopOnSignal signals, PrintWriter out) {
        // The month counts as running from before its warehouse starts, so that a signal meanwhile
        // is still turned into a stop request once the job is there.
        return signals.importing(period, () -> {
            try (ConfigurableApplicationContext context = Warehouse.start(Map.of())) {
                signals.importStoppableBy(context.getBean(ImportStopper.class));
                ImportReport report = context.getBean(MonthlyImport.class).run(period, inboxDir);
                ImportCommand.print(report, context.getBean(ReferenceDataRepository.class).load(),
                        context.getBean(ReviewFindings.class), out);
                return report;
            }
        });
    }

    /**
     * The schedule logs before its first run and between runs, when no run's context is there to have
     * set logging up. A context without the warehouse, open as long as the schedule, sets it up as for
     * every command (logback-spring.xml, the levels of application.properties), so that those lines
     * reach the operators' log file too.
     */
    private static ConfigurableApplicationContext startOperatorsLog() {
        return new SpringApplicationBuilder(LoggingOnly.class).logStartupInfo(false).run();
    }

    /** The whole of the logging context: no beans, no warehouse. */
    static final class LoggingOnly {
    }

    /** Reads --cron: Spring's 6-field cron expression that fires at least once more. */
    static final class CronConverter implements CommandLine.ITypeConverter<CronExpression> {

        @Override
        public CronExpression convert(String text) {
            CronExpression cron;
            try {
                cron = CronExpression.parse(text);
            } catch (IllegalArgumentException e) {
                String hint = text.strip().split("\\s+").length == 5
                        ? "只有 5 段：这里用 Spring 的 6 段格式（秒 分 时 日 月 星期），crontab 的写法请在前面加上秒"
                        : "无效：应为 Spring 的 6 段格式（秒 分 时 日 月 星期）";
                throw new CommandLine.TypeConversionException("cron 表达式“" + text + "”" + hint
                        + "，例如“" + MonthlySchedule.DEFAULT_CRON + "”即每月 3 日 02:00");
            }
            if (cron.next(ZonedDateTime.now()) == null) {
                throw new CommandLine.TypeConversionException("cron 表达式“" + text + "”永远不会触发（没有这样的日期）");
            }
            return cron;
        }
    }

    /** Reads --zone: a region such as Asia/Shanghai, or an offset such as +08:00. */
    static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {

        @Override
        public ZoneId convert(String text) {
            try {
                return ZoneId.of(text.strip());
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException("时区“" + text + "”无效，应写作如 "
                        + MonthlySchedule.DEFAULT_ZONE + " 或 +08:00");
            }
        }
    }
}
