package org.courtstats.samples.quirks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.courtstats.samples.world.CaseNo;
import org.courtstats.samples.world.CaseRef;
import org.courtstats.samples.world.CaseTypes;
import org.courtstats.samples.world.Court;
import org.courtstats.samples.world.Courts;
import org.courtstats.samples.world.ExecutionCase;
import org.courtstats.samples.world.Feed;
import org.courtstats.samples.world.Field;
import org.courtstats.samples.world.LogicalRow;
import org.courtstats.samples.world.Rng;
import org.courtstats.samples.world.RowMapper;
import org.courtstats.samples.world.SimCase;
import org.courtstats.samples.world.TrialCase;
import org.courtstats.samples.world.World;
import org.courtstats.vocabulary.ReasonCode;

/**
 * Plants a file's defects at random rows, and records every issue the pipeline should report: the
 * planted errors and the warnings the data carries by nature (a 民保 case, an old-format 原审案号,
 * a retrial without 原审案号, more recovered than applied).
 *
 * <p>Defects are spread over the file: each is due at a random row and lands on the first row from
 * there that suits it (a closed case for a disposition, a row with an amount for a bad amount) and
 * carries no other issue, so every bad row has exactly one reason.
 */
public final class RowPlanter {

    /** An issue the pipeline should report for a row. */
    public record Issue(ReasonCode reason, Field field) {
    }

    /** A row to write, with its expected issues; {@code outsideWindow} rows are skipped by the pipeline. */
    public record OutputRow(LogicalRow row, List<Issue> issues, boolean outsideWindow) {
    }

    /** Rejected rows a file may carry from its few-of-each defects: well under the 5% that refuses a file. */
    private static final double BAD_ROW_BUDGET = 0.02;

    private record Due(int ordinal, Defect defect, int occurrence) {
    }

    private record Delayed(int ordinal, OutputRow row) {
    }

    private final World world;
    private final Court court;
    private final Feed feed;
    private final YearMonth month;
    private final RowMapper mapper;
    private final Set<Field> columns;
    private final Rng rng;
    /** Defects in the order they fall due; a resend meant to be refused can plant tens of thousands. */
    private final Deque<Due> planned = new ArrayDeque<>();
    private final List<Due> waiting = new ArrayList<>();
    private final List<Delayed> delayed = new ArrayList<>();
    private int ordinal;

    public RowPlanter(World world, Court court, Feed feed, YearMonth month, RowMapper mapper, Set<Field> columns,
               List<Planting> plantings, int rows, Rng rng) {
        this.world = world;
        this.court = court;
        this.feed = feed;
        this.month = month;
        this.mapper = mapper;
        this.columns = columns;
        this.rng = rng;
        plan(plantings, rows);
    }

    private void plan(List<Planting> plantings, int rows) {
        List<Due> dues = new ArrayList<>();
        int budget = (int) (rows * BAD_ROW_BUDGET);
        for (Planting planting : plantings) {
            if (!columns.contains(planting.defect().field(feed))) {
                continue;
            }
            int occurrences = planting.occurrences(rows);
            if (planting.few()) {
                occurrences = Math.min(occurrences, budget / planting.defect().rejectedRows());
                budget -= occurrences * planting.defect().rejectedRows();
            }
            for (int i = 0; i < occurrences; i++) {
                dues.add(new Due(rng.nextInt(rows), planting.defect(), i));
            }
        }
        dues.sort(Comparator.comparingInt(Due::ordinal));
        planned.addAll(dues);
    }

