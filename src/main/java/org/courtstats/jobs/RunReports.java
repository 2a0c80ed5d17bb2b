package org.courtstats.jobs;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.courtstats.warehouse.DeliveryRepository;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * The report of an import run, assembled from its execution: one line per delivery it registered or
 * found unchanged, the file notices of its registration, and, when it did not complete, what went
 * wrong.
 */
@Component
class RunReports {

    private final DeliveryRepository deliveries;

    RunReports(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    /** @param allUnchanged whether the run only found these files imported before (every line unchanged) */
    ImportReport of(YearMonth period, JobExecution execution, boolean allUnchanged) {
        List<ImportReport.Line> lines = new ArrayList<>();
        deliveries.ofJobInstance(execution.getJobInstanceId()).forEach(delivery ->
                lines.add(new ImportReport.Line(delivery, allUnchanged)));
        String unchanged = execution.getExecutionContext().containsKey(ImportParameters.UNCHANGED_DELIVERIES)
                ? execution.getExecutionContext().getString(ImportParameters.UNCHANGED_DELIVERIES) : "";
        Arrays.stream(unchanged.split(",")).filter(id -> !id.isEmpty())
                .forEach(id -> lines.add(new ImportReport.Line(deliveries.get(Long.parseLong(id)), true)));
        String failure = execution.getStatus() == BatchStatus.COMPLETED ? null : failureOf(execution);
        List<FileNotice> notices = execution.getExecutionContext().containsKey(ImportParameters.FILE_NOTICES)
                ? FileNotice.decode(execution.getExecutionContext().getString(ImportParameters.FILE_NOTICES)) : List.of();
        return new ImportReport(period, List.copyOf(lines), execution.getId(), failure).withNotices(notices);
    }

    /**
     * What went wrong, for operators: the innermost cause of each failed step, with the file it was
     * loading (the job-level "partition handler returned an unsuccessful step" says nothing).
     */
    private String failureOf(JobExecution execution) {
        List<String> causes = new ArrayList<>();
        for (var step : execution.getStepExecutions()) {
            for (Throwable failure : step.getFailureExceptions()) {
                Throwable root = failure;
                while (root.getCause() != null && root.getCause() != root) {
                    root = root.getCause();
                }
                String where = DeliveryPartitioner.loadedBy(step)
                        .map(delivery -> deliveries.get(delivery).fileName() + ": ")
                        .orElse(step.getStepName() + ": ");
                String message = String.valueOf(root.getMessage());
                causes.add(where + (message.contains("No space left on device") ? "磁盘已满（" + message + "）" : message));
            }
        }
        if (causes.isEmpty()) {
            execution.getAllFailureExceptions().forEach(failure -> causes.add(failure.getMessage()));
        }
        return execution.getStatus() + ": " + String.join("; ", causes);
    }
}
