package org.courtstats.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.courtstats.vocabulary.CaseField;
import org.courtstats.vocabulary.Feed;
import org.courtstats.vocabulary.FeedDeclarations;
import org.courtstats.vocabulary.Feeds;
import org.courtstats.vocabulary.FieldSpec;
import org.courtstats.vocabulary.ValueType;

/**
 * Finds the header of a sheet below any title rows and reads it as each feed's columns (feeds.md
 * sections 2 and 5).
 *
 * <p>The header is the first row, within the first 20, that names a case-number column (or the key
 * of a register keyed otherwise, 申请编号, with another of its columns). When the
 * row below it continues it (it holds known headers too), the two form one header: the lower cell
 * names the column, the upper cell names it only where the lower one is empty (a vertical merge),
 * and an upper cell spanning several columns (a horizontal merge, seen as an upper cell followed by
 * empty ones over named lower cells) only supplies a unit such as 万元. A row above the case-number
 * row that holds several cells and is continued by it is the upper row of such a header.
 */
public final class HeaderDetector {

    /** feeds.md: the header is within the first 20 rows. */
    public static final int LAST_HEADER_ROW = 20;

    /** Years, dates, case numbers and amounts have them; header words do not. */
    private static final java.util.regex.Pattern FOUR_DIGITS = java.util.regex.Pattern.compile("\\d{4}");

    private final Map<String, List<Known>> knownHeaders = new HashMap<>();

    /** A header text that names a field of a feed. */
    private record Known(Feed feed, FieldSpec spec) {
    }

    private final Feeds feeds;

    /** Reads headers as the feeds shipped in jobs/feeds/. */
    public HeaderDetector() {
        this(FeedDeclarations.builtIn());
    }

    public HeaderDetector(Feeds feeds) {
        this.feeds = feeds;
        for (Feed feed : feeds.all()) {
            for (FieldSpec spec : feed.fields()) {
                for (String header : spec.headers()) {
                    knownHeaders.computeIfAbsent(header, h -> new ArrayList<>()).add(new Known(feed, spec));
                }
            }
        }
    }

    /**
     * Reads the header among the given leading rows of a sheet.
     *
     * @param leadingRows the sheet's first non-blank rows, at least those up to Excel row 21
     * @return every feed's reading of the header, best first (most columns only that feed uses, then
     *     most columns known); empty when no row names a case-number column
     */
    public List<HeaderMatch> detect(List<SourceRow> leadingRows) {
        for (int i = 0; i < leadingRows.size() && leadingRows.get(i).rowNumber() <= LAST_HEADER_ROW; i++) {
            SourceRow upper = leadingRows.get(i);
            SourceRow lower = i + 1 < leadingRows.size()
                    && leadingRows.get(i + 1).rowNumber() == upper.rowNumber() + 1 ? leadingRows.get(i + 1) : null;
            List<HeaderText> single = texts(upper);
            if (namesCaseNumber(single)) {
                List<HeaderMatch> oneRow = readings(upper.rowNumber(), upper.rowNumber(), withOwnUnits(single));
                if (lower != null && continuesHeader(lower)) {
                    List<HeaderMatch> twoRows = readings(upper.rowNumber(), lower.rowNumber(), combine(upper, lower));
                    // Only when the lower row names columns the upper one does not, or restates a column
                    // whose values are typed: a first data row that happens to hold a header word
                    // (承办部门 "审判庭") does neither, while 诉讼标的额 under 标的额（万元） cannot be an amount.
                    int named = twoRows.get(0).bindings().size();
                    if (named > oneRow.get(0).bindings().size()
                            || named == oneRow.get(0).bindings().size() && restatesTypedColumns(upper, lower, oneRow.get(0))) {
                        return twoRows;
                    }
                }
                return oneRow;
            }
            if (lower != null && nonBlankCells(upper) >= 2 && continuesHeader(lower)) {
                List<Column> combined = combine(upper, lower);
                if (namesCaseNumber(combined.stream().map(Column::text).toList())) {
                    return readings(upper.rowNumber(), lower.rowNumber(), combined);
                }
            }
        }
        return List.of();
    }

    /** A column's header text and the multiplier of its unit (its own, or its group's). */
    private record Column(HeaderText text, String asWritten, BigDecimal multiplier) {
    }

    private List<HeaderMatch> readings(int headerRow, int lastHeaderRow, List<Column> columns) {
        List<HeaderMatch> matches = new ArrayList<>();
        for (Feed feed : feeds.all()) {
            matches.add(read(feed, headerRow, lastHeaderRow, columns));
        }
        matches.sort(Comparator.comparingInt(HeaderMatch::specificMatches)
                .thenComparingInt(match -> match.bindings().size())
                .reversed());
        return matches;
    }

