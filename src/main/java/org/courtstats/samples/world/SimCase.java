package org.courtstats.samples.world;

import java.time.LocalDate;

/**
 * A case of the simulated world, with its whole life: every case closes some day, and a snapshot
 * decides what of it is known at its month's end.
 */
public sealed interface SimCase permits TrialCase, ExecutionCase, MediationCase {

    CaseNo no();

    /** The key of the case's own random streams (spellings, times of day, parties). */
    long key();

    /** 立案日期, or 登记日期 for mediation. */
    LocalDate filedOn();

    /** The day the case closes, possibly after the snapshot's month end; never null. */
    LocalDate closedOn();

    default boolean closedBy(LocalDate day) {
        return !closedOn().isAfter(day);
    }
}
