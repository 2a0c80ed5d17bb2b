package org.courtstats.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A tolerant, streaming reader of the table rows in an HTML page, built on the JDK alone.
 *
 * <p>It knows just enough HTML for exported tables: {@code <tr>} starts a row, {@code <td>} and
 * {@code <th>} start cells (an unclosed one ends at the next cell or row, as browsers do),
 * {@code </table>} ends a row left open, {@code <br>} is a line break in a cell; other tags are
 * dropped and their text kept; comments, declarations, {@code <script>} and {@code <style>} are
 * skipped. Cell text has its white space collapsed and trimmed, as a browser and Excel show it;
 * character references ({@code &amp;}, {@code &#20013;}, {@code &#x4E2D;}, common named ones) are
 * decoded, {@code &nbsp;} to a plain space. {@code colspan} and {@code rowspan} are honoured the way
 * Excel lays out merged cells: the value sits in the first cell, the covered cells are blank, so
 * the columns below a two-row header stay aligned.
 */
final class HtmlTableCursor implements RowCursor {

    private static final int MAX_COLUMNS = 16384;
    private static final int MAX_ROWSPAN = 65536;
    private static final int MAX_ENTITY_NAME = 32;

    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ensp", "\u2002"),
            Map.entry("emsp", "\u2003"), Map.entry("thinsp", "\u2009"), Map.entry("middot", "·"),
            Map.entry("times", "×"), Map.entry("divide", "÷"), Map.entry("yen", "¥"), Map.entry("deg", "°"),
            Map.entry("plusmn", "±"), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
            Map.entry("hellip", "…"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("laquo", "«"),
            Map.entry("raquo", "»"), Map.entry("copy", "©"), Map.entry("reg", "®"));

    private final String fileName;
    private final String sheetName;
    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int pushedBack = -1;

    private final StringBuilder text = new StringBuilder();
    private boolean pendingSpace;
    private final ArrayList<Cell> cells = new ArrayList<>();
    private int rowNumber;
    private boolean inRow;
    private boolean inCell;
    private boolean finished;
    /** Where the next cell of the current row may start. */
    private int column;
    private int cellColumn;
    private int cellColspan;
    private int cellRowspan;
    /** Per column: how many rows further down a rowspan from above still covers it. */
    private int[] spanBelow = new int[16];
    /** Per column: whether a rowspan from above covers it in the current row. */
    private boolean[] coveredNow = new boolean[16];
    /** Spans of the start tag just parsed. */
    private int tagColspan;
    private int tagRowspan;

    HtmlTableCursor(String fileName, String sheetName, Reader in) {
        this.fileName = fileName;
        this.sheetName = sheetName;
        this.in = in;
    }

    static UnreadableFileException unreadable(String fileName, int row, IOException cause) {
        return new UnreadableFileException(Messages.at(fileName, null, row) + "（网页表格）读取失败（" + cause.getMessage()
                + "）；" + Messages.RESAVE_AS_XLSX, cause);
    }

    @Override
    public SourceRow next() {
        if (finished) {
            return null;
        }
        try {
            int c;
            while ((c = read()) >= 0) {
                if (c == '<') {
                    SourceRow row = markup();
                    if (row != null) {
                        return row;
                    }
                } else if (inCell) {
                    if (c == '&') {
                        appendText(entity());
                    } else {
                        appendChar((char) c);
                    }
                }
            }
            SourceRow last = inRow ? endRow() : null;
            if (last == null) {
                close();
            }
            return last;
        } catch (IOException e) {
            close();
            throw unreadable(fileName, rowNumber, e);
        }
    }

    @Override
    public void close() {
        finished = true;
        try {
            in.close();
        } catch (IOException ignored) {
            // Read-only file: nothing is lost by a failed close.
        }
    }

    /** Handles what follows a {@code <}; returns a row that it completed, if any. */
    private SourceRow markup() throws IOException {
        int c = read();
        if (c == '!') {
            skipCommentOrDeclaration();
            return null;
        }
        if (c == '?') {
            parseAttributes();
            return null;
        }
        boolean closing = c == '/';
        if (closing) {
            c = read();
        }
        if (!isAsciiLetter(c)) {
            // A '<' that starts no tag is text.
            if (inCell) {
                appendChar('<');
                if (closing) {
                    appendChar('/');
                }
            }
            unread(c);
            return null;
        }
        String name = readName(c);
        parseAttributes();
        switch (name) {
            case "tr": {
                SourceRow done = inRow ? endRow() : null;
                if (!closing) {
                    startRow();
                }
                return done;
            }
            case "td":
            case "th":
                if (inCell) {
                    endCell();
                }
                if (!closing) {
                    if (!inRow) {
                        startRow();
                    }
                    startCell();
                }
                return null;
            case "table":
                return inRow ? endRow() : null;
            case "br":
                if (inCell) {
                    text.append('\n');
                    pendingSpace = false;
                }
                return null;
            case "script":
            case "style":
                if (!closing) {
                    skipUntilClosingTag(name);
                }
                return null;
            default:
                return null;
        }
    }

    private void startRow() {
        rowNumber++;
        inRow = true;
        cells.clear();
        column = 0;
        for (int i = 0; i < spanBelow.length; i++) {
            coveredNow[i] = spanBelow[i] > 0;
            if (coveredNow[i]) {
                spanBelow[i]--;
            }
        }
    }

    private void startCell() {
        while (column < coveredNow.length && coveredNow[column]) {
            column++;
        }
        if (column + tagColspan > MAX_COLUMNS) {
            throw new UnreadableFileException(Messages.at(fileName, null, rowNumber) + "（网页表格）超过 Excel 的 "
                    + MAX_COLUMNS + " 列上限，无法读取；" + Messages.RESAVE_AS_XLSX);
        }
        cellColumn = column;
        cellColspan = tagColspan;
        cellRowspan = tagRowspan;
        text.setLength(0);
        pendingSpace = false;
        inCell = true;
    }

    private void endCell() {
        inCell = false;
        while (cells.size() <= cellColumn) {
            cells.add(Cell.BLANK);
        }
        cells.set(cellColumn, Cell.text(text.toString().strip()));
        int end = cellColumn + cellColspan;
        if (cellRowspan > 1) {
            if (end > spanBelow.length) {
                int size = Math.max(end, spanBelow.length * 2);
                spanBelow = Arrays.copyOf(spanBelow, size);
                coveredNow = Arrays.copyOf(coveredNow, size);
            }
            for (int i = cellColumn; i < end; i++) {
                spanBelow[i] = Math.max(spanBelow[i], cellRowspan - 1);
            }
        }
        column = end;
    }

    /** Ends the current row; null when all its cells are blank. */
    private SourceRow endRow() {
        if (inCell) {
            endCell();
        }
        inRow = false;
        int last = cells.size() - 1;
        while (last >= 0 && cells.get(last).isBlank()) {
            last--;
        }
        return last < 0 ? null : new SourceRow(sheetName, rowNumber, List.copyOf(cells.subList(0, last + 1)));
    }

    private void appendChar(char c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            int length = text.length();
            pendingSpace = length > 0 && text.charAt(length - 1) != '\n';
            return;
        }
        if (pendingSpace) {
            text.append(' ');
            pendingSpace = false;
        }
        text.append(c);
    }

    private void appendText(String decoded) {
        for (int i = 0; i < decoded.length(); i++) {
            appendChar(decoded.charAt(i));
        }
    }

    /** Decodes the character reference after a {@code &}; one that does not parse stays literal. */
    private String entity() throws IOException {
        StringBuilder name = new StringBuilder();
        int c = read();
        while (c >= 0 && name.length() < MAX_ENTITY_NAME
                && (isAsciiLetter(c) || (c >= '0' && c <= '9') || (c == '#' && name.length() == 0))) {
            name.append((char) c);
            c = read();
        }
        if (c == ';') {
            String decoded = decodeReference(name.toString());
            return decoded != null ? decoded : "&" + name + ";";
        }
        unread(c);
        return "&" + name;
    }

    private static String decodeReference(String name) {
        if (!name.startsWith("#")) {
            return ENTITIES.get(name);
        }
        try {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int codePoint = hex ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
            // As browsers do, NUL and numbers outside Unicode become the replacement character.
            return codePoint > 0 && Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uFFFD";
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reads the rest of a tag after its name, up to and including {@code >}, noting colspan/rowspan. */
    private void parseAttributes() throws IOException {
        tagColspan = 1;
        tagRowspan = 1;
        int c = read();
        while (true) {
            while (isSpace(c) || c == '/') {
                c = read();
            }
            if (c < 0 || c == '>') {
                return;
            }
            StringBuilder attribute = new StringBuilder();
            while (c >= 0 && !isSpace(c) && c != '=' && c != '>' && c != '/') {
                attribute.append(Character.toLowerCase((char) c));
                c = read();
            }
            while (isSpace(c)) {
                c = read();
            }
            if (c != '=') {
                continue;
            }
            c = read();
            while (isSpace(c)) {
                c = read();
            }
            StringBuilder value = new StringBuilder();
            if (c == '"' || c == '\'') {
                int quote = c;
                while ((c = read()) >= 0 && c != quote) {
                    value.append((char) c);
                }
                c = read();
            } else {
                while (c >= 0 && !isSpace(c) && c != '>') {
                    value.append((char) c);
                    c = read();
                }
            }
            String name = attribute.toString();
            if ("colspan".equals(name)) {
                tagColspan = span(value, MAX_COLUMNS);
            } else if ("rowspan".equals(name)) {
                tagRowspan = span(value, MAX_ROWSPAN);
            }
        }
    }

    /** A span attribute's leading digits, within 1..max; anything else counts as 1. */
    private static int span(CharSequence value, int max) {
        long n = 0;
        int i = 0;
        while (i < value.length() && Character.isWhitespace(value.charAt(i))) {
            i++;
        }
        for (; i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9' && n <= max; i++) {
            n = n * 10 + (value.charAt(i) - '0');
        }
        return (int) Math.max(1, Math.min(max, n));
    }

    private void skipCommentOrDeclaration() throws IOException {
        int c = read();
        if (c == '-') {
            c = read();
            if (c == '-') {
                int dashes = 0;
                while ((c = read()) >= 0) {
                    if (c == '>' && dashes >= 2) {
                        return;
                    }
                    dashes = c == '-' ? dashes + 1 : 0;
                }
                return;
            }
        }
        unread(c);
        parseAttributes();
    }

    /** Skips the content of a {@code <script>} or {@code <style>} element, which is not markup. */
    private void skipUntilClosingTag(String name) throws IOException {
        int c;
        while ((c = read()) >= 0) {
            if (c != '<') {
                continue;
            }
            c = read();
            if (c != '/') {
                unread(c);
                continue;
            }
            if (readName(read()).equals(name)) {
                parseAttributes();
                return;
            }
        }
    }

    /** A tag name in lower case starting with {@code first}; the character after it is left unread. */
    private String readName(int first) throws IOException {
        StringBuilder name = new StringBuilder();
        int c = first;
        while (c >= 0 && (isAsciiLetter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-')) {
            name.append(Character.toLowerCase((char) c));
            c = read();
        }
        unread(c);
        return name.toString();
    }

    private int read() throws IOException {
        if (pushedBack >= 0) {
            int c = pushedBack;
            pushedBack = -1;
            return c;
        }
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    private void unread(int c) {
        if (c >= 0) {
            pushedBack = c;
        }
    }

    private static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
