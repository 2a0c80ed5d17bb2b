package org.courtstats.samples.world;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A case of the trial feed.
 *
 * @param disposition canonical 结案方式 (判决, 调解, 撤诉, 维持, …)
 * @param limit       the time limit (审限) and 适用程序, as set at filing and as the case ended
 * @param hearings    开庭次数, or null where the court's register has no hearing record (a few appeals)
 * @param original    原审案号 for second-instance cases, retrials and retrial applications, else null
 *                    (also null for the few retrial cases whose register lacks it)
 * @param claimAmount 诉讼标的额 in yuan, or null when the case is not about money
 */
public record TrialCase(CaseNo no, long key, String cause, LocalDate filedOn, LocalDate closedOn,
                 String disposition, TimeLimit limit, Integer hearings, CaseRef original, String judge,
                 String division, BigDecimal claimAmount) implements SimCase {
}
