package org.courtstats.reports;

import java.util.Arrays;
import java.util.List;
import org.courtstats.vocabulary.ReasonCode;

/**
 * One problem of one data row as a court is shown it: where the row is in the file it sent, the
 * column and value, and what is wrong. A row with two problems is two of these.
 */
public record RowProblem(String courtCode, String courtShortName, String feed, String fileName, String sheet,
                         int rowNumber, String header, String rawValue, String reasonCode, String message) {

    /** The columns of every listing of row problems, in the order of {@link #cells()}. */
    public static final List<String> COLUMNS = List.of("法院", "报表", "文件", "工作表", "行号", "栏目", "原值", "问题", "说明");

    /** The court's short name; its code when it is not a court of the city. */
    public String court() {
        if (courtShortName != null) {
            return courtShortName;
        }
        return courtCode == null ? "（未识别）" : courtCode;
    }

    /** The reason code's Chinese title (日期格式错误 …), or the code when the catalogue lacks it. */
    public String problem() {
        return Arrays.stream(ReasonCode.values()).filter(code -> code.name().equals(reasonCode)).findFirst()
                .map(ReasonCode::title).orElse(reasonCode);
    }

    /** The row's cells under {@link #COLUMNS}: text, except the row number, which stays a number. */
    public List<Object> cells() {
        return Arrays.asList(court(), Labels.feed(feed), fileName, sheet, rowNumber, nullToEmpty(header),
                nullToEmpty(rawValue), problem(), message);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
