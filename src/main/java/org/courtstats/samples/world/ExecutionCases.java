package org.courtstats.samples.world;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Builds the execution-feed cases: how they end, how much was applied for and recovered, who the
 * debtor is, and which judgment or mediation they enforce (a real case number of the same court,
 * so that 诉前调解案件申请执行率 has something to find).
 */
final class ExecutionCases {

    private static final Weighted<String> RESPONDENTS = new Weighted<String>()
            .add("自然人", 75).add("企业", 22).add("其他组织", 2).add("党政机关", 1);
    /**
     * How an objection to an execution act (执异) ends: about one in four is upheld and the act
     * changed or set aside (异议成立), the rest mostly dismissed (驳回申请) or withdrawn.
     */
    private static final Weighted<String> OBJECTION_DISPOSITIONS = new Weighted<String>()
            .add("驳回申请", 48).add("异议成立", 24).add("其他", 16).add("撤回申请", 12);
    /** How a reconsideration (执复) or supervision (执监) of an execution ends. */
    private static final Weighted<String> REVIEW_DISPOSITIONS = new Weighted<String>()
            .add("驳回申请", 55).add("其他", 35).add("撤回申请", 10);
    private static final List<String> OLD_JUDGMENT_PREFIXES = List.of("宛民初", "宛龙民初", "宛城民初", "邓法民初");
    private static final List<String> OTHER_AWARD_SOURCES = List.of("宛仲裁字", "宛劳人仲字");

    private final long seed;
    private final Volumes volumes;
    private final Staff staff;
    private final TrialCases trialCases;

    ExecutionCases(long seed, Volumes volumes, Staff staff, TrialCases trialCases) {
        this.seed = seed;
        this.volumes = volumes;
        this.staff = staff;
        this.trialCases = trialCases;
    }

    ExecutionCase create(Court court, CaseNo no, LocalDate filed) {
        long key = Rng.key(seed, "case", no.canonical());
        Rng rng = new Rng(key);
        return switch (no.type()) {
            case "执", "执恢" -> enforcement(court, no, key, rng, filed);
            case "执保" -> preservation(court, no, key, rng, filed);
            default -> review(court, no, key, rng, filed);
        };
    }

    /** 执 and 执恢: enforcing a judgment, a mediation, an award. */
    private ExecutionCase enforcement(Court court, CaseNo no, long key, Rng rng, LocalDate filed) {
        boolean resumed = "执恢".equals(no.type());
        String respondent = RESPONDENTS.pick(rng);
        double shift = trialCases.habits(court).terminationShift();
        String disposition = "党政机关".equals(respondent) && rng.chance(0.85) ? "执行完毕"
                : new Weighted<String>().add("执行完毕", (resumed ? 0.30 : 0.40) - shift)
                .add("终结本次执行程序", (resumed ? 0.45 : 0.35) + shift).add("撤回申请", 0.09)
                .add("终结执行", 0.07).add("其他", 0.05).add("销案", 0.02).add("不予执行", 0.01)
                .add("驳回申请", 0.01).pick(rng);
        double median = switch (disposition) {
            case "执行完毕" -> 55;
            case "终结本次执行程序" -> 100;
            case "终结执行" -> 80;
            case "撤回申请" -> 35;
            default -> 40;
        };
        int days = rng.chance(0.03) ? rng.between(200, 600) : (int) Math.min(330, Math.round(rng.logNormal(median, 0.4)));
        LocalDate closed = Closings.closingDay(filed, days, rng);
        double amountMedian = switch (respondent) {
            case "企业" -> 180_000;
            case "党政机关" -> 400_000;
            case "其他组织" -> 80_000;
            default -> 35_000;
        } * ("终结本次执行程序".equals(disposition) ? 1.6 : 1);
        BigDecimal applied = Amounts.money(rng, amountMedian, 1.1);
        return new ExecutionCase(no, key, filed, closed, disposition, applied,
                recovered(disposition, applied, rng), respondent, basis(court, filed, resumed, rng),
                staff.judge(court, "执行局", rng));
    }

    /** What was paid: all of it when completed (rarely a little more), little or nothing when ended without payment. */
    private static BigDecimal recovered(String disposition, BigDecimal applied, Rng rng) {
        return switch (disposition) {
            case "执行完毕" -> rng.chance(0.015)
                    ? Amounts.share(applied, 1.01 + rng.nextDouble() * 0.14) : applied;
            case "终结本次执行程序" -> rng.chance(0.65)
                    ? BigDecimal.ZERO.setScale(2) : Amounts.share(applied, 0.05 + rng.nextDouble() * 0.45);
            case "终结执行" -> rng.chance(0.5)
                    ? BigDecimal.ZERO.setScale(2) : Amounts.share(applied, rng.nextDouble() * 0.8);
            case "撤回申请" -> rng.chance(0.3)
                    ? BigDecimal.ZERO.setScale(2) : Amounts.share(applied, 0.3 + rng.nextDouble() * 0.7);
            case "其他" -> Amounts.share(applied, rng.nextDouble());
            default -> BigDecimal.ZERO.setScale(2);
        };
    }

