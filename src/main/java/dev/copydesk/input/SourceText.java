package dev.copydesk.input;

import java.util.Arrays;

/**
 * The decoded text of the file the user gave, with a line index. Every finding's position is
 * an offset into this text: {@code start}/{@code end} in UTF-16 units, line and column
 * 1-based, column counted in code points. Lines end at LF, CR LF or a lone CR. Immutable.
 */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;
    /** Offsets of the low surrogates in the text, so a column costs a binary search, not a scan. */
    private final int[] lowSurrogates;

    public SourceText(String text) {
        this.text = text;
        this.lineStarts = indexLines(text);
        this.lowSurrogates = indexLowSurrogates(text);
    }

    private static int[] indexLowSurrogates(String text) {
        int[] found = new int[0];
        int count = 0;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, Math.max(16, count * 2));
                }
                found[count++] = i;
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static int[] indexLines(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public String slice(int start, int end) {
        return text.substring(start, end);
    }

    /** 1-based line of the character at {@code offset}. */
    public int line(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** 1-based column of {@code offset} on its line, counted in code points. */
    public int column(int offset) {
        int lineStart = lineStarts[line(offset) - 1];
        return offset - lineStart - (surrogatesBefore(offset) - surrogatesBefore(lineStart)) + 1;
    }

    /** Number of low surrogates (second halves of pairs) at offsets below {@code offset}. */
    private int surrogatesBefore(int offset) {
        int index = Arrays.binarySearch(lowSurrogates, offset);
        return index >= 0 ? index : -index - 1;
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
