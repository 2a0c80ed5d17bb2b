package org.courtstats.ingest;

/** The real format of a delivery file, decided from its bytes. */
public enum FileFormat {
    XLSX("Excel 工作簿 (.xlsx)"),
    XLS("Excel 97-2003 工作簿 (.xls)"),
    CSV("CSV 文本"),
    TSV("制表符分隔文本"),
    HTML("网页表格 (HTML)");

    private final String label;

    FileFormat(String label) {
        this.label = label;
    }

    /** The Chinese name a statistician recognises, used in messages. */
    public String label() {
        return label;
    }
}
