package org.courtstats.samples.world;

import java.time.LocalDateTime;

/**
 * A row of the 网上立案 register: a filing submitted online and its review.
 *
 * @param id         申请编号, unique per court and year
 * @param reviewedAt 审核时间, null while not reviewed at the register's date
 * @param result     canonical 审核结果 (通过, 不通过, 补正), null while not reviewed
 */
public record OnlineFiling(String id, long key, LocalDateTime submittedAt, LocalDateTime reviewedAt, String result) {
}
