package org.courtstats.samples.world;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The judges and mediators of each court: a fixed roster per court and division, so the same
 * names recur across cases and months the way they do in a real export.
 */
final class Staff {

    private final long seed;
    private final Map<String, List<String>> rosters = new HashMap<>();

    Staff(long seed) {
        this.seed = seed;
    }

    String judge(Court court, String division, Rng rng) {
        return rng.pick(rosters.computeIfAbsent(court.code() + division, key -> {
            Rng names = Rng.of(seed, "roster", court.code(), division);
            int size = names.between(3, 8);
            List<String> roster = new ArrayList<>();
            while (roster.size() < size) {
                String name = Lexicon.personName(names);
                if (!roster.contains(name)) {
                    roster.add(name);
                }
            }
            return List.copyOf(roster);
        }));
    }

    /** The people's tribunals (人民法庭) of a basic court, which hear most rural civil cases. */
    static List<String> tribunals(Court court) {
        return Lexicon.towns(court).stream().map(town -> town + "人民法庭").toList();
    }

    /** A mediator: one of the court's mediation organisations, or an appointed mediator by name. */
    String mediator(Court court, Rng rng) {
        int pick = rng.nextInt(10);
        String local = court.intermediate() ? "南阳市" : court.shortName().replace("法院", "");
        return switch (pick) {
            case 0, 1 -> local + "人民调解委员会";
            case 2, 3 -> court.shortName() + "诉调对接中心";
            case 4 -> "道路交通事故纠纷调解室";
            case 5 -> "婚姻家庭纠纷调解室";
            case 6 -> "律师调解工作室";
            case 7 -> "金融纠纷调解中心";
            default -> "特邀调解员" + judge(court, "特邀调解员", rng);
        };
    }
}
