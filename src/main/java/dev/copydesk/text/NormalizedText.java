package dev.copydesk.text;

/**
 * The matching form of a string (see {@link TextNormalizer}) with, for every UTF-16 unit, the
 * range of the input it came from. A normalization chunk (a character with the marks that
 * combine with it) maps as a whole, so a span of the normalized text never splits a
 * character of the input. Immutable.
 */
public final class NormalizedText {
    private final String text;
    private final int[] inputStarts;
    private final int[] inputEnds;

    NormalizedText(String text, int[] inputStarts, int[] inputEnds) {
        this.text = text;
        this.inputStarts = inputStarts;
        this.inputEnds = inputEnds;
    }

    /** The same mapping over a text of the same length, changed unit for unit. */
    NormalizedText withText(String sameLength) {
        if (sameLength.length() != text.length()) {
            throw new IllegalArgumentException("a unit-for-unit change must keep the length");
        }
        return sameLength.equals(text) ? this : new NormalizedText(sameLength, inputStarts, inputEnds);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The input range that produced normalized units {@code [start, end)}; requires {@code end > start}. */
    public Span inputSpan(int start, int end) {
        return new Span(inputStarts[start], inputEnds[end - 1]);
    }

    public int inputStart(int index) {
        return inputStarts[index];
    }

    public int inputEnd(int index) {
        return inputEnds[index];
    }
}
