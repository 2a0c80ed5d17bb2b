package org.courtstats.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Opens a delivery file as a {@link Spreadsheet}, deciding its real format from its bytes, never from
 * its name: courts' systems export HTML, CSV and .xls files under any extension.
 *
 * <ul>
 *   <li>a zip that is an Office Open XML workbook: .xlsx (also .xlsm, .xltx), read streaming;</li>
 *   <li>an OLE2 compound file holding a BIFF8 workbook: .xls (also WPS .et);</li>
 *   <li>an HTML page (starting, after any byte order mark, white space and comments, with
 *       {@code <!DOCTYPE html}, {@code <html}, {@code <table}, {@code <head}, {@code <body},
 *       {@code <meta}, {@code <title} or {@code <style}, in any case): its table rows;</li>
 *   <li>any other text in UTF-8, GB18030/GBK or UTF-16 with a byte order mark: CSV, or
 *       tab-separated text when the first line holding a separator has more tabs than commas (or
 *       has a tab in a {@code .txt} file).</li>
 * </ul>
 *
 * Everything else is refused with an {@link UnreadableFileException} whose Chinese message names the
 * file, says what it looks like and what the court should do: an empty file, a password-protected
 * workbook, an Excel 95 or older workbook, a workbook in a format that must be re-saved (.xlsb, .ods,
 * Strict Open XML, Excel 2003 XML, single-file web page), a PDF, Word or image file, an archive, a
 * binary file, or text in an unknown encoding.
 */
public final class Spreadsheets {

    /** How many leading bytes decide the format; enough for HTML preambles and separator counting. */
    static final int HEAD_BYTES = 8192;

    private static final String[] HTML_STARTS = {
        "<!doctype html", "<html", "<table", "<head", "<body", "<meta", "<title", "<style"
    };

    private Spreadsheets() {
    }

