package org.courtstats.indicators;

import java.util.HashMap;
import java.util.Map;
import org.courtstats.ingest.SourceRow;

/** The header row of a reference file a statistician edits (standards, 案由 groups). */
final class ReferenceFileHeader {

    private ReferenceFileHeader() {
    }

    /**
     * @param headers each accepted header text (Chinese or English) to its column's code
     * @return each column code found to its 0-based position, the first occurrence winning; unknown
     *         headers are ignored, and checking the required ones is the caller's (its message names them)
     */
    static Map<String, Integer> columns(SourceRow header, Map<String, String> headers) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String column = headers.get(header.cell(i).text().strip());
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }
}
