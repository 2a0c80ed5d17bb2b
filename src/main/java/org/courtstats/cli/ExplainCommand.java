package org.courtstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.courtstats.UserError;
import org.courtstats.reports.IndicatorCases;
import org.courtstats.reports.IndicatorCasesFile;
import org.courtstats.warehouse.ReferenceDataRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code explain --period P --court C --indicator I [--window month|ytd] [--out FILE.xlsx]}: what a
 * figure is and which cases make it (mart.indicator_case), so that a statistician can answer "which
 * cases?" case by case.
 */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        description = {"说明一个指标值的口径和分子、分母的构成，并列出计入的案件（--out 写入 .xlsx，分子、分母各一张工作表），供法院逐案核对。",
                "Explains one indicator value: its definition, numerator and denominator, and the cases that make them."})
class ExplainCommand implements Callable<Integer> {

    private static final String CITY = "全市";
    /** Numerator cases printed on the screen at most; the file lists them all. */
    private static final int CASES_ON_SCREEN = 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "统计月份。Reporting month.")
    YearMonth period;

    @Option(names = "--court", required = true, paramLabel = "C",
            description = "法院：法院代字或名称、简称（如 豫1302、宛城），或 全市。A court by code or name, or 全市.")
    String court;

    @Option(names = "--indicator", required = true, paramLabel = "I",
            description = "指标代码或名称，如 reversal_rate 或 一审裁判被改判率。Indicator code or Chinese name.")
    String indicator;

    @Option(names = "--window", paramLabel = "month|ytd", defaultValue = "month",
            description = "统计窗口：month 本月（默认），ytd 截至本月。Window: month (default) or ytd.")
    String window;

    @Option(names = "--out", paramLabel = "FILE.xlsx", description = "把案件清单写入 .xlsx 文件。Write the case list to FILE.xlsx.")
    Path out;

    @Override
    public Integer call() {
        if (!window.equals("month") && !window.equals("ytd")) {
            throw new ParameterException(spec.commandLine(), "--window 只能是 month（本月）或 ytd（截至本月）：" + window);
        }
        if (out != null) {
            OutputFolder.requireWorkbook(spec, out);
        }
        boolean city = court.strip().equals(CITY);
        if (!city) {
            KnownCourts.refuseUnknownEarly(court);
        }
        PrintWriter writer = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = Warehouse.startForReading(Map.of())) {
            String courtCode = city ? CITY
                    : KnownCourts.resolve(court, context.getBean(ReferenceDataRepository.class).load()).code();
            IndicatorCases figures = context.getBean(IndicatorCases.class);
            IndicatorCases.Definition definition = figures.definition(indicator).orElseThrow(() -> new UserError(
                    "指标“" + indicator + "”不在指标目录中。可用：" + String.join("、", figures.indicatorNames()) + "。"));
            IndicatorCases.Value value = figures.value(period, window, courtCode, definition.code())
                    .orElseThrow(() -> new UserError(noValue(definition, courtCode)));
            List<IndicatorCases.Case> cases = value.numerator() == null ? List.of()
                    : figures.cases(period, window, courtCode, definition.code());
            String title = value.courtName() + " " + period.getYear() + "年" + period.getMonthValue() + "月（"
                    + (window.equals("month") ? "本月" : "截至本月") + "）" + definition.name() + " "
                    + shown(value.value(), definition);
            print(writer, title, definition, value, cases);
            if (out != null && value.numerator() != null) {
                write(title, cases);
                writer.println("案件清单已写入 " + out.toAbsolutePath().normalize() + "：分子 "
                        + cases.stream().filter(IndicatorCases.Case::inNumerator).count() + " 件，分母 "
                        + cases.stream().filter(IndicatorCases.Case::inDenominator).count() + " 件。");
            } else if (value.numerator() != null) {
                writer.println("加 --out 文件.xlsx 可写出全部案件清单（分子、分母各一张工作表），发给法院逐案核对。");
            }
            writer.flush();
        }
        return 0;
    }

    private String noValue(IndicatorCases.Definition definition, String courtCode) {
        if (definition.basicCourtsOnly() && !courtCode.equals(CITY)) {
            return definition.name() + "只计基层法院（按原审案号归属一审法院），" + courtCode + "没有此项指标值。";
        }
        return period + " 还没有" + definition.name() + "的指标值（该月尚未导入或计算）。可用 status --period " + period
                + " 查看报送情况。";
    }

    private void print(PrintWriter writer, String title, IndicatorCases.Definition definition,
                       IndicatorCases.Value value, List<IndicatorCases.Case> cases) {
        writer.println(title);
        writer.println("  口径：" + definition.definition());
        if (value.numerator() == null) {
            writer.println("  无指标值：" + (value.reportingCourts() == 0 ? "该院本月的报送尚未发布（或中院的报送缺失，按原审案号归属的指标无从计算）。"
                    : "有法院的报送尚未发布，全市数据暂缺（已报送 " + value.reportingCourts() + " 家）。"));
            return;
        }
        List<IndicatorCases.Case> numerator = cases.stream().filter(IndicatorCases.Case::inNumerator).toList();
        writer.println("  分子 " + plain(value.numerator()) + "：" + definition.numerator() + attribution(numerator));
        if (definition.denominator() != null) {
            writer.println("  分母 " + plain(value.denominator()) + "：" + definition.denominator());
        }
        long leftOut = cases.stream().filter(IndicatorCases.Case::leftOutUnknown).count();
        if (value.coverage() != null && value.coverage().compareTo(BigDecimal.valueOf(100)) < 0) {
            writer.println("  覆盖率 " + plain(value.coverage()) + "%：另有 " + leftOut + " 件在口径内但所需字段未填，未计入"
                    + (value.coverageLow() ? "（不足90%，该值只反映部分案件，引用时请注明）" : "") + "。");
        }
        if (value.rank() != null) {
            writer.println("  排名：第 " + value.rank() + " 名（共 " + value.rankedCourts() + " 家基层法院）");
        }
        if (value.yoyChange() != null) {
            writer.println("  同比：" + (value.yoyChange().signum() > 0 ? "+" : "") + plain(value.yoyChange())
                    + (definition.unit().equals("percent") ? " 个百分点" : definition.unit().equals("per_10k") ? " 件/万人" : "%"));
        }
        if (!numerator.isEmpty() && numerator.size() <= CASES_ON_SCREEN) {
            writer.println("  计入分子的案件：");
            ConsoleTable table = new ConsoleTable(false, false, false, false, false, true);
            table.row("案号", "承办法院", "结案日期", "结案方式", "原审案号", "文件及行号");
            numerator.forEach(c -> table.row(c.caseNo(), c.caseCourt(), c.closedOn() == null ? "" : c.closedOn(),
                    c.disposition() == null ? "" : c.disposition(), c.originalCaseNo() == null ? "" : c.originalCaseNo(),
                    c.fileName() + " 第" + c.rowNumber() + "行"));
            table.print(writer);
        }
    }

    /** For attributed values: where the cases were heard (usually 南阳中院) and that 原审案号 brought them here. */
    private static String attribution(List<IndicatorCases.Case> numerator) {
        List<IndicatorCases.Case> attributed = numerator.stream().filter(c -> c.originalCaseNo() != null).toList();
        if (attributed.isEmpty()) {
            return "";
        }
        Map<String, Long> byCourt = attributed.stream()
                .collect(Collectors.groupingBy(IndicatorCases.Case::caseCourt, TreeMap::new, Collectors.counting()));
        return "（按原审案号归属：" + byCourt.entrySet().stream().map(e -> e.getKey() + "审理 " + e.getValue() + " 件")
                .collect(Collectors.joining("、")) + "）";
    }

    private void write(String title, List<IndicatorCases.Case> cases) {
        try {
            IndicatorCasesFile.write(out, title, cases);
        } catch (IOException e) {
            throw OutputFolder.cannotWrite(out, e);
        }
    }

    private static String shown(BigDecimal value, IndicatorCases.Definition definition) {
        if (value == null) {
            return "（无值）";
        }
        String number = value.setScale(definition.decimals(), RoundingMode.HALF_UP).toPlainString();
        return switch (definition.unit()) {
            case "percent" -> number + "%";
            case "days" -> number + " 天";
            case "per_10k" -> number + " 件/万人";
            default -> number + " 件";
        };
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
