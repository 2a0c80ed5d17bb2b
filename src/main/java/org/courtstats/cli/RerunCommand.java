package org.courtstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;
import org.courtstats.indicators.IndicatorChange;
import org.courtstats.jobs.ImportReport;
import org.courtstats.jobs.ImportRequest;
import org.courtstats.jobs.ImportStopper;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.review.ReviewFindings;
import org.courtstats.schedule.StopSignal;
import org.courtstats.vocabulary.Court;
import org.courtstats.vocabulary.ReferenceData;
import org.courtstats.warehouse.ReferenceDataRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rerun --court C --period YYYY-MM}: reloads one court's deliveries after it resent a file. */
@Command(name = "rerun",
        mixinStandardHelpOptions = true,
        description = {"单个法院重新报送后，只重新导入该院该月的报送文件，重新计算全市指标（排名随之变化），",
                "并列出该院各项指标和排名的前后变化。",
                "Reloads one court's deliveries of the month, republishes its slices, recomputes the city's",
                "indicators and prints how that court's values and ranks changed.",
                "",
                "退出码 Exit status: 0 全部发布 all published; 4 有文件待审核 held for review; 3 有文件被拒收 some refused;",
                "1 失败 failure; 2 用法错误;",
                "130 按 Ctrl-C 停止 stopped (run it again to resume)."})
class RerunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--court", required = true, paramLabel = "CODE|NAME",
            description = "法院代字或名称、简称、别名，例如 豫1302、宛城区法院、宛城。")
    String court;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "统计月份。Reporting month.")
    YearMonth period;

    @Option(names = "--inbox", defaultValue = "inbox", paramLabel = "DIR",
            description = "收件目录，默认 ${DEFAULT-VALUE}。Inbox folder holding one subfolder per month.")
    Path inbox;

    @Option(names = "--from-archive",
            description = "从档案重新导入该院该月最近一次报送的文件（收件目录已清理时）。Reload from the archive.")
    boolean fromArchive;

    @Option(names = "--force", description = "文件未变化也重新导入。Reload even unchanged files.")
    boolean force;

    /** Ctrl-C or SIGTERM stops the rerun after its current chunk; the same command resumes it. */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        KnownCourts.refuseUnknownEarly(court);
        StopSignal stop = new StopSignal(Clock.systemUTC());
        try (StopOnSignal signals = new StopOnSignal(stop, "the rerun");
             ConfigurableApplicationContext context = Warehouse.start(Map.of())) {
            ReferenceData reference = context.getBean(ReferenceDataRepository.class).load();
            Court chosen = KnownCourts.resolve(court, reference);
            signals.importStoppableBy(context.getBean(ImportStopper.class));
            ImportReport report = signals.importing(period, () -> context.getBean(MonthlyImport.class)
                    .run(new ImportRequest(period, inbox, chosen.code(), fromArchive, force)));
            ImportCommand.print(report, reference, context.getBean(ReviewFindings.class), out);
            if (report.failed() && stop.stopped()) {
                spec.commandLine().getErr().println("已按要求停止：" + chosen.shortName() + " " + period
                        + " 的重新导入未完成，已发布的数据未改变。重新运行同一命令即可从中断处继续。");
                return ImportCommand.EXIT_STOPPED;
            }
            if (report.failed()) {
                spec.commandLine().getErr().println("错误：" + chosen.shortName() + " " + period + " 的重新导入未完成（"
                        + Secrets.mask(report.failure()) + "）。已发布的数据未改变；详情见日志 " + Warehouse.logFile() + "。");
                return 1;
            }
            printChanges(chosen, report, out);
            return report.anyHeld() ? ImportCommand.EXIT_HELD : report.anyNotPublished() ? ImportCommand.EXIT_REFUSED : 0;
        }
    }

    private void printChanges(Court chosen, ImportReport report, PrintWriter out) {
        long unchanged = report.changes().stream().filter(change -> !change.changed()).count();
        out.println();
        out.println(chosen.shortName() + "（" + chosen.code() + "）" + period + " 指标变化：");
        ConsoleTable table = new ConsoleTable(false, false, true, true, true, true);
        table.row("指标", "窗口", "原值", "新值", "原排名", "新排名");
        report.changes().stream().filter(IndicatorChange::changed).forEach(change -> table.row(change.indicatorName(),
                "month".equals(change.timeWindow()) ? "本月" : "累计", number(change.valueBefore()),
                number(change.valueAfter()), change.rankBefore(), change.rankAfter()));
        if (unchanged < report.changes().size()) {
            table.print(out);
        }
        out.println(unchanged == report.changes().size() ? "各项指标和排名均未变化。" : "其余 " + unchanged + " 项未变化。");
        out.flush();
    }

    private static String number(java.math.BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }
}
