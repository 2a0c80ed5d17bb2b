package org.courtstats.samples.world;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Builds pre-litigation mediation cases: most settle or fail within the 30-day limit; a failed one
 * usually becomes a 民初 case of the same court, whose real number it carries (转立案案号).
 */
final class MediationCases {

    private final long seed;
    private final Volumes volumes;
    private final Staff staff;
    private final TrialCases trialCases;

    MediationCases(long seed, Volumes volumes, Staff staff, TrialCases trialCases) {
        this.seed = seed;
        this.volumes = volumes;
        this.staff = staff;
        this.trialCases = trialCases;
    }

    MediationCase create(Court court, CaseNo no, LocalDate registered) {
        long key = Rng.key(seed, "case", no.canonical());
        Rng rng = new Rng(key);
        double shift = trialCases.habits(court).mediationSuccessShift();
        String outcome = new Weighted<String>().add("调解成功", 0.45 + shift).add("调解不成", 0.40 - shift)
                .add("撤回", 0.10).add("其他", 0.05).pick(rng);
        long days = Math.max(1, Math.min(75, Math.round(rng.logNormal(16, 0.5))));
        LocalDate closed = Workdays.onOrAfter(registered.plusDays(days));
        String followUp = null;
        CaseNo filedCase = null;
        if ("调解成功".equals(outcome)) {
            followUp = new Weighted<String>().add("自动履行", 55).add("司法确认", 25).add("出具调解书", 20).pick(rng);
        } else if ("调解不成".equals(outcome) && rng.chance(0.85)) {
            filedCase = volumes.pick(court, "民初", YearMonth.from(closed), rng);
        }
        return new MediationCase(no, key, registered, closed, outcome, followUp, filedCase,
                staff.mediator(court, rng), Lexicon.CIVIL_CAUSES.pick(rng).name());
    }
}
