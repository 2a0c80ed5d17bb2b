package org.courtstats.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.courtstats.samples.quirks.CourtStyles;
import org.courtstats.samples.quirks.DeliveryStyle;
import org.courtstats.samples.world.Court;
import org.courtstats.samples.world.Courts;
import org.courtstats.samples.world.Feed;
import org.courtstats.samples.world.World;

/**
 * A resent delivery that is well formed but must be held for review before it replaces the slice
 * published for the month: 桐柏's trial file exported with a filter on 立案日期 (only the cases filed
 * from June), so that it holds about a third of the year's cases. Every row reads; only the review's
 * comparison with the published slice (resend_shrink) can tell.
 */
final class HeldResends {

    static final String COURT = "豫1330";

    private final World world;
    private final long seed;
    private final YearMonth month;

    HeldResends(World world, long seed, YearMonth month) {
        this.world = world;
        this.seed = seed;
        this.month = month;
    }

    List<HeldResend> writeTo(Path directory) throws IOException {
        Court court = Courts.byCode(COURT);
        LocalDate filter = month.minusMonths(2).atDay(1);
        DeliveryStyle style = CourtStyles.of(court, Feed.TRIAL).toBuilder()
                .fileName("桐柏_{feed}_{y}年{mm}月（重报）").plantings(List.of()).build();
        GeneratedFile file = new DeliveryWriter(world, seed, court, Feed.TRIAL, month, style,
                c -> !c.filedOn().isBefore(filter)).writeTo(directory);
        return List.of(new HeldResend(file.file(), court.code(), Feed.TRIAL.id(), String.format(
                "held for review (resend_shrink): exported with 立案日期 from %s only, %d cases instead of the"
                        + " published slice's whole year", filter, file.rows())));
    }
}
