package org.courtstats.samples.world;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;

/**
 * Builds the trial-feed cases: how long each kind of case takes, how it ends, its time limit
 * (审限) and whether it kept to it, its hearings, judge and amount. Second-instance cases are
 * built here too, from the first-instance case they review (see {@link AppealSweep}); so are
 * retrial applications (民申, 刑申) and retrials (民再), which name the judgment they review in
 * 原审案号 except in the few registers that never recorded it.
 */
final class TrialCases {

    static final String ORDINARY = "普通程序";
    static final String SIMPLIFIED = "简易程序";
    static final String SMALL_CLAIMS = "小额诉讼程序";
    static final String EXPEDITED = "速裁程序";

    private static final Weighted<String> CIVIL_PROCEDURES = new Weighted<String>()
            .add(SIMPLIFIED, 60).add(ORDINARY, 25).add(SMALL_CLAIMS, 15);
    private static final Weighted<String> CRIMINAL_PROCEDURES = new Weighted<String>()
            .add(EXPEDITED, 30).add(SIMPLIFIED, 40).add(ORDINARY, 30);
    private static final Weighted<String> CRIMINAL_DISPOSITIONS = new Weighted<String>()
            .add("判决", 92).add("撤诉", 3).add("移送", 2).add("其他", 2).add("终结", 1);
    private static final Weighted<String> ADMINISTRATIVE_DISPOSITIONS = new Weighted<String>()
            .add("判决", 45).add("驳回起诉", 25).add("撤诉", 25).add("其他", 5);
    /** How a retrial application ends (feeds.md 3.1): most are dismissed, a few lead to a retrial. */
    private static final Weighted<String> RETRIAL_REVIEW_DISPOSITIONS = new Weighted<String>()
            .add("驳回再审申请", 68).add("裁定再审", 10).add("撤回再审申请", 15).add("终结审查", 4).add("其他", 3);
    /** A basic court retrying its own judgment: it often stands, or is reversed in part. */
    private static final Weighted<String> BASIC_RETRIAL_DISPOSITIONS = new Weighted<String>()
            .add("改判", 38).add("维持", 32).add("调解", 14).add("撤诉", 9).add("终结", 4).add("其他", 3);
    /** 豫13 retrying a case it took up (提审) may also send it back to the court of first instance. */
    private static final Weighted<String> INTERMEDIATE_RETRIAL_DISPOSITIONS = new Weighted<String>()
            .add("改判", 34).add("维持", 30).add("发回重审", 14).add("调解", 10).add("撤诉", 7).add("其他", 5);
    /** Share of 豫13's retrial cases whose 原审案号 was never entered (feeds.md 2.1: loaded all the same). */
    private static final double ORIGINAL_UNRECORDED = 0.06;
    /** Share of second-instance cases whose hearings were never entered: 开庭次数 is left empty. */
    private static final double HEARINGS_UNRECORDED = 0.04;
    private static final Weighted<String> JURISDICTION_DISPOSITIONS = new Weighted<String>()
            .add("维持", 80).add("改判", 10).add("撤回上诉", 10);

    private final long seed;
    private final Volumes volumes;
    private final Staff staff;
    private final CourtHabits[] habits = new CourtHabits[Courts.ALL.size()];

    TrialCases(long seed, Volumes volumes, Staff staff) {
        this.seed = seed;
        this.volumes = volumes;
        this.staff = staff;
    }

    CourtHabits habits(Court court) {
        if (habits[court.index()] == null) {
            habits[court.index()] = CourtHabits.of(seed, court);
        }
        return habits[court.index()];
    }

    /** A case of one of the planned types (everything but second instance). */
    TrialCase create(Court court, CaseNo no, LocalDate filedOn) {
        long key = Rng.key(seed, "case", no.canonical());
        Rng rng = new Rng(key);
        return switch (no.type()) {
            case "民初" -> civil(court, no, key, rng, filedOn);
            case "刑初" -> criminal(court, no, key, rng, filedOn);
            case "行初" -> administrative(court, no, key, rng, filedOn);
            case "民申", "刑申" -> retrialApplication(court, no, key, rng, filedOn);
            case "民再" -> retrial(court, no, key, rng, filedOn);
            case "民辖终" -> jurisdictionAppeal(court, no, key, rng, filedOn);
            default -> specialProceeding(court, no, key, rng, filedOn);
        };
    }

