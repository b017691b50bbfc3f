package dev.copydesk.text;

/**
 * The start of a text up to a cut, as a view: a regex search on it sees everything before the
 * cut (so {@code \b} and {@code ^} read the text as it is) and nothing after, without copying.
 */
record CutText(String text, int length) implements CharSequence {
    CutText {
        if (length < 0 || length > text.length()) {
            throw new IndexOutOfBoundsException("cut at " + length + " of " + text.length());
        }
    }

    @Override
    public char charAt(int index) {
        if (index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (end > length) {
            throw new IndexOutOfBoundsException(end);
        }
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text.substring(0, length);
    }
}
