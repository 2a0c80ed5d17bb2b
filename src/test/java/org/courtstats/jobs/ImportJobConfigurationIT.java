package org.courtstats.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.courtstats.support.WarehouseTest;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.item.ChunkOrientedStep;
import org.springframework.batch.core.step.tasklet.TaskletStep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Guards a trap of Spring Batch 6 (stack-notes.md): the chunk step builder defaults to a resourceless
 * transaction manager, with which a failed chunk leaves its rows written and a restart duplicates
 * them. Every step must run on the database's transaction manager.
 */
@WarehouseTest
class ImportJobConfigurationIT {

    @Autowired
    ApplicationContext context;

    @Test
    void everyStepRunsOnTheDatabasesTransactionManager() {
        Map<String, Step> steps = context.getBeansOfType(Step.class);
        assertThat(steps).isNotEmpty();
        steps.forEach((name, step) -> {
            if (step instanceof ChunkOrientedStep<?, ?> || step instanceof TaskletStep) {
                assertThat(ReflectionTestUtils.getField(step, "transactionManager"))
                        .as("transaction manager of step %s", name)
                        .isInstanceOf(JdbcTransactionManager.class);
            }
        });
        assertThat(steps.get("loadDelivery")).as("the step that writes the rows").isInstanceOf(TaskletStep.class);
    }
}
