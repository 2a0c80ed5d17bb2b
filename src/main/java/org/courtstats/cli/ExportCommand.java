package org.courtstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;
import org.courtstats.UserError;
import org.courtstats.reports.IndicatorExport;
import org.courtstats.reports.RejectedRowsFile;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code export --period YYYY-MM --out FILE.csv|.xlsx}: a month's mart.indicator_value as a file. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {"将某月的全部指标值（mart.indicator_value 的所有列）导出为 .csv（UTF-8，带 BOM）或 .xlsx，供其他工具导入。",
                "Writes a month's mart.indicator_value, every column, to FILE.csv (UTF-8 with BOM) or FILE.xlsx."})
class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "统计月份。Reporting month.")
    YearMonth period;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "写入的文件，.csv 或 .xlsx。The file to write, .csv or .xlsx.")
    Path out;

    @Override
    public Integer call() {
        if (RejectedRowsFile.Format.of(out).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--out 的文件名须以 .csv 或 .xlsx 结尾：" + out);
        }
        OutputFolder.requireExisting(out);
        PrintWriter writer = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = Warehouse.startForReading(Map.of())) {
            int rows;
            try {
                rows = context.getBean(IndicatorExport.class).write(period, out);
            } catch (IOException e) {
                throw OutputFolder.cannotWrite(out, e);
            }
            if (rows == 0) {
                throw new UserError(period + " 还没有指标数据，未写文件。请先导入该月（import --period " + period + "）。");
            }
            writer.println("已写入 " + out.toAbsolutePath().normalize() + "：" + period + " 的 " + rows + " 个指标值。");
            writer.flush();
        }
        return 0;
    }
}
