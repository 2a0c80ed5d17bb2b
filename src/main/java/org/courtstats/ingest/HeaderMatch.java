package org.courtstats.ingest;

import java.util.List;
import org.courtstats.vocabulary.Feed;
import org.courtstats.vocabulary.FieldSpec;

/**
 * A header found in a sheet and read as one feed's columns.
 *
 * @param headerRow        Excel row of the (upper) header row
 * @param lastHeaderRow    Excel row of the last header row (the lower one of a two-row header);
 *                         data starts below it
 * @param headersAsWritten per column, the header as written (the lower cell of a two-row header, or
 *                         the upper one where the lower is empty)
 * @param unknownColumns   headers that name no field of the feed (ignored, listed in the load report)
 * @param missingColumns   fields the feed requires whose column is absent
 * @param duplicateColumns columns naming a field that an earlier column already names, for fields
 *                         whose values count (a second 案号 or 结案日期; a second free-text column such
 *                         as 承办人 is only ignored and listed among the unknown ones)
 * @param specificMatches  columns whose header only this feed uses (to tell feeds apart)
 */
public record HeaderMatch(int headerRow, int lastHeaderRow, Feed feed, List<ColumnBinding> bindings,
                          List<String> headersAsWritten, List<String> unknownColumns,
                          List<FieldSpec> missingColumns, List<DuplicateColumn> duplicateColumns,
                          int specificMatches) {

    /** A column that names the same field as {@code first}, an earlier column. */
    public record DuplicateColumn(ColumnBinding first, int column, String header) {
    }

    public boolean isComplete() {
        return missingColumns.isEmpty();
    }
}
