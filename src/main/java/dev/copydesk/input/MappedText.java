package dev.copydesk.input;

/**
 * Extracted text in which every UTF-16 unit knows the source range it came from: an entity
 * such as {@code &amp;amp;} gives one character mapped to five source characters; a collapsed
 * run of whitespace gives one space mapped to the whole run. Source offsets never decrease
 * along the text. Immutable.
 */
public final class MappedText {
    private final String text;
    private final int[] sourceStarts;
    private final int[] sourceEnds;

    MappedText(String text, int[] sourceStarts, int[] sourceEnds) {
        this.text = text;
        this.sourceStarts = sourceStarts;
        this.sourceEnds = sourceEnds;
    }

    /** Text taken verbatim from {@code source[start, start + text.length())}. */
    public static MappedText verbatim(String text, int start) {
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            starts[i] = start + i;
            ends[i] = start + i + 1;
        }
        return new MappedText(text, starts, ends);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Source offset where the unit at {@code index} begins. */
    public int sourceStart(int index) {
        return sourceStarts[index];
    }

    /** Source offset just after the unit at {@code index}. */
    public int sourceEnd(int index) {
        return sourceEnds[index];
    }

    /** Source range covering text units {@code [start, end)}; {@code end > start}. */
    public int[] sourceSpan(int start, int end) {
        return new int[] {sourceStarts[start], sourceEnds[end - 1]};
    }

    /** Source range this whole text comes from. */
    public int sourceFrom() {
        return text.isEmpty() ? 0 : sourceStarts[0];
    }

    public int sourceTo() {
        return text.isEmpty() ? 0 : sourceEnds[text.length() - 1];
    }

    /**
     * Text index of the first unit whose source range ends after {@code sourceOffset}, i.e. the
     * unit containing or following that source position; {@code length()} if none.
     */
    public int indexAtSource(int sourceOffset) {
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sourceEnds[mid] <= sourceOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
