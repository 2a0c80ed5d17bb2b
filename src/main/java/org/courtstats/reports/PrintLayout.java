package org.courtstats.reports;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** How the workbooks a court prints (rejected rows, the cases behind a figure) come out of the printer. */
final class PrintLayout {

    private PrintLayout() {
    }

    /**
     * A4 landscape, one page wide and as many down as it takes, the given rows repeated at the top of
     * every page, pages numbered in the footer after {@code footer} (empty for the number alone).
     */
    static void a4Landscape(Sheet sheet, int firstRepeatedRow, int lastRepeatedRow, String footer) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setRepeatingRows(new CellRangeAddress(firstRepeatedRow, lastRepeatedRow, -1, -1));
        // &P and &N: the page number and the number of pages (Excel's header and footer codes).
        sheet.getFooter().setCenter((footer.isEmpty() ? "" : footer + "　") + "第 &P 页，共 &N 页");
    }
}
