package org.courtstats.samples.world;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The registers of the world (issue #15): 四类案件 flags on the court's trial cases, 联系法官 requests
 * and 网上立案 reviews, year to date as of a month's end, like the case snapshots.
 *
 * <p>Volumes and rates are set near 南阳中院's report of 2024-08-23 (全市 标注率 4.51%, 监管率
 * 98.96%, 反馈率 96.46%; 906 联系法官 requests by July, 及时回复率 99.45%; 网上立案 3 日内审核率
 * 97.71%, 审核通过率 62.18%), and a little lower in 2023 so that 同比 shows. A register is as of the
 * month's end: what happens later (a supervision, a reply, a review) is not in it yet, which takes the
 * rates a little under the rates drawn here.
 */
public final class Registers {

    /** What a year's courts do; 2023 and before a little worse than 2024 and after. */
    private record Rates(double flagged, double supervised, double feedback, double timelyReply, double timelyReview,
                         double passed, double contactGrowth) {
    }

    private static final Rates RATES_2023 = new Rates(0.0536, 0.987, 0.962, 0.988, 0.965, 0.605, 0.88);
    private static final Rates RATES_2024 = new Rates(0.0556, 0.995, 0.983, 0.999, 0.982, 0.615, 1.0);

    /** 联系法官 requests of the whole city per month in 2024 at scale 1 (906 in January to July). */
    private static final double CONTACTS_PER_MONTH = 130;
    /** The intermediate court's share of them; the basic courts share the rest by population. */
    private static final double INTERMEDIATE_CONTACT_SHARE = 0.06;
    /** Online filings per first-instance civil case filed in the month (submissions that fail or need more included). */
    private static final double ONLINE_PER_CIVIL_FILING = 0.45;

    /** Cases tried on their merits; a preservation (财保) or payment order (民督) is never one of the four kinds. */
    private static final Set<String> FLAGGABLE_TYPES = Set.of("民初", "刑初", "行初", "民终", "刑终", "行终", "民再");

    private static final Weighted<String> CATEGORIES = new Weighted<String>()
            .add("疑难复杂", 0.50).add("群体性纠纷", 0.24).add("类案冲突", 0.16).add("反映违法审判", 0.10);

    private final long seed;
    private final Volumes volumes;
    private final Staff staff;

    Registers(long seed, Volumes volumes, Staff staff) {
        this.seed = seed;
        this.volumes = volumes;
        this.staff = staff;
    }

    private static Rates rates(int year) {
        return year >= 2024 ? RATES_2024 : RATES_2023;
    }

    /**
     * The 四类案件 flagged by the month's end among the court's trial cases filed this year.
     *
     * @param trialCases the cases the court's trial delivery of the month publishes: a flag must
     *                   name one of them
     */
    public List<SupervisionFlag> supervision(Court court, YearMonth month, Iterable<SimCase> trialCases) {
        Rates rates = rates(month.getYear());
        LocalDate asOf = month.atEndOfMonth();
        List<SupervisionFlag> flags = new ArrayList<>();
        for (SimCase c : trialCases) {
            if (c.filedOn().getYear() != month.getYear() || !FLAGGABLE_TYPES.contains(c.no().type())) {
                continue;
            }
            Rng rng = Rng.of(c.key(), "four-kinds");
            if (!rng.chance(rates.flagged())) {
                continue;
            }
            LocalDate flagged = Workdays.onOrAfter(c.filedOn().plusDays(rng.between(0, 8)));
            String category = CATEGORIES.pick(rng);
            LocalDate supervised = rng.chance(rates.supervised())
                    ? Workdays.onOrAfter(flagged.plusDays(rng.between(0, 2))) : null;
            LocalDate feedback = supervised != null && rng.chance(rates.feedback())
                    ? Workdays.onOrAfter(supervised.plusDays(rng.between(1, 3))) : null;
            if (flagged.isAfter(asOf)) {
                continue;
            }
            flags.add(new SupervisionFlag(c.no(), c.key(), flagged, category, knownBy(supervised, asOf),
                    knownBy(feedback, asOf)));
        }
        flags.sort(Comparator.comparing(SupervisionFlag::flaggedOn).thenComparing(f -> f.caseNo().type())
                .thenComparingInt(f -> f.caseNo().number()));
        return flags;
    }

