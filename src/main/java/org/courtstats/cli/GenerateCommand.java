package org.courtstats.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.courtstats.samples.GenerationSummary;
import org.courtstats.samples.HeldResend;
import org.courtstats.samples.RefusedResend;
import org.courtstats.samples.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate}: writes sample deliveries of every court, at any scale (the input-samples generator). */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        description = {"生成各法院的样例报送文件（input-samples 即由此生成），可按任意规模生成，用于演示和压力测试。",
                "Writes sample deliveries of all 15 courts, with every quirk the contract allows and a few bad",
                "rows of each kind, as OUT/YYYY-MM/<file>. The same seed and options give the same bytes."})
class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出目录。Output folder.")
    Path out;

    @Option(names = "--period", split = ",", paramLabel = "YYYY-MM", defaultValue = "2023-08,2024-08",
            description = "月份，默认 ${DEFAULT-VALUE}。Months to write (year-to-date snapshots).")
    List<YearMonth> periods;

    @Option(names = "--feeds", split = ",", paramLabel = "FEED",
            defaultValue = "trial,execution,mediation,supervision,judge_contact,online_filing",
            description = "报表类型，默认全部：${DEFAULT-VALUE}。Feeds: the case files, then the registers 四类案件, 联系法官, 网上立案.")
    List<String> feeds;

    @Option(names = "--scale", defaultValue = "1.0", paramLabel = "X",
            description = "规模倍数，1.0 为真实规模（基层法院每月结案400–1500件）。Volume multiplier; 1.0 is realistic.")
    double scale;

    @Option(names = "--seed", defaultValue = "42", description = "随机种子，默认 ${DEFAULT-VALUE}。")
    long seed;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "全部文件都用此格式：xlsx、xls 或 csv（默认各法院各用其惯用格式）。Write every file in one format.")
    String format;

    @Option(names = "--resends", paramLabel = "YYYY-MM",
            description = {"另写一组应被拒收的更正文件到 DIR/resends/YYYY-MM/，以及一份应待审核的重报文件到 DIR/held/YYYY-MM/。",
                    "Also write resends that must be refused, and one that must be held for review."})
    YearMonth resends;

    @Override
    public Integer call() throws Exception {
        Set<String> chosen = new LinkedHashSet<>(feeds);
        if (!SampleGenerator.FEEDS.containsAll(chosen)) {
            throw new ParameterException(spec.commandLine(), "报表类型只能是 " + String.join(", ", SampleGenerator.FEEDS));
        }
        if (scale <= 0) {
            throw new ParameterException(spec.commandLine(), "--scale 须大于 0");
        }
        PrintWriter writer = spec.commandLine().getOut();
        if (format != null && !List.of("xlsx", "xls", "csv").contains(format)) {
            throw new ParameterException(spec.commandLine(), "--format 只能是 xlsx、xls 或 csv");
        }
        SampleGenerator generator = format == null ? new SampleGenerator(seed) : new SampleGenerator(seed).inFormat(format);
        GenerationSummary summary = generator.generate(out, periods, scale, chosen);
        writer.print(summary.report());
        if (resends != null) {
            writer.println("应被拒收的更正文件 (resends that must be refused):");
            for (RefusedResend resend : generator.writeRefusedResends(out.resolve("resends"), resends, scale)) {
                writer.println("  " + out.relativize(resend.file()) + " — " + resend.expectedRefusal());
            }
            writer.println("应待审核的重报文件 (a resend that must be held for review):");
            for (HeldResend resend : generator.writeHeldResends(out.resolve("held"), resends, scale)) {
                writer.println("  " + out.relativize(resend.file()) + " — " + resend.whyHeld());
            }
        }
        writer.flush();
        return 0;
    }
}
