package org.courtstats.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain-text table for terminals, aligned by display width: Chinese characters take two columns,
 * so padding by character count would misalign them. A row may carry notes: lines printed indented
 * under it that do not take part in the alignment (a refusal reason would widen a column to the
 * whole screen). Control characters in a cell are shown as escapes.
 */
final class ConsoleTable {

    private static final String NOTE_INDENT = "    ";

    private final List<String[]> rows = new ArrayList<>();
    private final Map<Integer, List<String>> notes = new HashMap<>();
    private final boolean[] rightAligned;

    ConsoleTable(boolean... rightAligned) {
        this.rightAligned = rightAligned;
    }

    ConsoleTable row(Object... cells) {
        String[] texts = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            texts[i] = cells[i] == null ? "" : visible(cells[i].toString());
        }
        rows.add(texts);
        return this;
    }

    /** Adds a line under the last row, indented and outside the columns. */
    ConsoleTable note(String text) {
        notes.computeIfAbsent(rows.size() - 1, row -> new ArrayList<>()).add(text);
        return this;
    }

    void print(PrintWriter out) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], displayWidth(row[i]));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String pad = " ".repeat(widths[i] - displayWidth(row[i]));
                boolean right = i < rightAligned.length && rightAligned[i];
                line.append(right ? pad + row[i] : row[i] + (i == row.length - 1 ? "" : pad));
                if (i < row.length - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
            for (String note : notes.getOrDefault(r, List.of())) {
                out.println(NOTE_INDENT + note);
            }
        }
        out.flush();
    }

    /**
     * A cell's text with its control characters shown as escapes ({@code \t}, {@code \r}, {@code \n},
     * {@code \u0007}): a court's value may start with a tab or a carriage return, which the terminal
     * would otherwise turn into a jump or an overwritten line, so the user could not see it.
     */
    static String visible(String text) {
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c)) {
                if (shown != null) {
                    shown.append(c);
                }
                continue;
            }
            if (shown == null) {
                shown = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            shown.append(switch (c) {
                case '\t' -> "\\t";
                case '\r' -> "\\r";
                case '\n' -> "\\n";
                default -> String.format("\\u%04x", (int) c);
            });
        }
        return shown == null ? text : shown.toString();
    }

    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += isWide(codePoint) ? 2 : 1;
            i += Character.charCount(codePoint);
        }
        return width;
    }

    private static boolean isWide(int codePoint) {
        return (codePoint >= 0x1100 && codePoint <= 0x115F) || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3) || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F) || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6) || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
    }
}
