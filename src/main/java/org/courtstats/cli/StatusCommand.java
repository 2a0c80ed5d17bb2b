package org.courtstats.cli;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.courtstats.reports.Labels;
import org.courtstats.reports.StatusReport;
import org.courtstats.review.ReviewFindings;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code status [--period YYYY-MM]}: a month's deliveries, who has not delivered what, and the last runs. */
@Command(name = "status",
        mixinStandardHelpOptions = true,
        description = {"查看某月各法院的报送情况（文件、状态、行数、拒收原因）、尚未发布的报表，以及最近的导入运行记录。",
                "Shows a month's deliveries and their state, the courts and feeds with nothing published, and the last runs."})
class StatusCommand implements Callable<Integer> {

    static final int LAST_RUNS = 10;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Delivery states in the order the summary lists them. */
    private static final List<String> STATUSES = List.of("published", "held", "refused", "rejected", "superseded", "abandoned",
            "registered");

    @Spec
    CommandSpec spec;

    @Option(names = "--period", paramLabel = "YYYY-MM",
            description = "统计月份；省略时为最近一个收到报送文件的月份。Reporting month; default: the latest with deliveries.")
    YearMonth period;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = Warehouse.startForReading(Map.of())) {
            StatusReport report = context.getBean(StatusReport.class);
            Optional<YearMonth> month = Optional.ofNullable(period).or(report::latestPeriod);
            if (month.isPresent()) {
                printDeliveries(month.get(), report.deliveries(month.get()), context.getBean(ReviewFindings.class), out);
                printMissing(month.get(), report.missing(month.get()), out);
            } else {
                out.println("数据仓库中还没有任何报送记录。请先用 import 导入各法院的报送文件。");
            }
            out.println();
            printRuns(Optional.ofNullable(period), report.lastRuns(Optional.ofNullable(period), LAST_RUNS), out);
            out.flush();
        }
        return 0;
    }

    private static void printDeliveries(YearMonth month, List<StatusReport.DeliveryLine> deliveries,
                                        ReviewFindings findings, PrintWriter out) {
        if (deliveries.isEmpty()) {
            out.println(month + " 没有收到任何报送文件。");
            return;
        }
        out.println(month + " 报送情况：");
        ConsoleTable table = new ConsoleTable(false, false, false, false, true, true, true, true, true, false, false);
        table.row("法院代字", "法院", "报表", "状态", "读取", "入库", "拒收", "跳过", "警告", "完成时间", "文件");
        for (StatusReport.DeliveryLine d : deliveries) {
            table.row(d.courtCode() == null ? "（未识别）" : d.courtCode(), d.courtShortName(), Labels.feed(d.feed()),
                    Labels.deliveryStatus(d.status()), d.rowsRead(), d.rowsLoaded(), d.rowsRejected(), d.rowsSkipped(),
                    d.rowsWarned(), format(d.loadedAt()), d.fileName());
            if ("refused".equals(d.status()) && d.refusalReason() != null) {
                table.note("拒收原因：" + d.refusalReason());
            }
            if ("held".equals(d.status())) {
                findings.holding(d.deliveryId()).forEach(finding ->
                        table.note("待审核原因：【" + finding.checkName() + "】" + finding.message()));
            }
        }
        table.print(out);
        Map<String, Long> byStatus = deliveries.stream()
                .collect(Collectors.groupingBy(StatusReport.DeliveryLine::status, Collectors.counting()));
        out.println("合计：" + deliveries.size() + " 份文件，" + STATUSES.stream().filter(byStatus::containsKey)
                .map(status -> Labels.deliveryStatus(status) + " " + byStatus.get(status) + " 份")
                .collect(Collectors.joining("，")) + "。拒收行明细可用 rejects --period " + month + " 查看。"
                + (byStatus.containsKey("held") ? "待审核文件的检查结果和涉及的案件：review --period " + month
                        + "；核实后用 publish 发布或 publish --reject 驳回。" : ""));
    }

    /** One line per court: each feed it has nothing published for, and whether it sent anything. */
    private static void printMissing(YearMonth month, List<StatusReport.MissingSlice> missing, PrintWriter out) {
        out.println();
        if (missing.isEmpty()) {
            out.println(month + " 各法院的审判、执行、诉前调解报表均已发布。");
            return;
        }
        Map<String, List<StatusReport.MissingSlice>> byCourt = new LinkedHashMap<>();
        missing.forEach(slice -> byCourt.computeIfAbsent(slice.courtCode(), code -> new ArrayList<>()).add(slice));
        out.println(month + " 尚未发布的报表（" + byCourt.size() + " 个法院）：");
        ConsoleTable table = new ConsoleTable();
        byCourt.forEach((code, slices) -> table.row(code, slices.get(0).courtShortName(), slices.stream()
                .map(slice -> Labels.feed(slice.feed()) + "（" + received(slice.received()) + "）")
                .collect(Collectors.joining("、"))));
        table.print(out);
    }

    private static String received(String status) {
        if (status == null) {
            return "未收到";
        }
        return switch (status) {
            case "refused" -> "已拒收，待重新报送";
            case "held" -> "待审核，见 review";
            default -> "导入中";
        };
    }

    private static void printRuns(Optional<YearMonth> month, List<StatusReport.Run> runs, PrintWriter out) {
        String title = month.map(m -> m + " 的").orElse("") + "最近运行记录（至多 " + LAST_RUNS + " 次）";
        if (runs.isEmpty()) {
            out.println(title + "：没有运行记录。");
            return;
        }
        out.println(title + "：");
        ConsoleTable table = new ConsoleTable(true);
        table.row("编号", "作业", "月份", "开始时间", "结束时间", "状态", "退出状态");
        boolean anyRunning = false;
        for (StatusReport.Run run : runs) {
            table.row(run.executionId(), Labels.job(run.jobName()), run.period(), format(run.startTime()),
                    format(run.endTime()), Labels.runStatus(run.status()), exitStatus(run));
            if (!"COMPLETED".equals(run.status())) {
                run.exitMessageFirstLine().ifPresent(message -> table.note("原因：" + message));
            }
            anyRunning |= "STARTED".equals(run.status()) || "STARTING".equals(run.status());
        }
        table.print(out);
        if (anyRunning) {
            out.println("注：若“运行中”的运行已没有进程在执行，说明它被中断了；重新运行同一命令即可从中断处继续。");
        }
    }

    /** What the command said: a completed run that refused files exited 3, and says so. */
    private static String exitStatus(StatusReport.Run run) {
        if ("COMPLETED".equals(run.exitCode()) && run.refusedDeliveries() > 0) {
            return "完成，拒收 " + run.refusedDeliveries() + " 份（退出码 3）";
        }
        return Labels.runStatus(run.exitCode());
    }

    private static String format(OffsetDateTime time) {
        return time == null ? "" : TIME.format(time.atZoneSameInstant(ZoneId.systemDefault()));
    }

    private static String format(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }
}
