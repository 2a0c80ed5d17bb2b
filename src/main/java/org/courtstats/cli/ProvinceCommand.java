package org.courtstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.courtstats.indicators.ProvinceFigures;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code province --file FILE}: loads the figures the province published for its cities and prints
 * this city's rank among them. Exit 0 when every row was loaded, 3 when some were rejected (the
 * others are loaded), 1 when the file was refused (nothing changed).
 */
@Command(name = "province",
        mixinStandardHelpOptions = true,
        description = {"载入省通报中各市的指标数值（城市、统计月份、统计窗口、指标、数值），并显示本市全市指标在全省的排名（mart.province_rank）。",
                "Loads the province's published figures for its cities and ranks this city's 全市 among them."})
class ProvinceCommand implements Callable<Integer> {

    /** As for an import: the file was handled, but some of it was not loaded. */
    static final int SOME_ROWS_REJECTED = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "FILE",
            description = "省通报数据文件（CSV 或 .xlsx），例如 jobs/load-province/province-figures-example.csv。")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = Warehouse.start(Map.of())) {
            ProvinceFigures.Outcome outcome = context.getBean(ProvinceFigures.class).load(file);
            if (!outcome.rejected().isEmpty()) {
                out.println("以下 " + outcome.rejected().size() + " 行未载入（文件“" + outcome.fileName() + "”工作表“"
                        + outcome.sheet() + "”）：");
                ConsoleTable table = new ConsoleTable(true, false, false);
                table.row("行", "列", "原值");
                for (ProvinceFigures.Reject reject : outcome.rejected()) {
                    table.row(String.valueOf(reject.row()), reject.column(), reject.rawValue()).note(reject.message());
                }
                table.print(out);
            }
            if (outcome.refusal() != null) {
                out.flush();
                err.println("错误：" + outcome.refusal());
                err.flush();
                return 1;
            }
            out.println("已载入 " + outcome.loaded().size() + " 个省通报数值（文件“" + outcome.fileName() + "”，表头在第 "
                    + outcome.headerRow() + " 行" + (outcome.skipped() == 0 ? "" : "，跳过 " + outcome.skipped()
                    + " 行全省合计、说明或未公布数值的行") + "）。");
            if (outcome.ownRanks().isEmpty()) {
                out.println("文件中没有本市的数值，也还没有本市相应月份的全市指标，无法排名。");
            } else {
                out.println("本市在全省的排名：");
                ConsoleTable ranks = new ConsoleTable(false, false, false, true, true);
                ranks.row("月份", "窗口", "指标", "本市数值", "全省排名");
                for (ProvinceFigures.OwnRank rank : outcome.ownRanks()) {
                    ranks.row(rank.period(), "month".equals(rank.window()) ? "本月" : "截至本月", rank.indicatorName(),
                            rank.value().toPlainString(),
                            rank.rank() == null ? "不排名" : "第 " + rank.rank() + " / " + rank.citiesRanked());
                }
                ranks.print(out);
            }
            out.flush();
            return outcome.rejected().isEmpty() ? 0 : SOME_ROWS_REJECTED;
        }
    }
}
