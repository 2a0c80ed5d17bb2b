package org.courtstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.courtstats.jobs.FileNotice;
import org.courtstats.jobs.ImportReport;
import org.courtstats.jobs.ImportRequest;
import org.courtstats.jobs.ImportStopper;
import org.courtstats.jobs.MonthlyImport;
import org.courtstats.reports.StatusReport;
import org.courtstats.review.ReviewFindings;
import org.courtstats.schedule.StopSignal;
import org.courtstats.vocabulary.ReferenceData;
import org.courtstats.warehouse.Delivery;
import org.courtstats.warehouse.ReferenceDataRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code import --period YYYY-MM [--inbox DIR]}: loads a month's deliveries and publishes its indicators. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {"导入收件目录 DIR/YYYY-MM/ 中的全部报送文件，发布各法院数据并重新计算该月指标。",
                "Loads every delivery in DIR/YYYY-MM/, publishes the accepted ones and recomputes the month's indicators.",
                "",
                "退出码 Exit status: 0 全部发布 all published; 3 有文件被拒收或留待下次导入 some refused or held back;",
                "4 有文件待审核（未发布，用 review 查看、publish 发布）some held for review;",
                "1 运行失败 failure; 2 用法错误 usage error; 130 按 Ctrl-C 停止 stopped (run it again to resume)."})
class ImportCommand implements Callable<Integer> {