    private TrialCase civil(Court court, CaseNo no, long key, Rng rng, LocalDate filed) {
        double shift = habits(court).mediationShift();
        // About one civil case in 120 drags on for a year or more (suspensions, appraisals); such
        // a case is never left in 简易程序.
        boolean dragsOn = rng.chance(0.008);
        String procedure = court.intermediate() || dragsOn ? ORDINARY : CIVIL_PROCEDURES.pick(rng);
        String disposition = new Weighted<String>()
                .add("判决", 35).add("调解", 25 + shift).add("撤诉", 30 - shift).add("驳回起诉", 4)
                .add("移送", 2).add("其他", 3).add("终结", 1).pick(rng);
        double median = switch (procedure) {
            case SMALL_CLAIMS -> 30;
            case SIMPLIFIED -> 48;
            default -> 110;
        } * switch (disposition) {
            case "撤诉" -> 0.6;
            case "调解" -> 0.8;
            case "判决" -> 1.15;
            case "移送" -> 0.35;
            case "终结" -> 1.3;
            default -> 0.9;
        };
        int days = dragsOn ? rng.between(300, 900) : days(rng, median, 0.55);
        LocalDate closed = Closings.closingDay(filed, days, rng);
        Lexicon.CivilCause cause = Lexicon.CIVIL_CAUSES.pick(rng);
        double amountScale = court.intermediate() ? 20 : 1;
        BigDecimal amount = cause.medianAmount() > 0
                ? Amounts.money(rng, cause.medianAmount() * amountScale, 0.9) : null;
        TimeLimit limit = limit("民初", procedure, filed, closed, rng);
        int hearings = switch (disposition) {
            case "判决" -> ORDINARY.equals(limit.procedure()) ? rng.between(1, 3) : 1;
            case "调解" -> rng.chance(0.5) ? 1 : 0;
            default -> rng.chance(0.2) ? 1 : 0;
        };
        String division = civilDivision(court, cause, procedure, rng);
        return new TrialCase(no, key, cause.name(), filed, closed, disposition, limit, hearings, null,
                staff.judge(court, division, rng), division, amount);
    }

    private static String civilDivision(Court court, Lexicon.CivilCause cause, String procedure, Rng rng) {
        List<String> tribunals = Staff.tribunals(court);
        if (!tribunals.isEmpty() && rng.chance(tribunals.size() > 1 ? 0.45 : 0.2)) {
            return rng.pick(tribunals);
        }
        if (SMALL_CLAIMS.equals(procedure) && rng.chance(0.5)) {
            return "速裁庭";
        }
        return cause.contract() ? "民二庭" : "民一庭";
    }

    private TrialCase criminal(Court court, CaseNo no, long key, Rng rng, LocalDate filed) {
        String procedure = court.intermediate() ? ORDINARY : CRIMINAL_PROCEDURES.pick(rng);
        String disposition = CRIMINAL_DISPOSITIONS.pick(rng);
        double median = switch (procedure) {
            case EXPEDITED -> 12;
            case SIMPLIFIED -> 25;
            default -> court.intermediate() ? 90 : 60;
        };
        LocalDate closed = Closings.closingDay(filed, days(rng, median, 0.5), rng);
        String cause = (court.intermediate() ? Lexicon.SERIOUS_CRIMINAL_CAUSES : Lexicon.CRIMINAL_CAUSES).pick(rng);
        TimeLimit limit = limit("刑初", procedure, filed, closed, rng);
        int hearings = ORDINARY.equals(procedure) && rng.chance(0.3) ? 2 : 1;
        String division = court.intermediate() ? "刑一庭" : "刑事审判庭";
        return new TrialCase(no, key, cause, filed, closed, disposition, limit, hearings, null,
                staff.judge(court, division, rng), division, null);
    }

    private TrialCase administrative(Court court, CaseNo no, long key, Rng rng, LocalDate filed) {
        String procedure = rng.chance(0.7) ? ORDINARY : SIMPLIFIED;
        String disposition = ADMINISTRATIVE_DISPOSITIONS.pick(rng);
        LocalDate closed = Closings.closingDay(filed, days(rng, 80, 0.5), rng);
        TimeLimit limit = limit("行初", procedure, filed, closed, rng);
        int hearings = "撤诉".equals(disposition) ? 0 : rng.between(1, 2);
        String division = "行政审判庭";
        return new TrialCase(no, key, Lexicon.ADMINISTRATIVE_CAUSES.pick(rng), filed, closed, disposition, limit,
                hearings, null, staff.judge(court, division, rng), division, null);
    }

