package org.courtstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.courtstats.indicators.CauseGroups;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cause-groups --file FILE}: replaces the 案由 groups with those of a file and recomputes the published months. */
@Command(name = "cause-groups",
        mixinStandardHelpOptions = true,
        description = {"载入案由分组（用文件中的全部分组替换现有分组），并按新分组重算所有已发布月份的切片指标（mart.indicator_by_slice）。",
                "Replaces the 案由 groups with those of FILE (CSV or .xlsx) and recomputes every published month."})
class CauseGroupsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "FILE",
            description = "案由分组文件，例如 jobs/load-cause-groups/cause-groups.csv。")
    Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = Warehouse.start(Map.of())) {
            CauseGroups.Loaded loaded = context.getBean(CauseGroups.class).replaceFrom(file);
            ConsoleTable table = new ConsoleTable(false, true);
            table.row("分组", "规则数");
            for (CauseGroups.Group group : loaded.groups()) {
                table.row(group.name(), String.valueOf(group.rules().size()));
            }
            table.print(out);
            out.println("已载入 " + loaded.groups().size() + " 个案由分组，原有分组已全部替换。"
                    + (loaded.recomputed().isEmpty() ? "尚无已发布的月份。"
                    : "已按新分组重算 " + loaded.recomputed().stream().map(YearMonth::toString)
                            .collect(Collectors.joining("、")) + "。"));
            out.flush();
        }
        return 0;
    }
}
