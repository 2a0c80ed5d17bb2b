package org.courtstats.samples.world;

import java.time.LocalDate;

/**
 * A row of the 四类案件 register: a trial case flagged as one of the four kinds.
 *
 * @param category     canonical 类别: 群体性纠纷, 疑难复杂, 类案冲突 or 反映违法审判
 * @param supervisedOn 监管日期, null while the president's office has not taken it up by the register's date
 * @param feedbackOn   反馈日期, null while no feedback was given by then
 */
public record SupervisionFlag(CaseNo caseNo, long key, LocalDate flaggedOn, String category,
                              LocalDate supervisedOn, LocalDate feedbackOn) {
}
