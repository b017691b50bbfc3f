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

    public SourceText(String text) {
        this.text = text;
        this.lineStarts = indexLines(text);
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
        return text.codePointCount(lineStart, offset) + 1;
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
