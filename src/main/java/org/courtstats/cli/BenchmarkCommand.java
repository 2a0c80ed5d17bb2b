package org.courtstats.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.courtstats.UserError;
import org.courtstats.benchmark.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code benchmark}: measures import throughput and memory against psql, POI and pandas on this machine. */
@Command(name = "benchmark",
        mixinStandardHelpOptions = true,
        description = {"性能基准：生成样例报送文件并导入，打印各阶段耗时、吞吐量、内存峰值，以及与 psql \\copy、POI、pandas 的对比。",
                "Generates deliveries with the sample generator, imports them on fresh embedded warehouses under",
                "the work folder and prints rows/s end to end and by stage, peak heap, psql \\copy of the same rows,",
                "POI's streaming parse and pandas for .xlsx, a single-court rerun, one thread against all, the",
                "indicators of a province-sized month against a sequential scan, and each target met or missed.",
                "Run it with java -Xmx256m to check the memory target. Takes about 10 minutes at the defaults."})
class BenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--work", defaultValue = "courtstats-data/benchmark", paramLabel = "DIR",
            description = "工作目录（生成的文件和临时数据仓库），默认 ${DEFAULT-VALUE}。Work folder.")
    Path work;

    @Option(names = "--scale", defaultValue = "8", paramLabel = "X",
            description = "样例规模倍数，默认 ${DEFAULT-VALUE}（约 95 万行审判案件）。Generator scale.")
    double scale;

    @Option(names = "--formats", split = ",", defaultValue = "csv,xlsx", paramLabel = "FORMAT",
            description = "测试的格式，默认 ${DEFAULT-VALUE}。Formats to measure.")
    List<String> formats;

    @Option(names = "--province-rows", defaultValue = "10000000", paramLabel = "N",
            description = "省级规模指标计算的行数，0 为跳过，默认 ${DEFAULT-VALUE}。Rows of the province-sized month.")
    long provinceRows;

    @Option(names = "--province-courts", defaultValue = "200", paramLabel = "N",
            description = "省级规模的法院数，默认 ${DEFAULT-VALUE}。Courts of the province-sized month.")
    int provinceCourts;

    @Option(names = "--single-file-rows", defaultValue = "1000000", paramLabel = "N",
            description = "单个大文件的行数（内存测试），0 为跳过，默认 ${DEFAULT-VALUE}。Rows of the one-file deliveries.")
    long singleFileRows;

    @Option(names = "--growth", split = ",", defaultValue = "1,2,4", paramLabel = "X",
            description = "另以这些规模导入 CSV 月度数据，给出增长曲线（见 docs/scaling.md），默认 ${DEFAULT-VALUE}；写 0 跳过。"
                    + "Scales of the growth curve.")
    List<Double> growth;

    @Option(names = "--seed", defaultValue = "42", description = "随机种子，默认 ${DEFAULT-VALUE}。")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (!List.of("csv", "xlsx").containsAll(formats) || formats.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--formats 只能是 csv、xlsx");
        }
        if (scale <= 0) {
            throw new ParameterException(spec.commandLine(), "--scale 须大于 0");
        }
        String url = System.getProperty("spring.datasource.url", System.getenv("SPRING_DATASOURCE_URL"));
        if (url != null && !url.isBlank()) {
            throw new UserError("基准测试只在自己的内置数据仓库上运行（会反复清空数据），请先取消 spring.datasource.url /"
                    + " SPRING_DATASOURCE_URL 的设置。The benchmark runs on embedded warehouses of its own only.");
        }
        Benchmark.Options options = new Benchmark.Options(work.toAbsolutePath().normalize(), seed, scale, formats,
                provinceRows, provinceCourts, singleFileRows, growth.stream().filter(x -> x > 0).toList());
        new Benchmark(options, Warehouse::start, spec.commandLine().getOut()).run();
        return 0;
    }
}