    /**
     * 民申/刑申: at the intermediate court against a basic court's judgment or one of its own; at a
     * basic court against its own judgment.
     */
    private TrialCase retrialApplication(Court court, CaseNo no, long key, Rng rng, LocalDate filed) {
        boolean civil = "民申".equals(no.type());
        String reviewedType = civil ? "民初" : "刑初";
        YearMonth reviewedMonth = YearMonth.from(filed).minusMonths(rng.between(6, 24));
        CaseNo reviewed;
        if (court.intermediate()) {
            reviewed = rng.chance(0.65) ? volumes.pick(rng.pick(Courts.BASIC), reviewedType, reviewedMonth, rng) : null;
            if (reviewed == null) {
                reviewed = volumes.pick(Courts.INTERMEDIATE, reviewedType, reviewedMonth, rng);
            }
        } else {
            reviewed = volumes.pick(court, reviewedType, reviewedMonth, rng);
        }
        LocalDate closed = Closings.closingDay(filed, days(rng, 70, 0.4), rng);
        TimeLimit limit = limit(no.type(), null, filed, closed, rng);
        String cause = civil ? Lexicon.CIVIL_CAUSES.pick(rng).name() : Lexicon.CRIMINAL_CAUSES.pick(rng);
        BigDecimal amount = civil ? Amounts.money(rng, 80_000, 1.0) : null;
        String division = "审判监督庭";
        return new TrialCase(no, key, cause, filed, closed, RETRIAL_REVIEW_DISPOSITIONS.pick(rng), limit,
                rng.chance(0.1) ? 1 : 0, recorded(court, key, reviewed), staff.judge(court, division, rng),
                division, amount);
    }

    /**
     * 民再: a retrial of an effective judgment. A basic court retries its own 民初 judgment under
     * first-instance procedure (after 豫13 ordered it, 指令再审); 豫13 retries the cases it took up
     * (提审), a basic court's judgment or one of its own, under second-instance procedure.
     */
    private TrialCase retrial(Court court, CaseNo no, long key, Rng rng, LocalDate filed) {
        YearMonth reviewedMonth = YearMonth.from(filed).minusMonths(rng.between(8, 30));
        Court reviewedCourt = court.intermediate() && rng.chance(0.6) ? rng.pick(Courts.BASIC) : court;
        CaseNo reviewed = volumes.pick(reviewedCourt, "民初", reviewedMonth, rng);
        String disposition = (court.intermediate() ? INTERMEDIATE_RETRIAL_DISPOSITIONS : BASIC_RETRIAL_DISPOSITIONS)
                .pick(rng);
        double median = "撤诉".equals(disposition) ? 50 : court.intermediate() ? 85 : 120;
        LocalDate closed = Closings.closingDay(filed, days(rng, median, 0.45), rng);
        TimeLimit limit = limit(court.intermediate() ? "民终" : "民初", ORDINARY, filed, closed, rng);
        Lexicon.CivilCause cause = Lexicon.CIVIL_CAUSES.pick(rng);
        BigDecimal amount = cause.medianAmount() > 0 ? Amounts.money(rng, cause.medianAmount(), 0.9) : null;
        int hearings = "撤诉".equals(disposition) ? 0 : rng.between(1, 2);
        String division = "审判监督庭";
        return new TrialCase(no, key, cause.name(), filed, closed, disposition, limit, hearings,
                recorded(court, key, reviewed), staff.judge(court, division, rng), division, amount);
    }

    /** The 原审案号 as the court's register holds it: at 豫13 a few retrial cases lack it. */
    private static CaseRef recorded(Court court, long key, CaseNo reviewed) {
        if (reviewed == null || court.intermediate() && Rng.of(key, "original-unrecorded").chance(ORIGINAL_UNRECORDED)) {
            return null;
        }
        return CaseRef.of(reviewed);
    }

    /** 民辖终: an appeal against a basic court's ruling on jurisdiction, early in its 民初 case. */
    private TrialCase jurisdictionAppeal(Court court, CaseNo no, long key, Rng rng, LocalDate filed) {
        CaseNo reviewed = volumes.pick(rng.pick(Courts.BASIC), "民初",
                YearMonth.from(filed).minusMonths(rng.between(1, 2)), rng);
        LocalDate closed = Closings.closingDay(filed, days(rng, 20, 0.4), rng);
        TimeLimit limit = limit(no.type(), null, filed, closed, rng);
        String division = "立案庭";
        return new TrialCase(no, key, Lexicon.CIVIL_CAUSES.pick(rng).name(), filed, closed,
                JURISDICTION_DISPOSITIONS.pick(rng), limit, 0, reviewed == null ? null : CaseRef.of(reviewed),
                staff.judge(court, division, rng), division, null);
    }