    /** The 联系法官 requests of the year up to the month's end, numbered in order. */
    public List<ContactRequest> judgeContacts(Court court, YearMonth month) {
        Rates rates = rates(month.getYear());
        LocalDateTime asOf = month.atEndOfMonth().atTime(LocalTime.MAX);
        double courtShare = court.intermediate() ? INTERMEDIATE_CONTACT_SHARE
                : (1 - INTERMEDIATE_CONTACT_SHARE) * court.population() / basicPopulation();
        List<ContactRequest> requests = new ArrayList<>();
        for (YearMonth m = YearMonth.of(month.getYear(), 1); !m.isAfter(month); m = m.plusMonths(1)) {
            double mean = CONTACTS_PER_MONTH * courtShare * rates.contactGrowth() * volumes.scale();
            int count = Rng.of(seed, "contacts", court.code(), m).poisson(mean);
            List<ContactRequest> monthly = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long key = Rng.key(seed, "contact", court.code(), m, i);
                Rng rng = Rng.of(key, "request");
                LocalDateTime applied = anyTime(m, rng, 7, 22);
                LocalDateTime replied;
                if (rng.chance(rates.timelyReply())) {
                    replied = officeHours(applied.plusMinutes(rng.between(15, 40 * 60)), rng);
                } else {
                    // Late replies come days after the limit, or never: no edge of the limit is ambiguous.
                    replied = rng.chance(0.5) ? null : officeHours(applied.plusDays(rng.between(5, 9)), rng);
                }
                String judge = staff.judge(court, court.intermediate() ? "民一庭" : "民事审判庭", rng);
                CaseNo caseNo = rng.chance(0.7) ? volumes.pick(court, firstTrialType(court), m, rng) : null;
                monthly.add(new ContactRequest(null, key, applied, replied != null && replied.isAfter(asOf) ? null : replied,
                        judge, caseNo));
            }
            monthly.sort(Comparator.comparing(ContactRequest::appliedAt));
            requests.addAll(monthly);
        }
        List<ContactRequest> numbered = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            ContactRequest r = requests.get(i);
            numbered.add(new ContactRequest(String.format("LXFG%s%d%05d", digits(court), month.getYear(), i + 1),
                    r.key(), r.appliedAt(), r.repliedAt(), r.judge(), r.caseNo()));
        }
        return numbered;
    }

    /** The 网上立案 submissions of the year up to the month's end, with the reviews done by then. */
    public List<OnlineFiling> onlineFilings(Court court, YearMonth month) {
        Rates rates = rates(month.getYear());
        LocalDateTime asOf = month.atEndOfMonth().atTime(LocalTime.MAX);
        List<OnlineFiling> filings = new ArrayList<>();
        for (YearMonth m = YearMonth.of(month.getYear(), 1); !m.isAfter(month); m = m.plusMonths(1)) {
            double mean = volumes.filings(court, firstTrialType(court), m) * ONLINE_PER_CIVIL_FILING;
            int count = Rng.of(seed, "online-filings", court.code(), m).poisson(mean);
            List<OnlineFiling> monthly = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long key = Rng.key(seed, "online-filing", court.code(), m, i);
                Rng rng = Rng.of(key, "submission");
                LocalDateTime submitted = anyTime(m, rng, 6, 23);
                LocalDateTime reviewed = officeHours(rng.chance(rates.timelyReview())
                        ? submitted.plusMinutes(rng.between(20, 40 * 60))
                        : submitted.plusDays(rng.between(4, 10)), rng);
                String result = rng.chance(rates.passed()) ? "通过" : rng.chance(0.4) ? "不通过" : "补正";
                boolean known = !reviewed.isAfter(asOf);
                monthly.add(new OnlineFiling(null, key, submitted, known ? reviewed : null, known ? result : null));
            }
            monthly.sort(Comparator.comparing(OnlineFiling::submittedAt));
            filings.addAll(monthly);
        }
        List<OnlineFiling> numbered = new ArrayList<>(filings.size());
        for (int i = 0; i < filings.size(); i++) {
            OnlineFiling f = filings.get(i);
            numbered.add(new OnlineFiling(String.format("WSLA%s%d%06d", digits(court), month.getYear(), i + 1),
                    f.key(), f.submittedAt(), f.reviewedAt(), f.result()));
        }
        return numbered;
    }

    /** A real trial case number of the court that was not filed by the month's end: a typo, or a case of next year's list. */
    public CaseNo unfiledTrialCase(Court court, YearMonth month, Rng rng) {
        String type = firstTrialType(court);
        int filedThisYear = volumes.numberBase(court, type, month) + volumes.filings(court, type, month);
        return new CaseNo(month.getYear(), court.code(), type, filedThisYear + rng.between(200, 900));
    }

    /** A trial case of another court filed in the month: what a clerk copies from a neighbour's list. */
    public CaseNo otherCourtsTrialCase(Court court, YearMonth month, Rng rng) {
        Court other = court == Courts.BASIC.get(0) ? Courts.BASIC.get(1) : Courts.BASIC.get(0);
        return volumes.pick(other, firstTrialType(other), month, rng);
    }

    private String firstTrialType(Court court) {
        return volumes.types(court, Feed.TRIAL).get(0);
    }

    /**
     * A minute of a day of the month between the hours given, weekends included: the line is open every
     * day. Never midnight, which a date-time cell could not tell from a date.
     */
    private static LocalDateTime anyTime(YearMonth month, Rng rng, int fromHour, int toHour) {
        LocalDate day = month.atDay(rng.between(1, month.lengthOfMonth()));
        return day.atTime(rng.between(fromHour, toHour), rng.between(0, 59));
    }

    /**
     * The moment, or the start of the next office hours when it falls outside 08:00–18:00: staff reply and
     * review in office hours. Adds at most 16 hours, so a timely reply (at most 40 hours) stays well inside 3 days.
     */
    private static LocalDateTime officeHours(LocalDateTime moment, Rng rng) {
        LocalDate day = moment.getHour() >= 18 ? moment.toLocalDate().plusDays(1) : moment.toLocalDate();
        if (moment.getHour() >= 8 && moment.getHour() < 18) {
            return moment;
        }
        return day.atTime(8, 0).plusMinutes(rng.between(0, 120));
    }

    private static LocalDate knownBy(LocalDate date, LocalDate asOf) {
        return date == null || date.isAfter(asOf) ? null : date;
    }

    /** 1302 for 豫1302: application numbers carry the court's digits. */
    private static String digits(Court court) {
        return court.code().substring(1);
    }

    private static double basicPopulation() {
        return Courts.BASIC.stream().mapToInt(Court::population).sum();
    }
}
