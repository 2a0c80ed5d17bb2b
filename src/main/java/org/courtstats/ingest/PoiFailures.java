package org.courtstats.ingest;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;

/**
 * Turns whatever POI, the zip layer or the XML parser threw while reading a workbook into the
 * Chinese refusal a court can act on, keeping the original as the cause. POI signals its safety
 * limits only through exception messages, so those are recognised by their fixed English wording.
 */
final class PoiFailures {

    private static final int MAX_CAUSE_DEPTH = 20;

    private PoiFailures() {
    }

    /**
     * @param where the file, and the sheet and row when known (see {@link Messages#at})
     */
    static UnreadableFileException translate(String where, Throwable failure) {
        if (failure instanceof UnreadableFileException refusal) {
            return refusal;
        }
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSE_DEPTH; depth++, t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return passwordProtected(where, failure);
            }
            if (t instanceof OldFileFormatException) {
                return oldExcel(where, failure);
            }
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            if (message.contains("Zip bomb detected")) {
                String what = message.contains("max. ratio") ? "压缩比例异常" : "解压后体积异常巨大";
                return new UnreadableFileException(where + what + "（疑似压缩炸弹），已拒收；请重新从系统导出", failure);
            }
            if (message.contains("DOCTYPE")) {
                return new UnreadableFileException(where + "内部的 XML 含有 DOCTYPE 声明（可引用外部内容，"
                        + "存在安全风险），已拒收；" + Messages.RESAVE_AS_XLSX, failure);
            }
        }
        return new UnreadableFileException(where + "已损坏或不完整，无法打开；请重新导出后报送", failure);
    }

    /** A workbook encrypted with an open password (.xlsx in an OLE2 envelope, or .xls with FILEPASS). */
    static UnreadableFileException passwordProtected(String where, Throwable cause) {
        return new UnreadableFileException(where + "设有打开密码（已加密），无法读取；"
                + "请在 Excel 中取消打开密码（文件→信息→保护工作簿→用密码进行加密，清空密码）后重新报送", cause);
    }

    /** A BIFF5 (Excel 5.0/95) or older workbook, which POI's event API cannot read. */
    static UnreadableFileException oldExcel(String where, Throwable cause) {
        return new UnreadableFileException(where + "是 Excel 5.0/95 或更早版本的工作簿，无法读取；"
                + Messages.RESAVE_AS_XLSX, cause);
    }
}