    /** Proceedings without a trial: confirmations, payment orders, preservation, protection orders. */
    private TrialCase specialProceeding(Court court, CaseNo no, long key, Rng rng, LocalDate filed) {
        String type = no.type();
        double median = switch (type) {
            case "民特" -> 15;
            case "民督" -> 8;
            case "财保" -> 3;
            case "民保令" -> 1;
            case "诉前调确" -> 6;
            case "诉前调书" -> 8;
            case "刑更" -> 25;
            default -> 10;
        };
        LocalDate closed = Closings.closingDay(filed, days(rng, median, 0.5), rng);
        String disposition = switch (type) {
            case "民特" -> new Weighted<String>().add("其他", 85).add("判决", 10).add("撤诉", 5).pick(rng);
            case "民督" -> new Weighted<String>().add("其他", 70).add("终结", 20).add("撤诉", 10).pick(rng);
            case "诉前调书" -> "调解";
            case "刑更", "民他", "民保" -> "其他";
            default -> rng.chance(0.9) ? "其他" : "撤诉";
        };
        String cause = switch (type) {
            case "民特" -> rng.pick(List.of("申请确认人民调解协议效力", "申请宣告公民失踪",
                    "申请认定公民无民事行为能力", "申请实现担保物权", "申请撤销监护人资格"));
            case "民督" -> "申请支付令";
            case "财保" -> rng.chance(0.8) ? "申请诉前财产保全" : "申请仲裁前财产保全";
            case "民保令" -> "申请人身安全保护令";
            case "诉前调确" -> "申请司法确认调解协议";
            case "刑更" -> rng.chance(0.85) ? "减刑" : "假释";
            case "民他" -> "民事司法协助";
            case "民保" -> "申请诉前证据保全";
            default -> Lexicon.CIVIL_CAUSES.pick(rng).name();
        };
        BigDecimal amount = switch (type) {
            case "民督" -> Amounts.money(rng, 30_000, 0.9);
            case "财保" -> Amounts.money(rng, 150_000, 1.0);
            case "诉前调确", "诉前调书" -> Amounts.money(rng, 20_000, 0.9);
            default -> null;
        };
        TimeLimit limit = limit(type, null, filed, closed, rng);
        String division = "刑更".equals(type) ? "刑三庭" : "立案庭";
        int hearings = "刑更".equals(type) && rng.chance(0.2) ? 1 : 0;
        return new TrialCase(no, key, cause, filed, closed, disposition, limit, hearings, null,
                staff.judge(court, division, rng), division, amount);
    }

    /**
     * A second-instance case at the intermediate court reviewing {@code original}; the reversal and
     * remand shares follow the habits of the court that decided the first instance.
     */
    TrialCase secondInstance(CaseNo no, LocalDate filed, TrialCase original, Court originalCourt) {
        long key = Rng.key(original.key(), "second-instance");
        Rng rng = new Rng(key);
        CourtHabits habit = habits(originalCourt);
        String disposition = switch (no.type()) {
            case "刑终" -> new Weighted<String>().add("维持", 80).add("改判", 8).add("发回重审", 4)
                    .add("撤回上诉", 6).add("其他", 2).pick(rng);
            case "行终" -> new Weighted<String>().add("维持", 75).add("改判", 6).add("发回重审", 4)
                    .add("撤回上诉", 12).add("其他", 3).pick(rng);
            default -> new Weighted<String>().add("改判", habit.reversalShare())
                    .add("发回重审", habit.remandShare()).add("撤回上诉", 0.18).add("其他", 0.05)
                    .add("维持", 0.77 - habit.reversalShare() - habit.remandShare()).pick(rng);
        };
        return appealCase(no, key, rng, filed, disposition, original.cause(), CaseRef.of(original.no()),
                original.claimAmount());
    }

    /** A 民终 case whose 原审案号 belongs to no court of the city (another city, or pre-2016). */
    TrialCase externalAppeal(CaseNo no, LocalDate filed, CaseRef original, long key) {
        Rng rng = new Rng(key);
        String disposition = new Weighted<String>().add("维持", 70).add("改判", 8).add("发回重审", 4)
                .add("撤回上诉", 15).add("其他", 3).pick(rng);
        Lexicon.CivilCause cause = Lexicon.CIVIL_CAUSES.pick(rng);
        BigDecimal amount = cause.medianAmount() > 0 ? Amounts.money(rng, cause.medianAmount(), 0.9) : null;
        return appealCase(no, key, rng, filed, disposition, cause.name(), original, amount);
    }

