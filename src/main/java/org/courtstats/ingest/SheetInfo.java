package org.courtstats.ingest;

/**
 * A sheet of a workbook in workbook order ({@code index} from 0). A CSV or text file has exactly one
 * sheet, named after the file without its extension.
 */
public record SheetInfo(int index, String name, boolean hidden) {
}
