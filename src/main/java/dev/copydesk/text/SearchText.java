package dev.copydesk.text;

/**
 * One text as literal gates and scans read it, made once and handed to every pattern asked about
 * it: a sentence that a dozen patterns look at is folded once ({@link AsciiCaseFold}), and its
 * characters are scanned from an array, where {@code String.charAt} checks the string's coding
 * and the index at every character. Each form is made when first asked for. Not thread-safe.
 */
public final class SearchText {
    private final String text;
    private String folded;
    private char[] chars;
    private char[] foldedChars;

    private SearchText(String text) {
        this.text = text;
    }

    public static SearchText of(String text) {
        return new SearchText(text);
    }

    public String text() {
        return text;
    }

    /** The text folded by {@link AsciiCaseFold}, or the text itself with {@code fold} false. */
    String form(boolean fold) {
        if (!fold) {
            return text;
        }
        if (folded == null) {
            folded = AsciiCaseFold.of(text);
        }
        return folded;
    }

    /** The characters of {@link #form}. */
    char[] chars(boolean fold) {
        if (fold && form(true) != text) {
            if (foldedChars == null) {
                foldedChars = folded.toCharArray();
            }
            return foldedChars;
        }
        if (chars == null) {
            chars = text.toCharArray();
        }
        return chars;
    }

    @Override
    public String toString() {
        return text;
    }
}
