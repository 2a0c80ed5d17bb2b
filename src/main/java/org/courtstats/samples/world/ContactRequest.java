package org.courtstats.samples.world;

import java.time.LocalDateTime;

/**
 * A row of the 联系法官 register: a party's request to reach the judge, through the 12368 line or online.
 *
 * @param id        申请编号, unique per court and year
 * @param repliedAt 回复时间, null while unanswered at the register's date
 * @param caseNo    the case it is about, or null when the party gave none
 */
public record ContactRequest(String id, long key, LocalDateTime appliedAt, LocalDateTime repliedAt, String judge,
                             CaseNo caseNo) {
}
