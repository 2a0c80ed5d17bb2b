package org.courtstats.inspection;

import java.util.List;
import org.courtstats.ingest.FileFormat;
import org.courtstats.ingest.HeaderMatch;
import org.courtstats.ingest.SheetInfo;

/**
 * What a delivery file was found to be before its rows are loaded: its real format, the sheet and
 * header read, its feed and the court its case numbers belong to.
 *
 * @param ignoredSheets sheets not read (hidden ones, and those before or after the data sheet)
 */
public record Inspection(FileFormat format, SheetInfo sheet, HeaderMatch header, String courtCode,
                         List<String> ignoredSheets) {
}
