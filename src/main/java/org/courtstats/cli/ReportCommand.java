package org.courtstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;
import org.courtstats.UserError;
import org.courtstats.bulletin.BulletinFigures;
import org.courtstats.bulletin.BulletinWorkbook;
import org.courtstats.bulletin.MonthFigures;
import org.courtstats.review.ReviewFindings;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report --period YYYY-MM --out FILE.xlsx}: the month's bulletin (月度通报) as a workbook. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = {"生成某月的月度通报（.xlsx）：全市概况及同比，审判、执行、诉前调解各项指标的法院排名、达标情况和柱状图。",
                "Writes the month's bulletin: the city's figures with 同比, and per group every ranked indicator's"
                        + " court ranking, standards met, and a bar chart."})
class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "统计月份。Reporting month.")
    YearMonth period;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "写入的文件。The workbook to write.")
    Path out;

    @Override
    public Integer call() {
        OutputFolder.requireWorkbook(spec, out);
        PrintWriter writer = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = Warehouse.startForReading(Map.of())) {
            MonthFigures figures = context.getBean(BulletinFigures.class).of(period);
            if (figures.values().isEmpty()) {
                throw new UserError(period + " 还没有指标数据，无法生成通报。请先导入该月（import --period " + period
                        + "），可用 status 查看各月的报送情况。");
            }
            try {
                BulletinWorkbook.write(figures, context.getBean(BulletinFigures.class).domains(figures), out);
            } catch (IOException e) {
                throw OutputFolder.cannotWrite(out, e);
            }
            writer.println("已写入 " + period + " 月度通报：" + out.toAbsolutePath().normalize());
            int held = context.getBean(ReviewFindings.class).heldDeliveries(period);
            if (held > 0) {
                writer.println("注意：" + period + " 还有 " + held + " 份报送待审核，通报中相应法院用的是此前发布的数据（或空白）。"
                        + "审核（review --period " + period + "）并发布或驳回后，请重新生成通报。");
            }
            writer.flush();
        }
        return 0;
    }
}
