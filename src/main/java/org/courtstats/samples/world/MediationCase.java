package org.courtstats.samples.world;

import java.time.LocalDate;

/**
 * A pre-litigation mediation case; {@code filedOn} is its 登记日期.
 *
 * @param followUp   后续处理 of a successful mediation, else null
 * @param filedCase  转立案案号: the 民初 case a failed mediation became, or null
 */
record MediationCase(CaseNo no, long key, LocalDate filedOn, LocalDate closedOn, String outcome,
                     String followUp, CaseNo filedCase, String mediator, String cause) implements SimCase {
}
