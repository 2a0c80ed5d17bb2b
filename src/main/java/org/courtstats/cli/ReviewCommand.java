package org.courtstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.courtstats.reports.Labels;
import org.courtstats.reports.ReviewFindingsFile;
import org.courtstats.review.ReviewFindings;
import org.courtstats.vocabulary.ReferenceData;
import org.courtstats.warehouse.ReferenceDataRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code review --period P [--court C] [--all] [--out FILE.xlsx]}: what the review before publishing
 * found, and why a delivery is held; with --out, the findings and every case involved as a workbook
 * to send to the courts.
 */
@Command(name = "review",
        mixinStandardHelpOptions = true,
        description = {"查看某月发布前审核（预发布）的结果：哪些报送文件待审核、为什么，以及涉及的案件。",
                "核实后用 publish 发布待审核的文件，或用 publish --reject 驳回。",
                "Lists what the review before publishing found for a month: held deliveries, why, and the cases involved."})
class ReviewCommand implements Callable<Integer> {

    /** Cases printed per finding unless --all: enough to start checking with the court. */
    static final int CASES_SHOWN = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "统计月份。Reporting month.")
    YearMonth period;

    @Option(names = "--court", paramLabel = "CODE|NAME", description = "只看一个法院（代字或名称、简称）。One court only.")
    String court;

    @Option(names = "--all", description = "列出每项检查涉及的全部案件（默认每项最多 " + CASES_SHOWN + " 件）。Every case, not the first "
            + CASES_SHOWN + ".")
    boolean all;

    @Option(names = "--out", paramLabel = "FILE.xlsx",
            description = "把审核发现和涉及的全部案件（含所在文件、工作表、行号）写入 .xlsx，发给法院核对。Write them to FILE.xlsx.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (file != null) {
            OutputFolder.requireWorkbook(spec, file);
        }
        if (court != null) {
            KnownCourts.refuseUnknownEarly(court);
        }
        try (ConfigurableApplicationContext context = Warehouse.startForReading(Map.of())) {
            ReferenceData reference = context.getBean(ReferenceDataRepository.class).load();
            String courtCode = court == null ? null : KnownCourts.resolve(court, reference).code();
            ReviewFindings findings = context.getBean(ReviewFindings.class);
            List<ReviewFindings.Finding> found = findings.ofMonth(period, courtCode);
            int held = (int) found.stream().filter(ReviewFindings.Finding::holds)
                    .map(ReviewFindings.Finding::deliveryId).distinct().count();
            if (found.isEmpty()) {
                out.println(period + (courtCode == null ? " 各法院" : " " + reference.courtLabel(courtCode))
                        + "的报送文件在发布前审核中没有发现问题，没有待审核的文件。");
                out.flush();
                return 0;
            }
            out.println(period + " 发布前审核结果：" + found.size() + " 项发现，" + (held > 0 ? held + " 份文件待审核（已入库、未发布）。"
                    : "没有待审核的文件（以下均为提示，文件已照常发布）。"));
            long lastDelivery = -1;
            for (ReviewFindings.Finding finding : found) {
                if (finding.deliveryId() != lastDelivery) {
                    out.println();
                    out.println(finding.courtName() + "（" + finding.courtCode() + "） " + finding.feedName() + " “"
                            + finding.fileName() + "”：" + ("held".equals(finding.deliveryStatus()) ? "待审核，该院该月仍沿用此前发布的数据"
                            : "已发布"));
                    lastDelivery = finding.deliveryId();
                }
                out.println("  【" + finding.checkName() + "】" + (finding.holds() ? "暂缓发布" : "提示") + "：" + finding.message());
                out.println("    应为：" + finding.expected());
                out.println("    实为：" + finding.found());
                printCases(finding, out);
            }
            if (file != null) {
                List<ReviewFindings.SeenCase> cases = findings.casesOfMonth(period, courtCode);
                write(found, cases);
                out.println();
                out.println("审核发现和涉及的 " + cases.size() + " 件案件已写入 " + file.toAbsolutePath().normalize() + "。");
            }
            if (held > 0) {
                out.println();
                out.println("与法院核实后：确认无误，发布 publish --period " + period + " --court 法院 [--feed trial|execution|mediation]；"
                        + "文件有误，驳回 publish --period " + period + " --court 法院 --reject，并请法院重新报送。");
            }
            out.flush();
        }
        return 0;
    }

    private void write(List<ReviewFindings.Finding> found, List<ReviewFindings.SeenCase> cases) {
        List<ReviewFindingsFile.FindingLine> findingLines = found.stream().map(f -> new ReviewFindingsFile.FindingLine(
                f.courtName(), f.feedName(), f.fileName(), Labels.deliveryStatus(f.deliveryStatus()), f.checkName(),
                f.holds() ? "暂缓发布" : "提示", f.expected(), f.found(), f.message(), f.caseCount())).toList();
        List<ReviewFindingsFile.CaseLine> caseLines = cases.stream().map(c -> new ReviewFindingsFile.CaseLine(
                c.courtName(), c.feedName(), c.checkName(), c.caseNo(), c.note(), c.fileName(), c.sheet(),
                c.rowNumber())).toList();
        try {
            ReviewFindingsFile.write(file, period.getYear() + "年" + period.getMonthValue() + "月 发布前审核结果"
                    + (court == null ? "" : "（" + found.get(0).courtName() + "）"), findingLines, caseLines);
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(file, e);
        }
    }

    private void printCases(ReviewFindings.Finding finding, PrintWriter out) {
        if (finding.cases().isEmpty()) {
            return;
        }
        List<ReviewFindings.InvolvedCase> shown = all ? finding.cases()
                : finding.cases().subList(0, Math.min(CASES_SHOWN, finding.cases().size()));
        ConsoleTable table = new ConsoleTable();
        table.row("    案号", "情况");
        shown.forEach(involved -> table.row("    " + involved.caseNo(), involved.note()));
        table.print(out);
        if (shown.size() < finding.cases().size()) {
            out.println("    …… 另有 " + (finding.cases().size() - shown.size()) + " 件，加 --all 列出全部"
                    + "（或查询 mart.review_finding.cases）。");
        }
    }
}
