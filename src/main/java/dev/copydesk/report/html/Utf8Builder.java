package dev.copydesk.report.html;

import java.util.Arrays;

/**
 * A page written straight into UTF-8 bytes, as {@code String.getBytes(UTF_8)} would encode the
 * whole text: a surrogate pair as four bytes, even when its halves come in two appends, and an
 * unpaired surrogate as '?'. A report went from builder to string to bytes, copying 60 KB three
 * times over, and on JDK 17 a builder holding UTF-16 text copies in a string's characters one
 * {@code charAt} at a time. Not thread-safe.
 */
final class Utf8Builder {
    private byte[] bytes;
    private int length;
    /** A string's characters, copied out at once to be encoded. */
    private char[] scratch = new char[256];
    /** A high surrogate whose low half may come with the next append, or 0. */
    private char pendingHigh;

    Utf8Builder(int capacity) {
        bytes = new byte[capacity];
    }

    Utf8Builder append(String text) {
        int n = text.length();
        if (n > scratch.length) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        text.getChars(0, n, scratch, 0);
        return append(scratch, 0, n);
    }

    Utf8Builder append(char c) {
        if (c < 0x80 && pendingHigh == 0) {
            room(1);
            bytes[length++] = (byte) c;
            return this;
        }
        scratch[0] = c;
        return append(scratch, 0, 1);
    }

    Utf8Builder append(char[] chars, int from, int count) {
        room(3 * count + 4); // at most three bytes a character, and a pending half
        byte[] b = bytes;
        int at = length;
        int end = from + count;
        int i = from;
        if (pendingHigh != 0 && i < end) {
            at = pair(b, at, pendingHigh, chars[i]);
            if (Character.isLowSurrogate(chars[i])) {
                i++;
            }
            pendingHigh = 0;
        }
        for (; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                b[at++] = (byte) c;
            } else if (!Character.isSurrogate(c)) {
                at = putBmp(b, at, c);
            } else if (Character.isHighSurrogate(c) && i + 1 == end) {
                pendingHigh = c; // its low half may open the next append
            } else {
                at = pair(b, at, c, i + 1 < end ? chars[i + 1] : 0);
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                }
            }
        }
        length = at;
        return this;
    }

    /**
     * Writes text escaped as a page's text or attribute value: {@code &}, {@code <}, {@code >},
     * the no-break space, and with {@code quotes} the double quote, as named references. Stops at
     * the first control character (but tab, line feed and carriage return) or surrogate, which
     * the caller writes as Jsoup would, and returns its index, or {@code to} when there is none.
     * One pass from characters to bytes, where escaping into a builder and encoding it were two.
     */
    int appendText(char[] chars, int from, int to, boolean quotes) {
        room(6 * (to - from) + 1); // "&nbsp;" and "&quot;" are the longest
        if (pendingHigh != 0 && from < to) {
            bytes[length++] = '?'; // what follows is escaped text, never the low half of a pair
            pendingHigh = 0;
        }
        byte[] b = bytes;
        int at = length;
        int i = from;
        for (; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                if (c > '>') {
                    b[at++] = (byte) c;
                } else if (c == '&') {
                    at = put(b, at, AMP);
                } else if (c == '<') {
                    at = put(b, at, LT);
                } else if (c == '>') {
                    at = put(b, at, GT);
                } else if (c == '"' && quotes) {
                    at = put(b, at, QUOT);
                } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    break;
                } else {
                    b[at++] = (byte) c;
                }
            } else if (c == '\u00a0') {
                at = put(b, at, NBSP);
            } else if (!Character.isSurrogate(c)) {
                at = putBmp(b, at, c);
            } else {
                break;
            }
        }
        length = at;
        return i;
    }

    private static final byte[] AMP = ascii("&amp;");
    private static final byte[] LT = ascii("&lt;");
    private static final byte[] GT = ascii("&gt;");
    private static final byte[] QUOT = ascii("&quot;");
    private static final byte[] NBSP = ascii("&nbsp;");

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static int put(byte[] b, int at, byte[] ascii) {
        System.arraycopy(ascii, 0, b, at, ascii.length);
        return at + ascii.length;
    }

    /** Writes a character from U+0080 up that is no surrogate: two or three bytes. */
    private static int putBmp(byte[] b, int at, char c) {
        if (c >= 0x800) {
            b[at++] = (byte) (0xe0 | c >> 12);
            b[at++] = (byte) (0x80 | c >> 6 & 0x3f);
        } else {
            b[at++] = (byte) (0xc0 | c >> 6);
        }
        b[at++] = (byte) (0x80 | c & 0x3f);
        return at;
    }

    /** Writes {@code high} with {@code low} as one code point when they pair, else '?' for {@code high} alone. */
    private static int pair(byte[] b, int at, char high, char low) {
        if (!Character.isHighSurrogate(high) || !Character.isLowSurrogate(low)) {
            b[at++] = '?';
            return at;
        }
        int cp = Character.toCodePoint(high, low);
        b[at++] = (byte) (0xf0 | cp >> 18);
        b[at++] = (byte) (0x80 | cp >> 12 & 0x3f);
        b[at++] = (byte) (0x80 | cp >> 6 & 0x3f);
        b[at++] = (byte) (0x80 | cp & 0x3f);
        return at;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
        }
    }

    /** The bytes written, an unpaired high surrogate at the end written as '?'. */
    byte[] toByteArray() {
        if (pendingHigh != 0) {
            room(1);
            bytes[length++] = '?';
            pendingHigh = 0;
        }
        return Arrays.copyOf(bytes, length);
    }
}
