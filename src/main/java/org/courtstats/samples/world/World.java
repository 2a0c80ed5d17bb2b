package org.courtstats.samples.world;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The simulated courts of the city from January 2021 on: one world from which every snapshot is cut,
 * so that the August 2023 and August 2024 deliveries agree with each other.
 *
 * <p>The world is a pure function of the seed and the scale rather than a table held in memory: the
 * cases a court files in a month are rebuilt on demand, each from its own random stream. A
 * snapshot therefore needs memory for one month of one court at a time, whatever the scale.
 */
public final class World {

    public static final YearMonth START = YearMonth.of(2021, 1);

    private static final Comparator<SimCase> FILING_ORDER = Comparator.comparing(SimCase::filedOn)
            .thenComparing(c -> c.no().type()).thenComparingInt(c -> c.no().number());

    private final long seed;
    private final Volumes volumes;
    private final TrialCases trialCases;
    private final ExecutionCases executionCases;
    private final MediationCases mediationCases;
    private final Registers registers;

    public World(long seed, double scale) {
        this.seed = seed;
        this.volumes = new Volumes(seed, scale);
        Staff staff = new Staff(seed);
        this.trialCases = new TrialCases(seed, volumes, staff);
        this.executionCases = new ExecutionCases(seed, volumes, staff, trialCases);
        this.mediationCases = new MediationCases(seed, volumes, staff, trialCases);
        this.registers = new Registers(seed, volumes, staff);
    }

    public Volumes volumes() {
        return volumes;
    }

    /** The 四类案件, 联系法官 and 网上立案 registers of the courts. */
    public Registers registers() {
        return registers;
    }

    /** A fresh sweep of the intermediate court's appeals, to be asked month by month from {@link #START}. */
    AppealSweep appealSweep() {
        return new AppealSweep(seed, this, trialCases);
    }

    /** The cases of one court and type filed in a month, in filing order, numbered on from the year's earlier months. */
    public List<SimCase> batch(Court court, String type, YearMonth month) {
        int count = volumes.filings(court, type, month);
        if (count == 0) {
            return List.of();
        }
        Rng rng = Rng.of(seed, "filing-days", court.code(), type, month);
        List<LocalDate> workdays = Workdays.of(month);
        List<LocalDate> days = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            days.add(rng.pick(workdays));
        }
        days.sort(null);
        int base = volumes.numberBase(court, type, month);
        Feed feed = CaseTypes.feedOf(type);
        List<SimCase> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // A few execution cases are numbered with a suffix (之一), as when a case is split.
            String suffix = "执".equals(type) && rng.chance(0.003) ? "之一" : null;
            CaseNo no = new CaseNo(month.getYear(), court.code(), type, base + i + 1, suffix);
            LocalDate filed = days.get(i);
            cases.add(switch (feed) {
                case TRIAL -> trialCases.create(court, no, filed);
                case EXECUTION -> executionCases.create(court, no, filed);
                case MEDIATION -> mediationCases.create(court, no, filed);
            });
        }
        return cases;
    }

    /**
     * Every case of a court and feed filed in the month, in filing order. For the intermediate court's
     * trial feed the month's appeals come from {@code appeals}, which must have been asked for every
     * earlier month first.
     */
    List<SimCase> filedIn(Court court, Feed feed, YearMonth month, AppealSweep appeals) {
        List<SimCase> cases = new ArrayList<>();
        for (String type : volumes.types(court, feed)) {
            cases.addAll(batch(court, type, month));
        }
        if (court.intermediate() && feed == Feed.TRIAL) {
            cases.addAll(appeals.lodgedIn(month));
        }
        cases.sort(FILING_ORDER);
        return cases;
    }
}
