package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeliveryPartitionerTest {

    @Test
    void aPartitionStepNamesItsDelivery() {
        assertThat(DeliveryPartitioner.deliveryOf("loadDelivery:delivery-42")).isEqualTo(42);
        assertThat(DeliveryPartitioner.deliveryOf("delivery-7")).isEqualTo(7);
        assertThatThrownBy(() -> DeliveryPartitioner.deliveryOf("loadDeliveries")).isInstanceOf(IllegalArgumentException.class);
    }
}
