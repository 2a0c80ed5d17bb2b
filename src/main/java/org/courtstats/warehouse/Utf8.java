package org.courtstats.warehouse;

/**
 * UTF-8 written straight into a byte buffer, for both COPY formats: the JDK's encoder would need a
 * String or a CharBuffer per value, and the COPY writers fill one buffer per chunk.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Writes the character at {@code text[i]}, which is not ASCII, at {@code bytes[size]}; a surrogate
     * pair is written whole (skip its second half: {@link #startsPair}), a lone surrogate as '?', as
     * String.getBytes(UTF_8) does. The buffer must have room for 4 bytes.
     *
     * @return the size after it
     */
    static int putNonAscii(String text, int i, byte[] bytes, int size) {
        char c = text.charAt(i);
        if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | c >> 6);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        } else if (startsPair(text, i)) {
            int code = Character.toCodePoint(c, text.charAt(i + 1));
            bytes[size++] = (byte) (0xF0 | code >> 18);
            bytes[size++] = (byte) (0x80 | code >> 12 & 0x3F);
            bytes[size++] = (byte) (0x80 | code >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | code & 0x3F);
        } else if (Character.isSurrogate(c)) {
            bytes[size++] = '?';
        } else {
            bytes[size++] = (byte) (0xE0 | c >> 12);
            bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[size++] = (byte) (0x80 | c & 0x3F);
        }
        return size;
    }

    /** Whether {@code text[i]} is the first half of a surrogate pair. */
    static boolean startsPair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }
}
