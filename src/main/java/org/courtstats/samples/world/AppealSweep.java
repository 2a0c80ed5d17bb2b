package org.courtstats.samples.world;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The intermediate court's second-instance cases, derived from the basic courts' first-instance
 * cases: a judgment (or a dismissal) is appealed with a court's own probability, 15–60 days after
 * it was given, and the appeal carries the first instance's number as 原审案号.
 *
 * <p>Appeals are found by sweeping the basic courts' filings month by month from the start of the
 * simulation: once the filings up to month M are swept, every appeal lodged in M is known, because
 * nothing filed later can be appealed earlier. Only appeals not yet lodged are held, so memory stays
 * at a few months of appeals whatever the scale. Months must be asked for in order.
 */
final class AppealSweep {

    private static final Comparator<Appeal> LODGING_ORDER = Comparator.comparing(Appeal::filedOn)
            .thenComparing(a -> a.originalText());
    private static final List<String> OTHER_CITY_COURTS = List.of("豫1402", "豫1602", "豫1702", "鄂0602", "豫0302");
    private static final List<String> OLD_FORMAT_PREFIXES = List.of("宛民初", "宛龙民初", "邓法民初", "唐民初");

    private final long seed;
    private final World world;
    private final TrialCases trialCases;
    private final Map<YearMonth, List<Appeal>> notYetLodged = new TreeMap<>();
    private final Map<String, Integer> numbersThisYear = new HashMap<>();
    private YearMonth swept = World.START.minusMonths(1);

    /** An appeal lodged on {@code filedOn}; {@code original} is null for an appeal from outside the city. */
    private record Appeal(LocalDate filedOn, String type, TrialCase original, Court originalCourt,
                          CaseRef externalOriginal, long key) {

        String originalText() {
            if (original != null) {
                return original.no().canonical();
            }
            return externalOriginal.caseNo() != null ? externalOriginal.caseNo().canonical() : externalOriginal.text();
        }
    }

    AppealSweep(long seed, World world, TrialCases trialCases) {
        this.seed = seed;
        this.world = world;
        this.trialCases = trialCases;
    }

    /** The second-instance cases lodged in the month, in lodging order and numbered. */
    List<TrialCase> lodgedIn(YearMonth month) {
        if (!month.equals(swept.plusMonths(1))) {
            throw new IllegalStateException("appeal months must be asked in order: " + swept + " then " + month);
        }
        swept = month;
        for (Court court : Courts.BASIC) {
            for (String type : CaseTypes.FIRST_INSTANCE_APPEALABLE) {
                for (SimCase c : world.batch(court, type, month)) {
                    appealOf((TrialCase) c, court);
                }
            }
        }
        List<Appeal> appeals = new ArrayList<>(notYetLodged.getOrDefault(month, List.of()));
        notYetLodged.remove(month);
        appeals.addAll(fromOutsideTheCity(month));
        appeals.sort(LODGING_ORDER);
        if (month.getMonthValue() == 1) {
            numbersThisYear.clear();
        }
        List<TrialCase> cases = new ArrayList<>(appeals.size());
        for (Appeal appeal : appeals) {
            int number = numbersThisYear.merge(appeal.type(), 1, Integer::sum);
            CaseNo no = new CaseNo(month.getYear(), Courts.INTERMEDIATE.code(), appeal.type(), number);
            cases.add(appeal.original() != null
                    ? trialCases.secondInstance(no, appeal.filedOn(), appeal.original(), appeal.originalCourt())
                    : trialCases.externalAppeal(no, appeal.filedOn(), appeal.externalOriginal(), appeal.key()));
        }
        return cases;
    }

    private void appealOf(TrialCase original, Court court) {
        double probability = switch (original.no().type() + original.disposition()) {
            case "民初判决" -> trialCases.habits(court).appealRate();
            case "民初驳回起诉" -> 0.10;
            case "刑初判决" -> 0.08;
            case "行初判决" -> 0.30;
            case "行初驳回起诉" -> 0.25;
            default -> 0;
        };
        Rng rng = Rng.of(original.key(), "appeal");
        if (probability == 0 || !rng.chance(probability)) {
            return;
        }
        LocalDate lodged = Workdays.onOrAfter(original.closedOn().plusDays(rng.between(15, 60)));
        String type = original.no().type().replace("初", "终");
        notYetLodged.computeIfAbsent(YearMonth.from(lodged), m -> new ArrayList<>())
                .add(new Appeal(lodged, type, original, court, null, 0));
    }

    /** A few appeals a month whose first instance is in another city or predates the 2016 numbering. */
    private List<Appeal> fromOutsideTheCity(YearMonth month) {
        Rng rng = Rng.of(seed, "external-appeals", month);
        int count = rng.poisson(Math.max(0.5, 3 * world.volumes().scale()));
        List<LocalDate> days = Workdays.of(month);
        List<Appeal> appeals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate lodged = rng.pick(days);
            CaseRef original;
            if (rng.chance(0.5)) {
                original = CaseRef.oldFormat("（" + rng.between(2012, 2015) + "）" + rng.pick(OLD_FORMAT_PREFIXES)
                        + "字第" + rng.between(1, 2999) + "号");
            } else {
                original = CaseRef.of(new CaseNo(month.getYear() - rng.between(0, 1),
                        rng.pick(OTHER_CITY_COURTS), "民初", rng.between(1, 3000)));
            }
            appeals.add(new Appeal(lodged, "民终", null, null, original, Rng.key(seed, "external-appeal", month, i)));
        }
        return appeals;
    }
}
