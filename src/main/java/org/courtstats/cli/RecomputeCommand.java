package org.courtstats.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.courtstats.indicators.IndicatorRecompute;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code recompute --period YYYY-MM}: recomputes a month's indicators after a catalogue change. */
@Command(name = "recompute",
        mixinStandardHelpOptions = true,
        description = {"按当前指标目录重新计算某月的全部指标（修改指标口径后使用，无需重新导入）。",
                "Recomputes a month's indicators from the published cases and the current catalogue."})
class RecomputeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, split = ",", paramLabel = "YYYY-MM",
            description = "统计月份，可用逗号分隔多个。Reporting month(s).")
    List<YearMonth> periods;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = Warehouse.start(Map.of())) {
            IndicatorRecompute recompute = context.getBean(IndicatorRecompute.class);
            for (YearMonth period : periods) {
                int written = recompute.recompute(period);
                out.println(written > 0 ? period + "：已重新计算 " + written + " 个指标值。"
                        : period + "：该月没有已发布的报送，没有指标值（原有的已清除）。");
            }
            out.flush();
        }
        return 0;
    }
}
