package dev.copydesk.input;

import java.util.Arrays;

/**
 * Builds a {@link MappedText}, collapsing every run of ASCII whitespace into one space and
 * dropping leading and trailing whitespace, as a reader sees the text. Not thread-safe.
 */
public final class MappedTextBuilder {
    private final StringBuilder text = new StringBuilder();
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private boolean pendingSpace;
    private int pendingSpaceStart;
    private int pendingSpaceEnd;

    public static boolean isCollapsibleSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Appends one UTF-16 unit that came from {@code source[sourceStart, sourceEnd)}. */
    public MappedTextBuilder append(char c, int sourceStart, int sourceEnd) {
        if (isCollapsibleSpace(c)) {
            return appendSpace(sourceStart, sourceEnd);
        }
        flushSpace();
        put(c, sourceStart, sourceEnd);
        return this;
    }

    /** Appends verbatim source text {@code source[from, to)}. */
    public MappedTextBuilder appendVerbatim(CharSequence source, int from, int to) {
        for (int i = from; i < to; i++) {
            append(source.charAt(i), i, i + 1);
        }
        return this;
    }

    /** Records a word break (whitespace, a line break, an inline tag) at the given source range. */
    public MappedTextBuilder appendSpace(int sourceStart, int sourceEnd) {
        if (text.length() == 0) {
            return this;
        }
        if (!pendingSpace) {
            pendingSpace = true;
            pendingSpaceStart = sourceStart;
        }
        pendingSpaceEnd = Math.max(sourceEnd, pendingSpaceStart);
        return this;
    }

    public int length() {
        return text.length();
    }

    public boolean isBlank() {
        return text.length() == 0;
    }

    private void flushSpace() {
        if (pendingSpace) {
            pendingSpace = false;
            put(' ', pendingSpaceStart, pendingSpaceEnd);
        }
    }

    private void put(char c, int sourceStart, int sourceEnd) {
        int n = text.length();
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
        }
        // Keep source offsets monotonic even when a reader hands us out-of-order ranges.
        int floor = n == 0 ? 0 : starts[n - 1];
        starts[n] = Math.max(sourceStart, floor);
        ends[n] = Math.max(sourceEnd, starts[n]);
        text.append(c);
    }

    /** The text so far, without trailing whitespace; the builder can be reused after {@link #clear()}. */
    public MappedText build() {
        int n = text.length();
        return new MappedText(text.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    public void clear() {
        text.setLength(0);
        pendingSpace = false;
    }
}
