package org.courtstats.samples.world;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Turns a case into the row its court's export shows on a given day: a case closed after that day
 * is pending (no 结案日期, 结案方式, 执行到位金额 or 调解结果 yet), and 是否超审限 of a pending case
 * says whether its deadline has already passed.
 */
public final class RowMapper {

    private final Set<Field> wanted;

    /** @param wanted the columns of the layout, so extra columns are made only where a court has them */
    public RowMapper(Set<Field> wanted) {
        this.wanted = wanted;
    }

    public LogicalRow map(SimCase c, LocalDate asOf) {
        LogicalRow row = new LogicalRow(c).put(Field.CASE_NO, CaseRef.of(c.no())).put(Field.FILED_ON, c.filedOn());
        boolean closed = c.closedBy(asOf);
        if (closed) {
            row.put(Field.CLOSED_ON, c.closedOn());
        }
        if (c instanceof TrialCase t) {
            trial(row, t, closed, asOf);
        } else if (c instanceof ExecutionCase e) {
            execution(row, e, closed);
        } else {
            mediation(row, (MediationCase) c, closed);
        }
        return row;
    }

    private void trial(LogicalRow row, TrialCase c, boolean closed, LocalDate asOf) {
        TimeLimit limit = c.limit();
        boolean settled = limit.settledBy(asOf, closed);
        LocalDate deadline = settled ? limit.deadline() : limit.firstDeadline();
        row.put(Field.CAUSE, c.cause())
                .put(Field.DEADLINE_ON, deadline)
                .put(Field.OVERDUE, (closed ? c.closedOn() : asOf).isAfter(deadline))
                .put(Field.PROCEDURE, settled ? limit.procedure() : limit.firstProcedure())
                .put(Field.HEARINGS, closed ? c.hearings() : hearingsSoFar(c, asOf))
                .put(Field.ORIGINAL_CASE_NO, c.original())
                .put(Field.JUDGE, c.judge())
                .put(Field.DIVISION, c.division())
                .put(Field.CLAIM_AMOUNT, c.claimAmount())
                .put(Field.REMARK, settled ? limit.remark() : null);
        if (closed) {
            row.put(Field.DISPOSITION, c.disposition());
        }
        if (wanted.contains(Field.LITIGATION_FEE) && c.claimAmount() != null) {
            row.put(Field.LITIGATION_FEE, Amounts.litigationFee(c.claimAmount(),
                    !TrialCases.ORDINARY.equals(limit.procedure())));
        }
        if (wanted.contains(Field.PARTIES)) {
            row.put(Field.PARTIES, parties(c));
        }
    }

    /** A pending case has had its hearings spread over its life; none in its first weeks. */
    private static Integer hearingsSoFar(TrialCase c, LocalDate asOf) {
        if (c.hearings() == null) {
            return null;
        }
        long elapsed = ChronoUnit.DAYS.between(c.filedOn(), asOf);
        long total = Math.max(1, ChronoUnit.DAYS.between(c.filedOn(), c.closedOn()));
        return (int) (c.hearings() * elapsed / total);
    }

    private static String parties(TrialCase c) {
        Rng rng = Rng.of(c.key(), "parties");
        return switch (c.no().type()) {
            case "刑初", "刑终" -> "被告人" + Lexicon.anonymised(rng);
            case "行初", "行终" -> Lexicon.anonymised(rng) + "诉某某县人民政府";
            default -> Lexicon.anonymised(rng) + (rng.chance(0.3) ? "诉南阳某某商贸有限公司" : "诉" + Lexicon.anonymised(rng));
        };
    }

    private static void execution(LogicalRow row, ExecutionCase c, boolean closed) {
        row.put(Field.APPLIED_AMOUNT, c.applied())
                .put(Field.RECOVERED_AMOUNT, closed ? c.recovered() : BigDecimal.ZERO.setScale(2))
                .put(Field.RESPONDENT_TYPE, c.respondentType())
                .put(Field.BASIS_CASE_NO, c.basis())
                .put(Field.JUDGE, c.judge());
        if (closed) {
            row.put(Field.DISPOSITION, c.disposition());
        }
    }

    private static void mediation(LogicalRow row, MediationCase c, boolean closed) {
        row.put(Field.MEDIATOR, c.mediator()).put(Field.DISPUTE_TYPE, c.cause());
        if (closed) {
            row.put(Field.OUTCOME, c.outcome())
                    .put(Field.FOLLOW_UP, c.followUp())
                    .put(Field.FILED_CASE_NO, c.filedCase() == null ? null : CaseRef.of(c.filedCase()));
        }
    }
}