    /** The rows to write for the next case of the snapshot: its own row (maybe spoiled), extra rows, duplicates due. */
    public List<OutputRow> rowsFor(LogicalRow row, boolean outsideWindow) {
        List<OutputRow> out = new ArrayList<>();
        while (!planned.isEmpty() && planned.peekFirst().ordinal() <= ordinal) {
            waiting.add(planned.removeFirst());
        }
        List<Issue> natural = warnings(row);
        OutputRow own = new OutputRow(row, natural, outsideWindow);
        List<OutputRow> extras = new ArrayList<>();
        boolean clean = natural.isEmpty() && !outsideWindow;
        for (Iterator<Due> it = waiting.iterator(); clean && it.hasNext(); ) {
            Due due = it.next();
            Defect defect = due.defect();
            Issue issue = new Issue(defect.reason(), defect.field(feed));
            switch (defect.kind()) {
                case EXTRA -> {
                    LogicalRow extra = extraRow(defect, row, due.occurrence());
                    if (extra != null) {
                        extras.add(new OutputRow(extra, List.of(issue), false));
                        it.remove();
                    }
                }
                case CORRUPT -> {
                    LogicalRow spoiled = corrupt(defect, row);
                    if (spoiled != null) {
                        own = new OutputRow(spoiled, List.of(issue), false);
                        clean = false;
                        it.remove();
                    }
                }
                case DUPLICATE -> {
                    own = new OutputRow(row, List.of(issue), false);
                    delayed.add(new Delayed(ordinal + rng.between(3, 12), own));
                    clean = false;
                    it.remove();
                }
            }
        }
        out.add(own);
        out.addAll(extras);
        for (Iterator<Delayed> it = delayed.iterator(); it.hasNext(); ) {
            Delayed d = it.next();
            if (d.ordinal() <= ordinal) {
                out.add(d.row());
                it.remove();
            }
        }
        ordinal++;
        return out;
    }

    /** Duplicates still due when the snapshot has ended. */
    public List<OutputRow> remaining() {
        List<OutputRow> out = new ArrayList<>();
        delayed.forEach(d -> out.add(d.row()));
        delayed.clear();
        return out;
    }

    private List<Issue> warnings(LogicalRow row) {
        List<Issue> issues = new ArrayList<>();
        if (CaseTypes.UNKNOWN_TYPE.equals(row.source().no().type())) {
            issues.add(new Issue(ReasonCode.UNKNOWN_TYPE_CODE, Field.CASE_NO));
        }
        boolean originalShown = columns.contains(Field.ORIGINAL_CASE_NO);
        if (CaseTypes.RETRIAL.contains(row.source().no().type())
                && (!originalShown || row.get(Field.ORIGINAL_CASE_NO) == null)) {
            // Where the file has no 原审案号 column the warning can only point at the case itself.
            issues.add(new Issue(ReasonCode.NO_ORIGINAL_CASE_NO, originalShown ? Field.ORIGINAL_CASE_NO : Field.CASE_NO));
        }
        for (Field field : List.of(Field.ORIGINAL_CASE_NO, Field.BASIS_CASE_NO)) {
            if (columns.contains(field) && row.get(field) instanceof CaseRef ref && ref.oldFormat()) {
                issues.add(new Issue(ReasonCode.OLD_FORMAT_CASE_NO, field));
            }
        }
        if (row.get(Field.RECOVERED_AMOUNT) instanceof BigDecimal recovered
                && row.get(Field.APPLIED_AMOUNT) instanceof BigDecimal applied && recovered.compareTo(applied) > 0) {
            issues.add(new Issue(ReasonCode.RECOVERED_EXCEEDS_APPLIED, Field.RECOVERED_AMOUNT));
        }
        return issues;
    }

    /** A made-up row next to {@code template}, or null when the template does not suit. */
    private LogicalRow extraRow(Defect defect, LogicalRow template, int occurrence) {
        CaseNo real = template.source().no();
        YearMonth filed = YearMonth.from(template.source().filedOn());
        return switch (defect) {
            case PLACEHOLDER_YEAR -> template.copy().put(Field.CASE_NO, new LogicalRow.Raw(
                    "（202x）" + court.code() + real.type() + rng.between(1, 99) + "号"));
            case MISSING_HAO -> template.copy().put(Field.CASE_NO, new LogicalRow.Raw(
                    "（" + real.year() + "）" + court.code() + real.type() + (real.number() + rng.between(1, 50))));
            case DOCUMENT_NUMBER -> template.copy().put(Field.CASE_NO, new LogicalRow.Raw(
                    court.shortName().charAt(0) + "法〔" + month.getYear() + "〕" + rng.between(10, 99) + "号"));
            case OTHER_COURTS_CASE -> template.copy().put(Field.CASE_NO, CaseRef.of(caseOf(neighbour(), real.type(), filed)));
            case EXECUTION_CASE -> template.copy().put(Field.CASE_NO, CaseRef.of(caseOf(court, "执", filed)));
            case CIVIL_CASE -> template.copy().put(Field.CASE_NO, CaseRef.of(caseOf(court, "民初", filed)));
            case FILED_NEXT_MONTH -> filedNextMonth(occurrence);
            default -> throw new IllegalArgumentException(defect + " is not an extra row");
        };
    }