    /**
     * Opens {@code file} for reading; close the result when done.
     *
     * @throws UnreadableFileException when the file cannot be read as a table at all
     */
    public static Spreadsheet open(Path file) {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableFileException(Messages.file(name) + "为空（0 字节），没有任何数据；请重新导出后报送");
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD_BYTES);
            }
            return switch (FileMagic.valueOf(head)) {
                case OOXML -> XlsxSpreadsheet.open(file);
                case OLE2 -> XlsSpreadsheet.open(file);
                case BIFF2, BIFF3, BIFF4 -> throw refused(name, "是 Excel 4.0 或更早版本的工作簿，无法读取；"
                        + Messages.RESAVE_AS_XLSX);
                case PDF -> throw refused(name, "实为 PDF 文档，不是表格；" + Messages.SEND_EXPORT);
                case RTF, WORD2, MSWRITE -> throw refused(name, "实为 Word 或写字板文档，不是表格；" + Messages.SEND_EXPORT);
                case JPEG, GIF, PNG, TIFF, BMP, WMF, EMF -> throw refused(name, "实为图片，不是表格；" + Messages.SEND_EXPORT);
                default -> openTextLike(file, name, head, size);
            };
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(Messages.file(name) + "不存在", e);
        } catch (IOException e) {
            throw new UnreadableFileException(Messages.file(name) + "无法读取（" + e.getMessage()
                    + "）；请确认文件完整、未被其他程序占用后重试", e);
        }
    }

    /** Files without a binary signature POI knows: HTML, other markup, archives, binary data or text. */
    private static Spreadsheet openTextLike(Path file, String name, byte[] head, long size) throws IOException {
        TextEncoding bom = TextEncoding.fromByteOrderMark(head);
        int offset = bom == null ? 0 : bom.bomLength();
        // Markers are ASCII, so a byte-per-char view serves every encoding but UTF-16.
        String start = new String(head, offset, head.length - offset,
                bom == null ? StandardCharsets.ISO_8859_1 : bom.charset());
        String markup = skipBlanksAndComments(start).toLowerCase(Locale.ROOT);

        if (start.isBlank() && isBlank(file, head, size, bom)) {
            throw refused(name, "为空（只有空白字符），没有任何数据；请重新导出后报送");
        }
        for (String htmlStart : HTML_STARTS) {
            if (markup.startsWith(htmlStart)) {
                return HtmlSpreadsheet.open(file, name, head);
            }
        }
        if (markup.startsWith("<?xml")) {
            String lower = start.toLowerCase(Locale.ROOT);
            if (lower.contains("urn:schemas-microsoft-com:office:spreadsheet") || lower.contains("excel.sheet")) {
                throw refused(name, "实为 Excel 2003 XML 表格，无法直接读取；" + Messages.RESAVE_AS_XLSX);
            }
            if (lower.contains("<html")) {
                return HtmlSpreadsheet.open(file, name, head);
            }
            throw refused(name, "实为 XML 文件，不是表格；" + Messages.SEND_EXPORT);
        }
        if (markup.startsWith("mime-version:")) {
            throw refused(name, "实为“单个文件网页”（MHT），无法直接读取；" + Messages.RESAVE_AS_XLSX);
        }
        if (bom == null) {
            String archive = archiveKind(head);
            if (archive != null) {
                throw refused(name, "实为" + archive + "压缩包，不是表格；请解压后报送其中的 Excel 或 CSV 文件");
            }
            if (mostlyBinary(head)) {
                throw refused(name, "不是表格文件，也不是普通文本（含有二进制内容）；" + Messages.SEND_EXPORT
                        + "（如果是 Excel 导出的“Unicode 文本”，请改为另存为 UTF-8 CSV）");
            }
        }
        return DelimitedTextSpreadsheet.open(file, name, head);
    }

    private static UnreadableFileException refused(String name, String what) {
        return new UnreadableFileException(Messages.file(name) + what);
    }

    /** The text from the first character that is neither white space nor inside a leading comment. */
    private static String skipBlanksAndComments(String text) {
        int i = 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (!text.startsWith("<!--", i)) {
                return text.substring(i);
            }
            int end = text.indexOf("-->", i + 4);
            if (end < 0) {
                return "";
            }
            i = end + 3;
        }
    }

    /**
     * Whether the file holds only white space after its byte order mark. The head decides for small
     * files; a longer run of white space is followed to its end, which stops at the first other byte.
     */
    private static boolean isBlank(Path file, byte[] head, long size, TextEncoding bom) throws IOException {
        if (size <= head.length) {
            return true;
        }
        boolean utf16 = bom != null && bom.bomLength() == 2;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(head.length);
            int b;
            while ((b = in.read()) >= 0) {
                // In UTF-16 the other byte of an ASCII space is 0.
                if (!(b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || (utf16 && b == 0))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A name for an archive format, or null. A zip starting with a local file header was already sent to
     * the workbook check; what is left here is an empty or split zip, or another archiver's file.
     * Signatures are matched in full, so a CSV whose first field happens to start "PK" stays a CSV.
     */
    private static String archiveKind(byte[] head) {
        if (startsWith(head, 'P', 'K', 5, 6) || startsWith(head, 'P', 'K', 7, 8)) {
            return " ZIP ";
        }
        if (startsWith(head, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return " RAR ";
        }
        if (startsWith(head, '7', 'z', 0xBC, 0xAF)) {
            return " 7z ";
        }
        if (startsWith(head, 0x1F, 0x8B)) {
            return " gzip ";
        }
        return null;
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether NUL bytes are common in the head (several, and more than one byte in a hundred): a binary
     * file, or UTF-16 text without a byte order mark. A stray NUL in text is left to the text reader,
     * which refuses the file naming its row and column, so the court knows where to look.
     */
    private static boolean mostlyBinary(byte[] head) {
        int nuls = 0;
        for (byte b : head) {
            if (b == 0) {
                nuls++;
            }
        }
        return nuls > 1 && nuls * 100 > head.length;
    }
}
