package org.courtstats.samples.quirks;

/** Full-width forms, as a Chinese input method in full-width mode types them. */
final class FullWidth {

    private FullWidth() {
    }

    /** Digits 0–9 to ０–９; everything else unchanged. */
    static String digits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return out.toString();
    }
}
