package org.courtstats.ingest;

/**
 * Building blocks of the Chinese messages shown to courts, so every refusal names the file (and the
 * sheet and row where known) the same way.
 */
public final class Messages {

    /** What a court is asked to do when its file cannot be read as it is. */
    static final String RESAVE_AS_XLSX = "请在 Excel 中打开后另存为 .xlsx 再报送";
    static final String SEND_EXPORT = "请报送从系统导出的 Excel（.xlsx/.xls）或 CSV 文件";

    private Messages() {
    }

    /** {@code 文件“x.xlsx”} */
    public static String file(String fileName) {
        return "文件“" + fileName + "”";
    }

    /** {@code 文件“x.xlsx”工作表“Sheet1”第 12 行}, leaving out what is not known (null sheet, row 0). */
    public static String at(String fileName, String sheet, int row) {
        StringBuilder where = new StringBuilder(file(fileName));
        if (sheet != null) {
            where.append("工作表“").append(sheet).append('”');
        }
        if (row > 0) {
            where.append("第 ").append(row).append(" 行");
        }
        return where.toString();
    }

    /** The file name without its last extension: the sheet name of a CSV, text or HTML file. */
    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
