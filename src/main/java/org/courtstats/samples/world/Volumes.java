package org.courtstats.samples.world;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many cases of each type each court files in each month, and therefore which case numbers
 * exist: numbers run from 1 per court, type and year, so the numbers filed in a month are the
 * range after the earlier months' counts. Knowing the ranges lets a case refer to a real other case
 * (执行依据, 转立案案号, 原审案号 of a retrial application) without simulating it.
 *
 * <p>Counts are a pure function of the seed and the month, so they exist for months before the
 * simulation starts too (references to 2019 judgments are real numbers of that year's range).
 */
public final class Volumes {

    /** Monthly trial filings per inhabitant at scale 1 in 2021, before the urban factor. */
    private static final double TRIAL_FILINGS_PER_HEAD = 0.00105;
    private static final double EXECUTION_PER_TRIAL = 0.65;
    private static final double MEDIATION_PER_TRIAL = 0.5;
    /** Filings grow a little every year, so the year-to-date clearance rate sits below 100%. */
    private static final double YEARLY_GROWTH = 0.04;
    /** January to December: the Spring Festival dip in February, fewer filings before year end. */
    private static final double[] SEASON = {0.95, 0.72, 1.12, 1.04, 1.0, 1.06, 1.04, 1.0, 0.98, 0.88, 1.06, 0.96};
    /** Rare types keep this monthly mean at any scale, so that small samples still show them. */
    private static final double RARE_FLOOR = 0.3;

    private final long seed;
    private final double scale;
    private final Map<String, Integer> filingsCache = new HashMap<>();

    Volumes(long seed, double scale) {
        this.seed = seed;
        this.scale = scale;
    }

    double scale() {
        return scale;
    }

    /** The plan-driven types a court files in a feed, in a fixed order (豫13's appeals come from elsewhere). */
    public List<String> types(Court court, Feed feed) {
        return shares(court, feed).stream().map(TypeShare::type).toList();
    }

    /** Cases of that court and type filed in the month; 0 for a type the court does not file. */
    int filings(Court court, String type, YearMonth month) {
        String cacheKey = court.code() + type + month;
        Integer cached = filingsCache.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        TypeShare share = shares(court, CaseTypes.feedOf(type)).stream()
                .filter(s -> s.type().equals(type)).findFirst().orElse(null);
        if (share == null) {
            // A type the court does not file, such as 诉前调确 at the intermediate court.
            return 0;
        }
        double mean = share.monthly() * SEASON[month.getMonthValue() - 1]
                * (1 + YEARLY_GROWTH * (month.getYear() - 2021)) * scale;
        if (share.rare()) {
            mean = Math.max(mean, RARE_FLOOR);
        }
        int count = Rng.of(seed, "filings", court.code(), type, month).poisson(mean);
        filingsCache.put(cacheKey, count);
        return count;
    }

    /** The last number used before the month: the month's cases are numbered from this + 1. */
    int numberBase(Court court, String type, YearMonth month) {
        int base = 0;
        for (YearMonth m = YearMonth.of(month.getYear(), 1); m.isBefore(month); m = m.plusMonths(1)) {
            base += filings(court, type, m);
        }
        return base;
    }

    /** A real case number of that court and type filed in that month, or null when none was filed. */
    public CaseNo pick(Court court, String type, YearMonth month, Rng rng) {
        int count = filings(court, type, month);
        if (count == 0) {
            return null;
        }
        return new CaseNo(month.getYear(), court.code(), type,
                numberBase(court, type, month) + 1 + rng.nextInt(count));
    }

    /** Monthly trial filings of a basic court at scale 1 in 2021: the size all its feeds follow. */
    private static double baseMonthly(Court court) {
        double urban = switch (court.code()) {
            case "豫1302" -> 1.45;
            case "豫1303" -> 1.35;
            // 高新 handles the city's centrally assigned IP, financial and construction cases.
            case "豫1371" -> 1.7;
            default -> 1.0;
        };
        return court.population() * TRIAL_FILINGS_PER_HEAD * urban;
    }

    private record TypeShare(String type, double monthly, boolean rare) {
    }

    private static List<TypeShare> shares(Court court, Feed feed) {
        return court.intermediate() ? intermediateShares(feed) : basicShares(court, feed);
    }

    private static List<TypeShare> basicShares(Court court, Feed feed) {
        double trial = baseMonthly(court);
        List<TypeShare> shares = new ArrayList<>();
        switch (feed) {
            case TRIAL -> {
                shares.add(new TypeShare("民初", trial * 0.70, false));
                shares.add(new TypeShare("刑初", trial * 0.09, false));
                if (hearsAdministrativeCases(court)) {
                    shares.add(new TypeShare("行初", trial * 0.025, false));
                }
                shares.add(new TypeShare("民特", trial * 0.04, false));
                shares.add(new TypeShare("民督", trial * 0.015, false));
                shares.add(new TypeShare("财保", trial * 0.04, false));
                shares.add(new TypeShare("民保令", trial * 0.003, false));
                shares.add(new TypeShare("民他", trial * 0.005, false));
                shares.add(new TypeShare("诉前调确", trial * 0.05, false));
                shares.add(new TypeShare("诉前调书", trial * 0.02, false));
                if (usesUnknownTypeCode(court)) {
                    shares.add(new TypeShare(CaseTypes.UNKNOWN_TYPE, trial * 0.0008, true));
                }
                // Retrials of the court's own judgments, mostly after 豫13 ordered them (指令再审).
                shares.add(new TypeShare("民再", trial * 0.0006, true));
                if (takesRetrialApplications(court)) {
                    shares.add(new TypeShare("民申", trial * 0.0004, true));
                }
            }
            case EXECUTION -> {
                double execution = trial * EXECUTION_PER_TRIAL;
                shares.add(new TypeShare("执", execution * 0.74, false));
                shares.add(new TypeShare("执恢", execution * 0.08, false));
                shares.add(new TypeShare("执保", execution * 0.14, false));
                shares.add(new TypeShare("执异", execution * 0.04, false));
            }
            case MEDIATION -> shares.add(new TypeShare(mediationType(court), trial * MEDIATION_PER_TRIAL, false));
        }
        return shares;
    }

    private static List<TypeShare> intermediateShares(Feed feed) {
        return switch (feed) {
            case TRIAL -> List.of(new TypeShare("民初", 25, false), new TypeShare("刑初", 4, false),
                    new TypeShare("民申", 40, false), new TypeShare("刑申", 3, false), new TypeShare("民再", 5, false),
                    new TypeShare("民辖终", 8, false), new TypeShare("刑更", 20, false));
            case EXECUTION -> List.of(new TypeShare("执", 15, false), new TypeShare("执恢", 2, false),
                    new TypeShare("执异", 6, false), new TypeShare("执复", 10, false),
                    new TypeShare("执监", 3, false));
            case MEDIATION -> List.of(new TypeShare("民诉前调", 35, false));
        };
    }

    /** Administrative cases are concentrated in a few basic courts (集中管辖). */
    private static boolean hearsAdministrativeCases(Court court) {
        return switch (court.code()) {
            case "豫1303", "豫1328", "豫1381" -> true;
            default -> false;
        };
    }

    /** The courts whose system still issues a local code (民保) that is not in the national table. */
    private static boolean usesUnknownTypeCode(Court court) {
        return switch (court.code()) {
            case "豫1322", "豫1327", "豫1381" -> true;
            default -> false;
        };
    }

    /**
     * The courts that receive a few retrial applications themselves: where both parties are citizens,
     * an application may go to the court that gave the judgment instead of 豫13 (民事诉讼法 第210条).
     */
    private static boolean takesRetrialApplications(Court court) {
        return switch (court.code()) {
            case "豫1302", "豫1328", "豫1381" -> true;
            default -> false;
        };
    }

    /** Most courts number pre-litigation mediation 民诉前调; two still use the older 诉前调. */
    static String mediationType(Court court) {
        return switch (court.code()) {
            case "豫1326", "豫1371" -> "诉前调";
            default -> "民诉前调";
        };
    }
}
