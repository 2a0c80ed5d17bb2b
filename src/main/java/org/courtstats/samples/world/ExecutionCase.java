package org.courtstats.samples.world;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A case of the execution feed.
 *
 * @param disposition canonical 结案方式 (执行完毕, 终结本次执行程序, …)
 * @param applied     申请执行标的额 in yuan
 * @param recovered   实际执行到位金额 in yuan once closed; occasionally above {@code applied}
 *                    (interest and late-payment penalties), which the pipeline only warns about
 */
public record ExecutionCase(CaseNo no, long key, LocalDate filedOn, LocalDate closedOn, String disposition,
                     BigDecimal applied, BigDecimal recovered, String respondentType, CaseRef basis,
                     String judge) implements SimCase {
}
