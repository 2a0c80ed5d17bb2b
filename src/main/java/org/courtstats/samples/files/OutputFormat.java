package org.courtstats.samples.files;

/** The file formats courts deliver (feeds.md section 5). */
public enum OutputFormat {
    XLSX(".xlsx", "xlsx"),
    /** Excel 97-2003, as WPS Office and older systems still write. */
    XLS(".xls", "xls"),
    CSV_UTF8_BOM(".csv", "csv utf-8 bom"),
    CSV_UTF8(".csv", "csv utf-8"),
    CSV_GBK(".csv", "csv gbk"),
    TSV_UTF8(".txt", "txt tab utf-8");

    /** A .xls sheet holds at most 65 536 rows; larger deliveries fall back to .xlsx. */
    static final int XLS_MAX_ROWS = 65_536;

    private final String extension;
    private final String label;

    OutputFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    /** The short name used in the summary. */
    public String label() {
        return label;
    }

    public boolean excel() {
        return this == XLSX || this == XLS;
    }

    /** This format, or .xlsx when a .xls sheet could not hold that many rows. */
    public OutputFormat fitting(int rows) {
        return this == XLS && rows > XLS_MAX_ROWS ? XLSX : this;
    }
}
