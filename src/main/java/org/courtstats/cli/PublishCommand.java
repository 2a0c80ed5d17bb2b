package org.courtstats.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.courtstats.reports.Labels;
import org.courtstats.review.HeldDeliveries;
import org.courtstats.vocabulary.Court;
import org.courtstats.vocabulary.Feeds;
import org.courtstats.warehouse.FeedRepository;
import org.courtstats.warehouse.Delivery;
import org.courtstats.warehouse.ReferenceDataRepository;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code publish --period P --court C [--feed F] [--reject]}: the statistician's decision on held deliveries. */
@Command(name = "publish",
        mixinStandardHelpOptions = true,
        description = {"发布（或用 --reject 驳回）某法院某月待审核的报送文件。发布后重新计算全市该月指标；",
                "驳回则删除该文件的数据，该院该月继续沿用此前发布的数据。先用 review 查看待审核的原因。",
                "Releases a court's deliveries held for review (recomputing the month), or discards them with --reject."})
class PublishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "统计月份。Reporting month.")
    YearMonth period;

    @Option(names = "--court", required = true, paramLabel = "CODE|NAME",
            description = "法院代字或名称、简称，例如 豫1330、桐柏。")
    String court;

    @Option(names = "--feed", paramLabel = "FEED",
            description = "只处理一类报表：trial 审判、execution 执行、mediation 诉前调解、supervision 四类案件、"
                    + "judge_contact 联系法官、online_filing 网上立案（jobs/feeds/ 中声明的报表代码）；省略时为该院该月全部待审核文件。")
    String feed;

    @Option(names = "--reject", description = "驳回：不发布，删除该文件的数据。Discard instead of publishing.")
    boolean reject;

    @Override
    public Integer call() throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        KnownCourts.refuseUnknownEarly(court);
        try (ConfigurableApplicationContext context = Warehouse.start(Map.of())) {
            // The feeds the warehouse declares: the shipped ones and any a statistician added (feeds --dir).
            Feeds declared = context.getBean(FeedRepository.class).load();
            if (feed != null && declared.ofCode(feed).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--feed 只能是 " + declared.all().stream()
                        .map(known -> known.code() + "（" + known.reportName() + "）")
                        .collect(java.util.stream.Collectors.joining("、")) + "，不能是“" + feed + "”。");
            }
            Court chosen = KnownCourts.resolve(court, context.getBean(ReferenceDataRepository.class).load());
            HeldDeliveries held = context.getBean(HeldDeliveries.class);
            List<Delivery> decided = reject ? held.reject(period, chosen.code(), feed) : held.release(period, chosen.code(), feed);
            for (Delivery delivery : decided) {
                out.println((reject ? "已驳回 " : "已发布 ") + chosen.shortName() + " " + Labels.feed(delivery.feed()) + " “"
                        + delivery.fileName() + "”（" + delivery.rowsLoaded() + " 件）。");
            }
            out.println(reject ? "该院" + period + "继续沿用此前发布的数据；请法院更正后重新报送。"
                    : "已重新计算" + period + "的全市指标和排名。");
            out.flush();
        }
        return 0;
    }
}
