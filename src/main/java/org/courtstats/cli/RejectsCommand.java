package org.courtstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.courtstats.UserError;
import org.courtstats.reports.Labels;
import org.courtstats.reports.RejectedRows;
import org.courtstats.reports.RejectedRowsFile;
import org.courtstats.reports.RowProblem;
import org.courtstats.vocabulary.Court;
import org.courtstats.warehouse.ReferenceDataRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rejects --period YYYY-MM [--court C] [--out FILE]}: the rejected rows of a month's latest
 * deliveries, printed or written to a file to send back to the court.
 */
@Command(name = "rejects",
        mixinStandardHelpOptions = true,
        description = {"列出某月被拒收的数据行（以及已接收但有警告的行），可写入 .xlsx 或 .csv 文件发回法院更正。",
                "只列各法院每类报表最新一次报送的文件（已发布或被拒收的），已被替换的旧文件不再列出。",
                "Lists the rejected rows (and warnings) of the month's latest deliveries, or writes them to FILE."})
class RejectsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "统计月份。Reporting month.")
    YearMonth period;

    @Option(names = "--court", paramLabel = "C",
            description = "只列一个法院：法院代字或名称、简称，例如 豫1302、宛城区法院、宛城。One court, by code or name.")
    String court;

    @Option(names = "--out", paramLabel = "FILE",
            description = "写入文件（.xlsx 或 .csv），不指定则打印在屏幕上。Write to FILE.xlsx or FILE.csv instead of printing.")
    Path out;

    @Override
    public Integer call() {
        if (out != null && RejectedRowsFile.Format.of(out).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--out 的文件名须以 .xlsx 或 .csv 结尾：" + out);
        }
        if (out != null) {
            OutputFolder.requireExisting(out);
        }
        if (court != null) {
            KnownCourts.refuseUnknownEarly(court);
        }
        PrintWriter writer = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = Warehouse.startForReading(Map.of())) {
            Optional<Court> chosen = court == null ? Optional.empty()
                    : Optional.of(KnownCourts.resolve(court, context.getBean(ReferenceDataRepository.class).load()));
            RejectedRows rows = context.getBean(RejectedRows.class);
            if (!rows.anyDelivery(period)) {
                throw new UserError(period + " 没有收到任何报送文件，无从列出拒收行。可用 status 查看各月的报送情况。");
            }
            Optional<String> courtCode = chosen.map(Court::code);
            List<RowProblem> rejected = rows.rejected(period, courtCode);
            List<RowProblem> warnings = rows.warnings(period, courtCode);
            String whose = period + chosen.map(c -> " " + c.shortName()).orElse("");
            if (rejected.isEmpty() && warnings.isEmpty()) {
                writer.println(whose + " 没有被拒收的行，也没有警告。" + (out == null ? "" : "未写文件。"));
            } else if (out == null) {
                print(whose, rejected, warnings, writer);
            } else {
                write(chosen, rejected, warnings);
                writer.println("已写入 " + out.toAbsolutePath().normalize() + "：" + summary(rejected, warnings));
            }
            writer.flush();
        }
        return 0;
    }

    /**
     * Every rejected row in full; the warnings only counted by court and problem, because a month
     * has thousands (old-format 原审案号 above all) and they would bury the rejected rows. The file
     * written with --out lists them one by one.
     */
    private static void print(String whose, List<RowProblem> rejected, List<RowProblem> warnings, PrintWriter out) {
        out.println(whose + " 被拒收的行：");
        ConsoleTable rows = new ConsoleTable(false, false, false, false, true);
        rows.row(RowProblem.COLUMNS.toArray());
        rejected.forEach(problem -> rows.row(problem.cells().toArray()));
        rows.print(out);
        if (!warnings.isEmpty()) {
            out.println();
            out.println(whose + " 已接收但有警告的行（请法院核对；逐行明细请用 --out 写入文件）：");
            Map<List<String>, Long> counts = warnings.stream().collect(Collectors.groupingBy(
                    w -> List.of(w.court(), Labels.feed(w.feed()), w.problem()), LinkedHashMap::new, Collectors.counting()));
            ConsoleTable table = new ConsoleTable(false, false, false, true);
            table.row("法院", "报表", "问题", "行数");
            counts.forEach((key, count) -> table.row(key.get(0), key.get(1), key.get(2), count));
            table.print(out);
        }
        out.println("合计：" + summary(rejected, warnings));
    }

    /** A court's own sheet when one was chosen; otherwise one sheet per court. */
    private void write(Optional<Court> chosen, List<RowProblem> rejected, List<RowProblem> warnings) {
        try {
            RejectedRowsFile.write(out, period, rejected, warnings, chosen.map(Court::shortName));
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(out, e);
        }
    }

    private static String summary(List<RowProblem> rejected, List<RowProblem> warnings) {
        long rows = rejected.stream().map(p -> p.fileName() + "\0" + p.sheet() + "\0" + p.rowNumber()).distinct().count();
        return "拒收 " + rows + " 行（" + rejected.size() + " 个问题），警告 " + warnings.size() + " 条。";
    }
}
