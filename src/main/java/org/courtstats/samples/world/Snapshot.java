package org.courtstats.samples.world;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * The cases one delivery holds (feeds.md section 1): as of the month's last day, every case of the
 * court and feed filed by then and not closed before 1 January; plus, where the court's export
 * does that, a handful of cases closed in the previous December, which the pipeline skips.
 *
 * <p>Iterating replays the world from {@link World#START}, one month in memory at a time, so the
 * snapshot can be read twice (once to count, once to write) at any scale.
 */
public final class Snapshot implements Iterable<SimCase> {

    private final World world;
    private final Court court;
    private final Feed feed;
    private final YearMonth month;
    private final LocalDate yearStart;
    private final boolean withOldClosed;
    private final Predicate<SimCase> exported;
    private final double oldClosedShare;

    public Snapshot(World world, Court court, Feed feed, YearMonth month, boolean withOldClosed) {
        this(world, court, feed, month, withOldClosed, c -> true);
    }

    /** @param exported the cases the export keeps: a court's filter, such as only the recent filings */
    public Snapshot(
            World world, Court court, Feed feed, YearMonth month, boolean withOldClosed, Predicate<SimCase> exported) {
        this.world = world;
        this.court = court;
        this.feed = feed;
        this.month = month;
        this.yearStart = LocalDate.of(month.getYear(), 1, 1);
        this.withOldClosed = withOldClosed;
        this.exported = exported;
        // About ten December closures of a basic court at scale 1, and not more at larger scales.
        this.oldClosedShare = 0.01 / Math.max(1, world.volumes().scale());
    }

    public LocalDate asOf() {
        return month.atEndOfMonth();
    }

    /** True for the old cases closed before 1 January that the export carries along. */
    public boolean outsideWindow(SimCase c) {
        return c.closedOn().isBefore(yearStart);
    }

    private boolean included(SimCase c) {
        if (!exported.test(c)) {
            return false;
        }
        if (!outsideWindow(c)) {
            return true;
        }
        // Only plain 民初 cases are carried along, so that a skipped row never hides a planted warning.
        return withOldClosed && "民初".equals(c.no().type())
                && !c.closedOn().isBefore(yearStart.minusMonths(1))
                && Rng.of(c.key(), "closed-last-year").chance(oldClosedShare);
    }

    public int count() {
        int count = 0;
        for (SimCase ignored : this) {
            count++;
        }
        return count;
    }

    @Override
    public Iterator<SimCase> iterator() {
        return new Iterator<>() {
            private final AppealSweep appeals = world.appealSweep();
            private YearMonth next = World.START;
            private Iterator<SimCase> current = List.<SimCase>of().iterator();
            private SimCase pending;

            @Override
            public boolean hasNext() {
                while (pending == null) {
                    if (current.hasNext()) {
                        SimCase c = current.next();
                        if (included(c)) {
                            pending = c;
                        }
                    } else if (!next.isAfter(month)) {
                        current = world.filedIn(court, feed, next, appeals).iterator();
                        next = next.plusMonths(1);
                    } else {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public SimCase next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SimCase c = pending;
                pending = null;
                return c;
            }
        };
    }
}
