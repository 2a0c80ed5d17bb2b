package org.courtstats.jobs;

import java.util.ArrayList;
import java.util.List;

/**
 * A file of the inbox folder that a run did not load, and why, in Chinese: ignored for good (a hidden
 * file, a lock file, a link out of the inbox) or held back until the next run (still being written).
 *
 * @param fileName the file's name relative to the month's folder
 * @param heldBack whether it is a delivery left for the next run (the month is then not complete)
 */
public record FileNotice(String fileName, String reason, boolean heldBack) {

    static FileNotice ignored(String fileName, String reason) {
        return new FileNotice(fileName, reason, false);
    }

    static FileNotice heldBack(String fileName, String reason) {
        return new FileNotice(fileName, reason, true);
    }

    /** One notice a line, its fields separated by tabs (tabs, newlines and backslashes escaped). */
    static String encode(List<FileNotice> notices) {
        StringBuilder text = new StringBuilder();
        for (FileNotice notice : notices) {
            text.append(notice.heldBack ? 'H' : 'I').append('\t').append(escape(notice.fileName)).append('\t')
                    .append(escape(notice.reason)).append('\n');
        }
        return text.toString();
    }

    static List<FileNotice> decode(String text) {
        List<FileNotice> notices = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            notices.add(new FileNotice(unescape(fields[1]), unescape(fields[2]), fields[0].equals("H")));
        }
        return notices;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                plain.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