    private HeaderMatch read(Feed feed, int headerRow, int lastHeaderRow, List<Column> columns) {
        List<ColumnBinding> bindings = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<HeaderMatch.DuplicateColumn> duplicates = new ArrayList<>();
        Map<String, ColumnBinding> bound = new HashMap<>();
        int specific = 0;
        for (int index = 0; index < columns.size(); index++) {
            Column column = columns.get(index);
            if (column.text().isEmpty()) {
                continue;
            }
            List<Known> known = knownHeaders.getOrDefault(column.text().name(), List.of());
            Optional<Known> forFeed = known.stream().filter(k -> k.feed() == feed).findFirst();
            if (forFeed.isEmpty()) {
                unknown.add(column.asWritten());
                continue;
            }
            FieldSpec spec = forFeed.get().spec();
            ColumnBinding first = bound.get(spec.code());
            if (first != null) {
                if (spec.type() == ValueType.TEXT) {
                    unknown.add(column.asWritten()); // no figure depends on free text: the first column is read
                } else {
                    duplicates.add(new HeaderMatch.DuplicateColumn(first, index, column.asWritten()));
                }
                continue;
            }
            ColumnBinding binding = new ColumnBinding(index, spec, column.asWritten(), spec.typeFor(column.text().name()),
                    column.multiplier());
            bound.put(spec.code(), binding);
            bindings.add(binding);
            if (known.stream().allMatch(k -> k.feed() == feed)) {
                specific++;
            }
        }
        List<FieldSpec> missing = feed.fields().stream()
                .filter(spec -> spec.columnRequired() && !bound.containsKey(spec.code()))
                .toList();
        List<String> asWritten = columns.stream().map(Column::asWritten).toList();
        return new HeaderMatch(headerRow, lastHeaderRow, feed, bindings, asWritten, unknown, missing, duplicates, specific);
    }

    /**
     * Whether a row names a feed's key column: a case-number column, or the key of a register keyed
     * otherwise (申请编号) next to another column of that register — 编号 alone is too common a
     * column (a row number) to make a row a header.
     */
    private boolean namesCaseNumber(List<HeaderText> texts) {
        List<Known> named = texts.stream().flatMap(text -> knownHeaders.getOrDefault(text.name(), List.of()).stream())
                .toList();
        return named.stream().anyMatch(known -> known.spec().field() == CaseField.CASE_NO
                || known.spec().code().equals(known.feed().keyField()) && named.stream()
                        .anyMatch(other -> other.feed() == known.feed() && other.spec() != known.spec()));
    }

    /** The row below holds known headers and nothing that looks like data (numbers, dates, case numbers). */
    private boolean continuesHeader(SourceRow row) {
        boolean looksLikeData = row.cells().stream().anyMatch(cell -> cell.kind() == CellKind.NUMBER
                || cell.kind() == CellKind.DATE || FOUR_DIGITS.matcher(cell.text()).find());
        return !looksLikeData && texts(row).stream().anyMatch(text -> knownHeaders.containsKey(text.name()));
    }

    /**
     * Whether every non-empty cell of the row below a header is a header word, at least one of them
     * naming again, under the cell above it, a field whose values are typed (a date, an amount, a
     * case number …): words that no data row could hold in that column. A row that only repeats the
     * header word for word is not a second header row but the header written twice (skipped as such).
     */
    private boolean restatesTypedColumns(SourceRow upper, SourceRow lower, HeaderMatch upperReading) {
        boolean restated = false;
        boolean reworded = false;
        for (int index = 0; index < lower.cells().size(); index++) {
            HeaderText text = HeaderText.of(lower.cell(index).text());
            if (text.isEmpty()) {
                continue;
            }
            reworded |= !text.equals(HeaderText.of(upper.cell(index).text()));
            List<Known> known = knownHeaders.get(text.name());
            if (known == null) {
                return false;
            }
            int column = index;
            Optional<ColumnBinding> above = upperReading.bindings().stream()
                    .filter(binding -> binding.column() == column).findFirst();
            if (above.isPresent() && above.get().type() != ValueType.TEXT && known.stream()
                    .anyMatch(k -> k.feed() == upperReading.feed() && k.spec().code().equals(above.get().spec().code()))) {
                restated = true;
            }
        }
        return restated && reworded;
    }

    private List<Column> withOwnUnits(List<HeaderText> texts) {
        return texts.stream().map(text -> new Column(text, asWritten(text), text.multiplier())).toList();
    }

    private List<Column> combine(SourceRow upper, SourceRow lower) {
        int width = Math.max(upper.cells().size(), lower.cells().size());
        List<Column> columns = new ArrayList<>(width);
        HeaderText group = null;
        for (int index = 0; index < width; index++) {
            HeaderText top = HeaderText.of(upper.cell(index).text());
            HeaderText bottom = HeaderText.of(lower.cell(index).text());
            if (!top.isEmpty() && !bottom.isEmpty()) {
                group = top; // an upper cell spanning the columns to its right
            } else if (!top.isEmpty() || bottom.isEmpty()) {
                group = null;
            }
            HeaderText text = bottom.isEmpty() ? top : bottom;
            BigDecimal multiplier = text.unit() != null || group == null || bottom.isEmpty()
                    ? text.multiplier() : group.multiplier();
            columns.add(new Column(text, asWritten(text), multiplier));
        }
        return columns;
    }

    private static String asWritten(HeaderText text) {
        return text.unit() == null ? text.name() : text.name() + "（" + text.unit() + "）";
    }

    private static List<HeaderText> texts(SourceRow row) {
        return row.cells().stream().map(cell -> HeaderText.of(cell.text())).toList();
    }

    private static int nonBlankCells(SourceRow row) {
        return (int) row.cells().stream().filter(cell -> !cell.isBlank()).count();
    }
}
