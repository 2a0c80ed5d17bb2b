package org.courtstats.samples;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A case of the trial feed.
 *
 * @param disposition canonical 结案方式 (判决, 调解, 撤诉, 维持, …)
 * @param procedure   适用程序, or null for proceedings that have none (民特, 财保, second instance …)
 * @param original    原审案号 for second-instance cases and retrial applications, else null
 * @param claimAmount 诉讼标的额 in yuan, or null when the case is not about money
 * @param remark      what a clerk notes about the time limit (简易程序转普通程序, 延长审限), or null
 */
record TrialCase(CaseNo no, long key, String cause, LocalDate filedOn, LocalDate closedOn,
                 String disposition, LocalDate deadlineOn, String procedure, int hearings,
                 CaseRef original, String judge, String division, BigDecimal claimAmount,
                 String remark) implements SimCase {
}
