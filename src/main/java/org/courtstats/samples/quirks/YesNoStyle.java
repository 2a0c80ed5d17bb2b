package org.courtstats.samples.quirks;

import org.courtstats.samples.files.CellValue;

/** How a court writes yes and no (feeds.md section 3). */
enum YesNoStyle {
    CHINESE("是", "否"),
    LETTERS("Y", "N"),
    DIGITS("1", "0"),
    TICKS("√", "×"),
    /** Boolean cells in a workbook (TRUE/FALSE). */
    BOOLEAN_CELLS(null, null);

    private final String yes;
    private final String no;

    YesNoStyle(String yes, String no) {
        this.yes = yes;
        this.no = no;
    }

    CellValue cell(boolean value) {
        if (this == BOOLEAN_CELLS) {
            return new CellValue.Bool(value);
        }
        return new CellValue.Text(value ? yes : no);
    }
}
