package org.courtstats.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Test helpers for the warehouse. */
public final class Warehouses {

    private Warehouses() {
    }

    /** Empties every table that imports write (reference data and the catalogue stay). */
    public static void reset(JdbcTemplate jdbc) {
        jdbc.execute("truncate staging.delivery, staging.case_row, staging.row_issue, core.case_record,"
                + " mart.indicator_result, core.indicator_standard, batch.batch_job_instance, batch.batch_job_execution,"
                + " batch.batch_job_execution_params, batch.batch_job_execution_context, batch.batch_step_execution,"
                + " batch.batch_step_execution_context restart identity cascade");
    }
}
