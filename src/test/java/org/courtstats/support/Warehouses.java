package org.courtstats.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Test helpers for the warehouse. */
public final class Warehouses {

    /** Rows loaded by deliveries that are not (or not yet) published: in flight, or left behind by a bug. */
    public static final String UNPUBLISHED_ROWS = "select count(*) from core.case_row r where not exists"
            + " (select 1 from core.published_slice s where s.delivery_id = r.delivery_id)";

    private Warehouses() {
    }

    /** Empties every table that imports and computations write (delivery ids start again at 1), and the 案由 groups (other reference data and the catalogue stay). */
    public static void reset(JdbcTemplate jdbc) {
        jdbc.execute("truncate staging.delivery, core.case_row, core.published_slice, staging.row_issue,"
                + " mart.indicator_result, mart.indicator_slice_result, core.delivery_case_group, core.grouped_delivery,"
                + " core.named_case, core.indicator_standard, core.cause_group, batch.batch_job_instance, batch.batch_job_execution,"
                + " batch.batch_job_execution_params, batch.batch_job_execution_context, batch.batch_step_execution,"
                + " batch.batch_step_execution_context restart identity cascade");
    }
}