    /** A real number of that court and type filed that month, or a plausible one if it filed none. */
    private CaseNo caseOf(Court owner, String type, YearMonth filed) {
        CaseNo no = world.volumes().pick(owner, type, filed, rng);
        return no != null ? no : new CaseNo(filed.getYear(), owner.code(), type, rng.between(1, 30));
    }

    /** The court next in the list: 卧龙's file gets a 宛城 case, and so on around. */
    private Court neighbour() {
        List<Court> basic = Courts.BASIC;
        int at = basic.indexOf(court);
        if (at < 0) {
            return basic.get(0);
        }
        return at % 2 == 0 ? basic.get(at + 1) : basic.get(at - 1);
    }

    /** One of the first cases of the next month, as registered: the export ran a few days late. */
    private LogicalRow filedNextMonth(int occurrence) {
        YearMonth next = month.plusMonths(1);
        List<SimCase> batch = world.batch(court, world.volumes().types(court, feed).get(0), next);
        if (batch.size() <= occurrence) {
            return null;
        }
        SimCase c = batch.get(occurrence);
        return mapper.map(c, c.filedOn());
    }

    /** The row spoiled by the defect, or null when the row does not suit it. */
    private LogicalRow corrupt(Defect defect, LogicalRow row) {
        SimCase c = row.source();
        boolean closed = row.get(Field.CLOSED_ON) != null;
        String disposition = c instanceof TrialCase t ? t.disposition()
                : c instanceof ExecutionCase e ? e.disposition() : null;
        Field amountField = defect.field(feed);
        return switch (defect) {
            case NO_FILING_DATE -> row.copy().put(Field.FILED_ON, null);
            case IMPOSSIBLE_DATE -> row.copy().put(Field.FILED_ON, new LogicalRow.Raw(month.getYear() + "-02-30"));
            case TWO_DIGIT_YEAR -> closed ? row.copy().put(Field.CLOSED_ON, new LogicalRow.Raw(twoDigitYear(c.closedOn()))) : null;
            case CLOSED_BEFORE_FILED -> closed && c.closedOn().isAfter(c.filedOn())
                    ? row.copy().put(Field.FILED_ON, c.closedOn()).put(Field.CLOSED_ON, c.filedOn()) : null;
            case CLOSED_NEXT_MONTH -> !closed && c.closedBy(month.plusMonths(1).atEndOfMonth())
                    ? mapper.map(c, c.closedOn()) : null;
            case NO_DISPOSITION -> closed ? row.copy().put(defect.field(feed), null) : null;
            case NO_APPLIED_AMOUNT -> row.copy().put(Field.APPLIED_AMOUNT, null);
            case AMOUNT_IN_WORDS -> row.get(amountField) != null ? row.copy().put(amountField, new LogicalRow.Raw("约五万元")) : null;
            case GARBLED_AMOUNT -> row.get(amountField) != null ? row.copy().put(amountField, new LogicalRow.Raw("12,3a4")) : null;
            case NEGATIVE_AMOUNT -> row.get(amountField) instanceof BigDecimal amount && amount.signum() > 0
                    ? row.copy().put(amountField, amount.negate()) : null;
            case ABBREVIATED_DISPOSITION -> closed && "民初".equals(c.no().type())
                    && ("调解".equals(disposition) || "撤诉".equals(disposition))
                    ? row.copy().put(Field.DISPOSITION, new LogicalRow.Raw("调撤")) : null;
            case COMBINED_DISPOSITION -> closed && "判决".equals(disposition)
                    ? row.copy().put(Field.DISPOSITION, new LogicalRow.Raw("判决驳回")) : null;
            case REVERSED_DISPOSITION -> closed && "终结执行".equals(disposition)
                    ? row.copy().put(Field.DISPOSITION, new LogicalRow.Raw("执行终结")) : null;
            default -> throw new IllegalArgumentException(defect + " does not spoil a row");
        };
    }

    private static String twoDigitYear(LocalDate date) {
        return (date.getYear() % 100) + "-" + date.getMonthValue() + "-" + date.getDayOfMonth();
    }
}
