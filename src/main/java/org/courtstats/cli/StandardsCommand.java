package org.courtstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.courtstats.indicators.ProvincialStandards;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code standards --file FILE}: replaces the provincial standards with those of a file. */
@Command(name = "standards",
        mixinStandardHelpOptions = true,
        description = {"载入省级指标区间参考值（用文件中的全部标准替换现有标准），mart.indicator_value 的 meets_standard 随即更新。",
                "Replaces the provincial standards with those of FILE (CSV or .xlsx); meets_standard follows at once."})
class StandardsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "FILE",
            description = "标准文件，例如 jobs/load-standards/provincial-standards.csv。")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = Warehouse.start(Map.of())) {
            List<ProvincialStandards.Standard> standards = context.getBean(ProvincialStandards.class).replaceFrom(file);
            ConsoleTable table = new ConsoleTable(false, false, false, true, true);
            table.row("指标", "窗口", "起始日期", "下限", "上限");
            for (ProvincialStandards.Standard s : standards) {
                table.row(s.indicatorCode(), s.appliesTo(), s.validFrom(),
                        s.lowerBound() == null ? "" : s.lowerBound().toPlainString(),
                        s.upperBound() == null ? "" : s.upperBound().toPlainString());
            }
            table.print(out);
            out.println("已载入 " + standards.size() + " 条标准，原有标准已全部替换。");
            out.flush();
        }
        return 0;
    }
}