    private TrialCase appealCase(CaseNo no, long key, Rng rng, LocalDate filed, String disposition,
                                 String cause, CaseRef original, BigDecimal amount) {
        boolean withdrawn = "撤回上诉".equals(disposition);
        int days = withdrawn ? days(rng, 25, 0.5) : Math.min(125, Math.max(20, days(rng, 60, 0.35)));
        LocalDate closed = Closings.closingDay(filed, days, rng);
        TimeLimit limit = limit(no.type(), ORDINARY, filed, closed, rng);
        Integer hearings = switch (no.type()) {
            case "刑终" -> rng.chance(0.3) ? 1 : 0;
            case "行终" -> rng.chance(0.6) ? 1 : 0;
            default -> withdrawn || rng.chance(0.55) ? 0 : rng.chance(0.9) ? 1 : 2;
        };
        if (Rng.of(key, "hearings-unrecorded").chance(HEARINGS_UNRECORDED)) {
            hearings = null;
        }
        String division = switch (no.type()) {
            case "刑终" -> rng.chance(0.5) ? "刑一庭" : "刑二庭";
            case "行终" -> "行政审判庭";
            default -> rng.pick(List.of("民一庭", "民二庭", "民三庭", "民四庭"));
        };
        return new TrialCase(no, key, cause, filed, closed, disposition, limit, hearings, original,
                staff.judge(Courts.INTERMEDIATE, division, rng), division, amount);
    }

    private static int days(Rng rng, double median, double sigma) {
        return (int) Math.max(0, Math.min(400, Math.round(rng.logNormal(median, sigma))));
    }

    /**
     * The time limit from filing. A case running past it usually gets an approved extension (or
     * moves from 简易 to 普通程序), long-suspended ones have the suspension left out of the
     * count, and a few simply run over: those are the overdue cases (是否超审限 = 是).
     */
    private static TimeLimit limit(String type, String procedure, LocalDate filed, LocalDate closed, Rng rng) {
        LocalDate first = filed.plus(baseLimit(type, procedure)).minusDays(1);
        LocalDate deadline = first;
        if (!closed.isAfter(deadline) || !rng.chance(0.85)) {
            return new TimeLimit(first, procedure, deadline, procedure, null);
        }
        String current = procedure;
        String remark;
        if ("民初".equals(type) && !ORDINARY.equals(procedure)) {
            current = ORDINARY;
            deadline = filed.plusMonths(6).minusDays(1);
            remark = "简易程序转普通程序";
            if (!closed.isAfter(deadline) || !rng.chance(0.8)) {
                return new TimeLimit(first, procedure, deadline, current, remark);
            }
            remark += "，延长审限";
        } else {
            remark = "延长审限";
        }
        deadline = deadline.plus(extension(type, current));
        if (!closed.isAfter(deadline)) {
            return new TimeLimit(first, procedure, deadline, current, remark);
        }
        if (rng.chance(0.5)) {
            return new TimeLimit(first, procedure, closed.plusDays(rng.between(0, 60)), current, "中止审理期间不计入审限");
        }
        return new TimeLimit(first, procedure, deadline, current, remark);
    }

    private static Period baseLimit(String type, String procedure) {
        return switch (type) {
            case "民初" -> switch (procedure) {
                case SMALL_CLAIMS -> Period.ofMonths(2);
                case SIMPLIFIED -> Period.ofMonths(3);
                default -> Period.ofMonths(6);
            };
            case "行初" -> Period.ofMonths(6);
            case "刑初", "民终", "刑终", "行终", "民申", "刑申", "民他" -> Period.ofMonths(3);
            case "民辖终", "民特", "财保", "诉前调确", "诉前调书", "民保" -> Period.ofDays(30);
            case "民督" -> Period.ofDays(15);
            case "民保令" -> Period.ofDays(3);
            default -> Period.ofMonths(1);
        };
    }

    private static Period extension(String type, String procedure) {
        if (ORDINARY.equals(procedure) && ("民初".equals(type) || "行初".equals(type))) {
            return Period.ofMonths(6);
        }
        return switch (type) {
            case "刑初", "民终", "刑终", "行终" -> Period.ofMonths(3);
            default -> Period.ofMonths(1);
        };
    }
}
