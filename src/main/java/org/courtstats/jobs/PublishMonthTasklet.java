package org.courtstats.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.courtstats.indicators.IndicatorCalculator;
import org.courtstats.review.DeliveryReview;
import org.courtstats.vocabulary.RefusalCode;
import org.courtstats.warehouse.Delivery;
import org.courtstats.warehouse.DeliveryRepository;
import org.courtstats.warehouse.SlicePublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step 3: decides every loaded delivery of the run — refused, held for review, or published — and
 * recomputes the month's indicators, all in the step's one transaction: BI readers see the month as
 * it was or as it is now. A delivery is reviewed before its slice is replaced (continuity, volumes,
 * completeness) and its court's values after the recomputation (outliers); a hold leaves the slice
 * published before in force.
 * Two files of one run for the same court, month and feed are both refused: which one is right
 * cannot be told, and the slice already published stays.
 */
class PublishMonthTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PublishMonthTasklet.class);

    private final DeliveryRepository deliveries;
    private final SlicePublisher publisher;
    private final IndicatorCalculator indicators;
    private final DeliveryReview review;
    private final StageTimes stageTimes;

    PublishMonthTasklet(DeliveryRepository deliveries, SlicePublisher publisher, IndicatorCalculator indicators,
                        DeliveryReview review, StageTimes stageTimes) {
        this.deliveries = deliveries;
        this.publisher = publisher;
        this.indicators = indicators;
        this.review = review;
        this.stageTimes = stageTimes;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        ImportParameters parameters = ImportParameters.of(step.getJobParameters());
        List<Delivery> loaded = deliveries.ofJobInstance(step.getJobExecution().getJobInstanceId()).stream()
                .filter(Delivery::isRegistered)
                .toList();
        long started = System.nanoTime();
        publisher.indexLoadedRows();
        Map<String, List<Delivery>> bySlice = loaded.stream()
                .collect(Collectors.groupingBy(delivery -> delivery.courtCode() + "/" + delivery.feed(),
                        java.util.TreeMap::new, Collectors.toList()));
        // Published delivery -> the delivery its slice pointed at before (0: none), kept until the
        // computed values have been reviewed too.
        Map<Long, Long> replacedBy = new LinkedHashMap<>();
        // A ledger of another feed's cases (四类案件 of trial cases) is checked against that feed's slice
        // in force: it is decided after the run's deliveries of that feed.
        java.util.Set<String> ledgers = publisher.feedsOfOtherFeedsCases();
        List<List<Delivery>> slices = bySlice.values().stream()
                .sorted(java.util.Comparator.comparing((List<Delivery> slice) -> ledgers.contains(slice.get(0).feed())))
                .toList();
        for (List<Delivery> slice : slices) {
            if (slice.size() > 1) {
                refuseAll(slice);
                continue;
            }
            Delivery accepted = publisher.decide(slice.get(0).id(), parameters.maxRejectedShare());
            if (!accepted.isRegistered()) {
                log.info("{}: {}", accepted.fileName(), accepted.status());
            } else if (review.beforePublishing(accepted) == DeliveryReview.Verdict.HOLD) {
                publisher.hold(accepted);
                log.warn("{}: held for review (see review --period {})", accepted.fileName(), parameters.period());
            } else {
                replacedBy.put(accepted.id(), publisher.publish(accepted));
                log.info("{}: published", accepted.fileName());
            }
        }
        long published = System.nanoTime();
        stageTimes.add(StageTimes.Stage.PUBLISH, published - started);
        int values = indicators.recompute(parameters.period());
        List<Long> heldForValues = review.afterComputing(parameters.period(), List.copyOf(replacedBy.keySet()));
        for (long held : heldForValues) {
            publisher.withdraw(held, replacedBy.remove(held));
            log.warn("delivery {}: held for review, an indicator value is far from the court's history", held);
        }
        if (!heldForValues.isEmpty()) {
            values = indicators.recompute(parameters.period());
        }
        replacedBy.values().forEach(publisher::deleteRows);
        stageTimes.add(StageTimes.Stage.INDICATORS, System.nanoTime() - published);
        log.info("{}: {} indicator values computed", parameters.period(), values);
        return RepeatStatus.FINISHED;
    }

    private void refuseAll(List<Delivery> slice) {
        String names = slice.stream().map(d -> "“" + d.fileName() + "”").collect(Collectors.joining("、"));
        for (Delivery delivery : slice) {
            publisher.countRows(delivery.id());
            publisher.refuse(delivery, RefusalCode.DUPLICATE_DELIVERY, "本次收到" + slice.size() + "份同一法院、同一月份的"
                    + "同类报表（" + names + "），无法判断以哪一份为准，均不予接收，" + publisher.whatStaysPublished(delivery)
                    + "。请只保留正确的一份后重新导入。");
        }
    }
}
