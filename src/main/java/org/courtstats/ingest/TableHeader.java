package org.courtstats.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header of a table that is not a court's feed (the province's figures), found below any title
 * rows as the feeds' headers are: the first row within the first {@link HeaderDetector#LAST_HEADER_ROW}
 * that names every required column, each header cell compared as {@link HeaderText} does (spaces
 * anywhere, full-width letters and digits, a trailing unit in brackets ignored).
 *
 * @param rowNumber the header's row as Excel shows it
 * @param columns   column name (the aliases' values) to the index of its first cell
 */
public record TableHeader(int rowNumber, Map<String, Integer> columns) {

    /**
     * @param leadingRows the sheet's first non-blank rows
     * @param aliases     header text as written (compared after folding) to the column it names
     * @param required    the columns a header must name
     */
    public static Optional<TableHeader> find(List<SourceRow> leadingRows, Map<String, String> aliases,
                                             Collection<String> required) {
        Map<String, String> folded = new HashMap<>();
        aliases.forEach((text, column) -> folded.put(HeaderText.of(text).name(), column));
        for (SourceRow row : leadingRows) {
            if (row.rowNumber() > HeaderDetector.LAST_HEADER_ROW) {
                break;
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < row.cells().size(); i++) {
                String column = folded.get(HeaderText.of(row.cell(i).text()).name());
                if (column != null) {
                    columns.putIfAbsent(column, i);
                }
            }
            if (columns.keySet().containsAll(required)) {
                return Optional.of(new TableHeader(row.rowNumber(), Map.copyOf(columns)));
            }
        }
        return Optional.empty();
    }
}
