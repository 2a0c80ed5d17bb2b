package org.courtstats.samples.quirks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.courtstats.samples.files.OutputFormat;
import org.courtstats.samples.world.Court;
import org.courtstats.samples.world.Courts;
import org.courtstats.samples.world.Feed;
import org.courtstats.samples.world.Field;
import org.junit.jupiter.api.Test;

/**
 * A guard on the style table: every quirk feeds.md allows is shown by at least one court, and no two
 * courts' exports look the same. Removing the last court with a quirk fails here, not in the pipeline.
 */
class CourtStylesTest {

    private static final List<DeliveryStyle> ALL = Courts.ALL.stream()
            .flatMap(court -> EnumSet.allOf(Feed.class).stream().map(feed -> CourtStyles.of(court, feed))).toList();

    @Test
    void everyFormatDateAmountYesNoAndSpellingStyleIsUsed() {
        assertThat(ALL.stream().map(DeliveryStyle::format)).containsAll(EnumSet.allOf(OutputFormat.class));
        Set<DateStyle> dates = EnumSet.noneOf(DateStyle.class);
        ALL.forEach(s -> dates.addAll(List.of(s.filedDates(), s.closedDates(), s.deadlineDates())));
        assertThat(dates).containsAll(EnumSet.allOf(DateStyle.class));
        assertThat(ALL.stream().flatMap(s -> s.amountStyles().stream())).containsAll(EnumSet.allOf(AmountStyle.class));
        assertThat(ALL.stream().map(DeliveryStyle::yesNo)).containsAll(EnumSet.allOf(YesNoStyle.class));
        assertThat(ALL.stream().map(DeliveryStyle::vocabulary)).containsAll(EnumSet.allOf(Vocabulary.class));
        assertThat(ALL.stream().map(DeliveryStyle::naming)).containsAll(EnumSet.allOf(HeaderNaming.class));
        Set<CaseNoStyle.Spelling> spellings = EnumSet.noneOf(CaseNoStyle.Spelling.class);
        ALL.forEach(s -> {
            spellings.add(s.caseNos().usual());
            spellings.addAll(s.caseNos().variants());
        });
        assertThat(spellings).containsAll(EnumSet.allOf(CaseNoStyle.Spelling.class));
        assertThat(ALL.stream().flatMap(s -> s.emptyMarkers().stream())).contains("", "-", "—", "/", "无");
        assertThat(ALL).anyMatch(DeliveryStyle::padded);
    }

    @Test
    void everyLayoutQuirkIsUsed() {
        assertThat(ALL.stream().map(DeliveryStyle::extraSheet)).containsAll(EnumSet.allOf(DeliveryStyle.ExtraSheet.class));
        assertThat(ALL.stream().map(DeliveryStyle::amountHeader)).containsAll(EnumSet.allOf(DeliveryStyle.AmountHeader.class));
        assertThat(ALL.stream().map(DeliveryStyle::deadlineColumns))
                .containsAll(EnumSet.allOf(DeliveryStyle.DeadlineColumns.class));
        assertThat(ALL).anyMatch(DeliveryStyle::titleRows).anyMatch(s -> !s.titleRows())
                .anyMatch(DeliveryStyle::deadlineGroup).anyMatch(DeliveryStyle::hearingsAsYesNo)
                .anyMatch(DeliveryStyle::shuffled).anyMatch(DeliveryStyle::totalsRow)
                .anyMatch(DeliveryStyle::notesRows).anyMatch(DeliveryStyle::blankRows)
                .anyMatch(DeliveryStyle::oldClosedRows);
        assertThat(ALL).as("a basic court's trial file without 原审案号")
                .anyMatch(s -> s.omitted().contains(Field.ORIGINAL_CASE_NO));
        assertThat(CourtStyles.of(Courts.INTERMEDIATE, Feed.TRIAL).omitted()).as("豫13 needs it for its appeals")
                .doesNotContain(Field.ORIGINAL_CASE_NO);
        assertThat(ALL.stream().flatMap(s -> s.extraColumns().stream()))
                .contains(Field.SEQUENCE, Field.PARTIES, Field.REMARK, Field.LITIGATION_FEE, Field.DISPUTE_TYPE);
    }

    @Test
    void everyDefectIsPlantedByAtLeastOneCourt() {
        assertThat(ALL.stream().flatMap(s -> s.plantings().stream()).map(Planting::defect))
                .containsAll(EnumSet.allOf(Defect.class));
    }

    @Test
    void noTwoCourtsLookAlikeAndEveryFileNameNamesItsCourt() {
        Set<List<DeliveryStyle>> distinct = new HashSet<>();
        YearMonth month = YearMonth.of(2024, 8);
        for (Court court : Courts.ALL) {
            List<DeliveryStyle> styles = EnumSet.allOf(Feed.class).stream().map(f -> CourtStyles.of(court, f)).toList();
            assertThat(distinct.add(styles)).as(court.code()).isTrue();
            for (Feed feed : Feed.values()) {
                String name = CourtStyles.of(court, feed).fileName(feed, month);
                assertThat(court.names()).as(name).anyMatch(name::contains);
                Courts.ALL.stream().filter(other -> other != court)
                        .forEach(other -> assertThat(name).as(name).doesNotContain(other.shortName()));
            }
        }
    }
}