    /** The title being enforced: mostly the court's own judgments, some mediations and awards. */
    private CaseRef basis(Court court, LocalDate filed, boolean resumed, Rng rng) {
        YearMonth month = YearMonth.from(filed);
        if (resumed && rng.chance(0.4)) {
            // Resumed executions often revive judgments from before the 2016 numbering.
            int year = rng.between(2010, 2015);
            return CaseRef.oldFormat("（" + year + "）" + rng.pick(OLD_JUDGMENT_PREFIXES) + "字第"
                    + String.format("%05d", rng.between(1, 3000)) + "号");
        }
        if (resumed) {
            return ref(volumes.pick(court, "民初", month.minusMonths(rng.between(24, 60)), rng), rng);
        }
        int source = rng.nextInt(100);
        CaseNo title;
        // Mediated settlements are mostly honoured: about one execution in twenty enforces one, which
        // puts 诉前调解案件申请执行率 near 10%.
        if (source < 70) {
            title = volumes.pick(court, "民初", month.minusMonths(rng.between(2, 14)), rng);
        } else if (source < 73) {
            title = volumes.pick(court, Volumes.mediationType(court), month.minusMonths(rng.between(1, 6)), rng);
        } else if (source < 75) {
            title = volumes.pick(court, "诉前调确", month.minusMonths(rng.between(1, 6)), rng);
        } else if (source < 81) {
            title = volumes.pick(rng.pick(Courts.BASIC), "民初", month.minusMonths(rng.between(3, 14)), rng);
        } else if (source < 84) {
            title = volumes.pick(court, "刑初", month.minusMonths(rng.between(2, 12)), rng);
        } else if (source < 86) {
            title = volumes.pick(Courts.INTERMEDIATE, "民初", month.minusMonths(rng.between(6, 18)), rng);
        } else if (source < 94) {
            return CaseRef.text(rng.pick(OTHER_AWARD_SOURCES) + "〔" + (filed.getYear() - rng.between(0, 1))
                    + "〕" + rng.between(1, 400) + "号");
        } else {
            return CaseRef.text("豫宛公证执字〔" + (filed.getYear() - rng.between(0, 1)) + "〕"
                    + rng.between(1, 200) + "号");
        }
        return ref(title, rng);
    }

    /** A reference to a case number, or to an award when the range picked happened to be empty. */
    private static CaseRef ref(CaseNo title, Rng rng) {
        return title != null ? CaseRef.of(title) : CaseRef.text("宛仲裁字〔2020〕" + rng.between(1, 400) + "号");
    }

    /** 执保: carrying out a preservation order, within days. */
    private ExecutionCase preservation(Court court, CaseNo no, long key, Rng rng, LocalDate filed) {
        YearMonth month = YearMonth.from(filed);
        CaseNo order = rng.chance(0.6) ? volumes.pick(court, "财保", month, rng)
                : volumes.pick(court, "民初", month.minusMonths(rng.between(0, 2)), rng);
        LocalDate closed = Closings.closingDay(filed, Math.round(rng.logNormal(4, 0.5)), rng);
        return new ExecutionCase(no, key, filed, closed, rng.chance(0.9) ? "执行完毕" : "其他",
                Amounts.money(rng, 120_000, 1.0), BigDecimal.ZERO.setScale(2), RESPONDENTS.pick(rng),
                ref(order, rng), staff.judge(court, "执行局", rng));
    }

    /** 执异, 执复, 执监: objections and reviews of an earlier execution; no money changes hands. */
    private ExecutionCase review(Court court, CaseNo no, long key, Rng rng, LocalDate filed) {
        YearMonth month = YearMonth.from(filed);
        CaseNo reviewed = switch (no.type()) {
            case "执复" -> volumes.pick(rng.pick(Courts.BASIC), "执异", month.minusMonths(rng.between(1, 3)), rng);
            case "执监" -> volumes.pick(rng.pick(Courts.BASIC), "执", month.minusMonths(rng.between(3, 12)), rng);
            default -> volumes.pick(court, "执", month.minusMonths(rng.between(1, 8)), rng);
        };
        Weighted<String> endings = "执异".equals(no.type()) ? OBJECTION_DISPOSITIONS : REVIEW_DISPOSITIONS;
        String disposition = endings.pick(rng);
        LocalDate closed = Closings.closingDay(filed, Math.round(rng.logNormal(25, 0.5)), rng);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new ExecutionCase(no, key, filed, closed, disposition, zero, zero, RESPONDENTS.pick(rng),
                ref(reviewed, rng), staff.judge(court, "执行局", rng));
    }
}
