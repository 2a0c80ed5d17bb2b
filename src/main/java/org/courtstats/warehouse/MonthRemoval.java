package org.courtstats.warehouse;

import java.sql.Date;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.courtstats.UserError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes a month from the warehouse as if it had never been imported: its indicator values, its
 * deliveries with their rows and row problems, its published slices, and the import runs of the
 * month in Spring Batch's repository (without them, importing the same files again would be taken
 * for a run already done). For a month that should not be there (9999-12, written before months
 * were checked) or one imported under the wrong month. The files stay in the archive. One
 * transaction, under the month's lock, so BI sees the month whole or not at all.
 */
@Component
public class MonthRemoval {

    /** What was removed. */
    public record Removed(int indicatorValues, int deliveries, int publishedSlices, long caseRows) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final DataSource dataSource;

    MonthRemoval(JdbcTemplate jdbc, TransactionTemplate transaction, DataSource dataSource) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.dataSource = dataSource;
    }

    /**
     * @param evenIfPublished remove a month that has published deliveries too (the operator said so)
     * @throws UserError when an import of the month is running, or the month has published
     *     deliveries and {@code evenIfPublished} is false
     */
    public Removed remove(YearMonth period, boolean evenIfPublished) throws SQLException {
        Date month = Date.valueOf(period.atDay(1));
        try (PeriodLock lock = PeriodLock.tryAcquire(dataSource, period)) {
            if (lock == null) {
                throw new UserError("另一个导入或重算正在处理" + period + "，请等它结束后再运行。");
            }
            return transaction.execute(status -> {
                int published = count("select count(*) from core.published_slice where period = ?", month);
                if (published > 0 && !evenIfPublished) {
                    throw new UserError(period + " 有 " + published + " 份已发布的报送，未做任何改动。"
                            + "确要删除该月的全部数据（已发布的案件、指标值和导入记录；档案中的文件保留），请加 --force。");
                }
                long caseRows = jdbc.update("delete from core.case_row where delivery_id in"
                        + " (select delivery_id from staging.delivery where period = ?)", month);
                jdbc.update("delete from staging.row_issue where delivery_id in"
                        + " (select delivery_id from staging.delivery where period = ?)", month);
                int slices = jdbc.update("delete from core.published_slice where period = ?", month);
                int deliveries = jdbc.update("delete from staging.delivery where period = ?", month);
                int values = jdbc.update("delete from mart.indicator_result where period = ?", month);
                jdbc.update("delete from mart.indicator_slice_result where period = ?", month);
                // What the month's computations kept of its deliveries (core.recompute_indicators).
                jdbc.update("delete from core.delivery_case_group where delivery_id in"
                        + " (select delivery_id from core.grouped_delivery where period = ?)", month);
                jdbc.update("delete from core.grouped_delivery where period = ?", month);
                jdbc.update("delete from core.named_case where period = ?", month);
                forgetImportRuns(period);
                return new Removed(values, deliveries, slices, caseRows);
            });
        }
    }

    /** The month's job instances (every job of the application names its month in parameter "period"). */
    private void forgetImportRuns(YearMonth period) {
        List<Long> instances = jdbc.queryForList("select distinct e.job_instance_id from batch.batch_job_execution e"
                + " join batch.batch_job_execution_params p on p.job_execution_id = e.job_execution_id"
                + " where p.parameter_name = 'period' and p.parameter_value = ?", Long.class, period.toString());
        if (instances.isEmpty()) {
            return;
        }
        Long[] ids = instances.toArray(Long[]::new);
        String executions = "select job_execution_id from batch.batch_job_execution where job_instance_id = any(?)";
        jdbc.update("delete from batch.batch_step_execution_context where step_execution_id in"
                + " (select step_execution_id from batch.batch_step_execution where job_execution_id in (" + executions + "))",
                (Object) ids);
        jdbc.update("delete from batch.batch_step_execution where job_execution_id in (" + executions + ")", (Object) ids);
        jdbc.update("delete from batch.batch_job_execution_context where job_execution_id in (" + executions + ")", (Object) ids);
        jdbc.update("delete from batch.batch_job_execution_params where job_execution_id in (" + executions + ")", (Object) ids);
        jdbc.update("delete from batch.batch_job_execution where job_instance_id = any(?)", (Object) ids);
        jdbc.update("delete from batch.batch_job_instance where job_instance_id = any(?)", (Object) ids);
    }

    private int count(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }
}