    static final int EXIT_REFUSED = 3;
    /** A delivery was held for review: it needs the statistician before the month is complete. */
    static final int EXIT_HELD = 4;
    /** 128 + SIGINT, as shells report a command stopped with Ctrl-C. */
    static final int EXIT_STOPPED = 130;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, split = ",", paramLabel = "YYYY-MM",
            description = "统计月份，可用逗号分隔多个，例如 2023-08,2024-08。Reporting month(s).")
    List<YearMonth> periods;

    @Option(names = "--inbox", defaultValue = "inbox", paramLabel = "DIR",
            description = "收件目录，默认 ${DEFAULT-VALUE}。Inbox folder holding one subfolder per month.")
    Path inbox;

    @Option(names = "--force", description = "文件未变化也重新导入。Reload even files whose bytes were already loaded.")
    boolean force;

    /**
     * Ctrl-C or SIGTERM stops the import after its current chunk, without publishing, and skips the
     * months not started; running the same command again resumes where it stopped.
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean anyRefused = false;
        boolean anyHeld = false;
        StopSignal stop = new StopSignal(Clock.systemUTC());
        try (StopOnSignal signals = new StopOnSignal(stop, "the import");
             ConfigurableApplicationContext context = Warehouse.start(Map.of())) {
            MonthlyImport monthlyImport = context.getBean(MonthlyImport.class);
            signals.importStoppableBy(context.getBean(ImportStopper.class));
            for (YearMonth period : periods) {
                if (stop.stopped()) {
                    return stopped(period);
                }
                ImportReport report = signals.importing(period,
                        () -> monthlyImport.run(new ImportRequest(period, inbox, null, false, force)));
                print(report, context.getBean(ReferenceDataRepository.class).load(), context.getBean(ReviewFindings.class), out);
                // Files held back are announced by their own lines: they come with the next run.
                if (!report.failed() && !report.anyHeldBack()
                        && context.getBean(StatusReport.class).publishedSlices(period) == 0) {
                    out.println("注意：" + period + " 没有任何法院的报送被发布，该月没有指标；report 和 export 不会为它生成文件。"
                            + "请按上面的拒收原因请法院重新报送，把文件放进收件目录后再运行本命令。");
                    out.flush();
                }
                if (report.failed() && stop.stopped()) {
                    return stopped(period);
                }
                if (report.failed()) {
                    spec.commandLine().getErr().println("错误：" + period + " 的导入未完成（" + Secrets.mask(report.failure())
                            + "）。已发布的数据未改变。若是临时故障（数据库中断、磁盘已满等），排除后重新运行同一命令即可从中断处继续；"
                            + "详情见日志 " + Warehouse.logFile() + "。");
                    return 1;
                }
                anyRefused |= report.anyNotPublished();
                anyHeld |= report.anyHeld();
            }
        }
        return anyHeld ? EXIT_HELD : anyRefused ? EXIT_REFUSED : 0;
    }

    private int stopped(YearMonth period) {
        spec.commandLine().getErr().println("已按要求停止：" + period + " 及以后月份的导入未完成，已发布的数据未改变。"
                + "重新运行同一命令即可从中断处继续。");
        return EXIT_STOPPED;
    }

    /**
     * @param courts   names each delivery's court, as statisticians know it, beside its code
     * @param findings says why a delivery was held for review
     */
    static void print(ImportReport report, ReferenceData courts, ReviewFindings findings, PrintWriter out) {
        out.println(report.period() + " 导入结果：");
        ConsoleTable table = new ConsoleTable(false, false, false, true, true, true, true, false, false);
        table.row("法院", "代字", "报表", "读取", "入库", "拒收", "跳过", "状态", "文件");
        int published = 0;
        int refused = 0;
        int unchanged = 0;
        int held = 0;
        long read = 0;
        long loaded = 0;
        long rejected = 0;
        for (ImportReport.Line line : report.deliveries()) {
            Delivery d = line.delivery();
            table.row(d.courtCode() == null ? "（未识别）" : courts.courtLabel(d.courtCode()),
                    d.courtCode() == null ? "" : d.courtCode(), feedLabel(d.feed(), courts), d.rowsRead(),
                    d.rowsLoaded(), d.rowsRejected(), d.rowsSkipped(), statusLabel(line), d.fileName());
            if (line.unchanged()) {
                unchanged++;
            } else if (Delivery.PUBLISHED.equals(d.status())) {
                published++;
            }
            if (Delivery.REFUSED.equals(d.status()) || Delivery.REJECTED.equals(d.status())) {
                refused++;
            }
            held += d.isHeld() ? 1 : 0;
            // This run's files only; of a refused file nothing entered the warehouse, though its line
            // shows the rows that would have.
            if (!line.unchanged()) {
                read += d.rowsRead();
                loaded += Delivery.PUBLISHED.equals(d.status()) || d.isHeld() ? d.rowsLoaded() : 0;
                rejected += d.rowsRejected();
            }
        }
        table.print(out);
        for (ImportReport.Line line : report.deliveries()) {
            if (Delivery.REFUSED.equals(line.delivery().status())) {
                out.println("  拒收 " + line.delivery().fileName() + "：" + line.delivery().refusalReason());
            }
            if (line.delivery().isHeld()) {
                for (ReviewFindings.Finding finding : findings.holding(line.delivery().id())) {
                    out.println("  待审核 " + line.delivery().fileName() + "：【" + finding.checkName() + "】" + finding.message());
                }
            }
        }
        long heldBack = 0;
        for (FileNotice notice : report.notices()) {
            out.println("  " + (notice.heldBack() ? "暂缓 " : "忽略 ") + notice.fileName() + "：" + notice.reason());
            heldBack += notice.heldBack() ? 1 : 0;
        }
        out.println("合计：" + report.deliveries().size() + " 份文件，发布 " + published + " 份，拒收 " + refused
                + " 份，" + (held > 0 ? "待审核 " + held + " 份，" : "") + "未变化 " + unchanged + " 份" + (heldBack > 0 ? "，暂缓 " + heldBack + " 份（下次运行时导入）" : "")
                + "；读取 " + read + " 行，入库 " + loaded + " 行，拒收 " + rejected
                + " 行。" + (rejected > 0 || refused > 0 ? "拒收明细：rejects --period " + report.period() + "（可加 --out 文件.xlsx）。" : ""));
        if (held > 0) {
            out.println("待审核的文件已入库但未发布，该法院该月仍沿用此前发布的数据。查看原因和涉及的案件：review --period "
                    + report.period() + "；与法院核实无误后发布：publish --period " + report.period()
                    + " --court 法院；否则驳回：publish --period " + report.period() + " --court 法院 --reject。");
        }
        out.flush();
    }

    /** The feed's name as the warehouse declares it (a feed added with files only has its own). */
    private static String feedLabel(String feed, ReferenceData reference) {
        return feed == null ? "（未识别）" : reference.feeds().ofCode(feed).map(f -> f.label().substring(0, 2)).orElse(feed);
    }

    private static String statusLabel(ImportReport.Line line) {
        String status = switch (line.delivery().status()) {
            case Delivery.PUBLISHED -> "已发布";
            case Delivery.REFUSED -> "拒收";
            case Delivery.HELD -> "待审核";
            case Delivery.REJECTED -> "已驳回";
            case Delivery.SUPERSEDED -> "已被替换";
            default -> "未完成";
        };
        return line.unchanged() ? "未变化（" + status + "）" : status;
    }
}
