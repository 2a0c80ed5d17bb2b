package org.courtstats.jobs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.courtstats.warehouse.Delivery;
import org.courtstats.warehouse.DeliveryRepository;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per delivery registered by this run, so deliveries load in parallel and a restart
 * reloads only those whose partition did not complete.
 */
class DeliveryPartitioner implements Partitioner {

    private static final String PARTITION_PREFIX = "delivery-";

    private final DeliveryRepository deliveries;
    private final long jobInstanceId;

    DeliveryPartitioner(DeliveryRepository deliveries, long jobInstanceId) {
        this.deliveries = deliveries;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (Delivery delivery : deliveries.ofJobInstance(jobInstanceId)) {
            if (delivery.isRegistered()) {
                partitions.put(PARTITION_PREFIX + delivery.id(), new ExecutionContext());
            }
        }
        return partitions;
    }

    /**
     * The delivery a partition step loads, from the step's name ({@code loadDelivery:delivery-42}).
     * The name is saved with the partition's step execution, its execution context a moment later: a
     * warehouse that stops in between leaves a partition with an empty context, and the restart must
     * still know which delivery it loads (from its first row: no chunk of it was committed).
     *
     * @throws IllegalArgumentException when the name is not that of a delivery's partition
     */
    static long deliveryOf(String partitionStepName) {
        return loadedBy(partitionStepName)
                .orElseThrow(() -> new IllegalArgumentException("not a delivery's partition: " + partitionStepName));
    }

    /** The delivery a step execution loads; empty for the job's other steps. */
    static Optional<Long> loadedBy(StepExecution step) {
        return loadedBy(step.getStepName());
    }

    private static Optional<Long> loadedBy(String stepName) {
        int at = stepName.lastIndexOf(":" + PARTITION_PREFIX);
        String id = at >= 0 ? stepName.substring(at + 1 + PARTITION_PREFIX.length())
                : stepName.startsWith(PARTITION_PREFIX) ? stepName.substring(PARTITION_PREFIX.length()) : "";
        return id.isEmpty() || !id.chars().allMatch(Character::isDigit) ? Optional.empty() : Optional.of(Long.parseLong(id));
    }
}
