package org.courtstats.cli;

import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.courtstats.warehouse.MonthRemoval;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code forget --period YYYY-MM [--force]}: removes a month that should not be in the warehouse.
 * Takes any well-formed month, also one outside the range the other commands accept: such a month
 * may have been written before periods were checked, and this is the way to remove it.
 */
@Command(name = "forget",
        mixinStandardHelpOptions = true,
        description = {"从数据仓库中删除某月的全部数据（指标值、报送记录、案件、导入记录），如同从未导入；档案中的文件保留。",
                "该月有已发布的报送时不做任何改动，除非加 --force。",
                "Removes a month from the warehouse as if it had never been imported (the archive keeps the files);"
                        + " refuses a month with published deliveries unless --force."})
class ForgetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, split = ",", paramLabel = "YYYY-MM", converter = Periods.AnyMonth.class,
            description = "要删除的月份，可用逗号分隔多个；任何月份均可（包括超出统计范围的）。Month(s) to remove.")
    List<YearMonth> periods;

    @Option(names = "--force", description = "该月已有发布的数据时也删除。Remove a month with published deliveries too.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = Warehouse.start(Map.of())) {
            MonthRemoval removal = context.getBean(MonthRemoval.class);
            for (YearMonth period : periods) {
                MonthRemoval.Removed removed = removal.remove(period, force);
                out.println(removed.indicatorValues() + removed.deliveries() == 0
                        ? period + "：数据仓库中没有该月的数据，未做任何改动。"
                        : period + "：已删除 " + removed.indicatorValues() + " 个指标值、" + removed.deliveries() + " 份报送记录（其中已发布 "
                                + removed.publishedSlices() + " 份）、" + removed.caseRows() + " 行案件；档案中的文件保留。");
                out.flush();
            }
        }
        return 0;
    }
}
