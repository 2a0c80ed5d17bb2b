package org.courtstats.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monthly bulletin (月度通报) as an .xlsx workbook: a cover sheet with the city's figures, then a
 * sheet of rankings and charts per indicator group. Made with XSSF, not the streaming SXSSF, because
 * only XSSF draws charts; a bulletin is a few hundred rows.
 */
public final class BulletinWorkbook {

    /** The name of the sheet of {@link #TRIAL_MANAGEMENT}. */
    static final String TRIAL_MANAGEMENT_SHEET = "审判管理";

    /**
     * The indicators of 审判管理 (issue #15: 四类案件, 联系法官, 网上立案), by catalogue code, in the order
     * the sheet shows them, with the name shown while the mart has no value for one.
     */
    static final Map<String, String> TRIAL_MANAGEMENT = trialManagement();

    /** The groups (feeds) of 审判管理's indicators in the catalogue: the registers. */
    private static final Set<String> TRIAL_MANAGEMENT_GROUPS = Set.of("supervision", "judge_contact", "online_filing");

    private static Map<String, String> trialManagement() {
        Map<String, String> indicators = new LinkedHashMap<>();
        indicators.put("supervision_flag_rate", "四类案件标注率（%）");
        indicators.put("supervision_rate", "四类案件监管率（%）");
        indicators.put("supervision_feedback_rate", "四类案件反馈率（%）");
        indicators.put("contact_timely_reply_rate", "联系法官及时回复率（%）");
        indicators.put("online_filing_review_rate", "网上立案3日内审核率（%）");
        indicators.put("online_filing_pass_rate", "网上立案审核通过率（%）");
        return Collections.unmodifiableMap(indicators);
    }

    private BulletinWorkbook() {
    }

    public static void write(MonthFigures figures, Path file) throws IOException {
        write(figures, List.of(), file);
    }

    /** The bulletin with a sheet per case domain after the groups' (民事, 刑事, 行政, 执行). */
    public static void write(MonthFigures figures, List<DomainFigures> domains, Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            BulletinStyles styles = new BulletinStyles(workbook);
            new CoverSheet(figures, domains, styles).write(workbook);
            for (String group : MonthFigures.GROUPS.keySet()) {
                if (hasOwnSheet(figures, group)) {
                    new GroupSheet(figures, styles, group).write(workbook);
                }
            }
            GroupSheet.of(figures, styles, TRIAL_MANAGEMENT_SHEET, TRIAL_MANAGEMENT).write(workbook);
            for (DomainFigures domain : domains) {
                new GroupSheet(domain.figures(), styles, domain.group(), domain.domain()).write(workbook);
            }
            workbook.getProperties().getCoreProperties().setTitle(
                    figures.period() + " 全市法院审判执行质效指标通报");
            workbook.getProperties().getCoreProperties().setCreator(figures.issuer());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /**
     * Whether a group gets a sheet of its own: every group as before, but a register's, whose indicators
     * are on 审判管理, only when the catalogue gives it others that have values.
     */
    private static boolean hasOwnSheet(MonthFigures figures, String group) {
        return !TRIAL_MANAGEMENT_GROUPS.contains(group) || figures.values().stream()
                .anyMatch(v -> v.group().equals(group) && !TRIAL_MANAGEMENT.containsKey(v.indicatorCode()));
    }

    /**
     * A4, as wide as the page (as many pages down as it takes), centred, the title and heading rows
     * (down to {@code headerRow}) repeated on every page and the page number in the footer.
     */
    static void printOnA4(Sheet sheet, boolean landscape, int headerRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
        // &P and &N: the page number and the number of pages (the header and footer codes of Excel).
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }
}
