package org.courtstats.jobs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.courtstats.warehouse.Delivery;
import org.courtstats.warehouse.DeliveryRepository;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per delivery registered by this run, so deliveries load in parallel and a restart
 * reloads only those whose partition did not complete.
 */
class DeliveryPartitioner implements Partitioner {

    static final String DELIVERY_ID = "deliveryId";

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
                ExecutionContext context = new ExecutionContext();
                context.putLong(DELIVERY_ID, delivery.id());
                partitions.put("delivery-" + delivery.id(), context);
            }
        }
        return partitions;
    }
}
