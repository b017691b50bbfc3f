package dev.copydesk.text;

/**
 * Text folded the way a case-insensitive pattern pairs ASCII letters, one character for one, so
 * that a place in the folded text is the same place in the original. Java's
 * {@code CASE_INSENSITIVE} (without {@code UNICODE_CASE}) pairs ASCII letters only; RE2's
 * {@code (?i)} also pairs 'k' with the Kelvin sign and 's' with the long s, which fold here too.
 * A literal read from such a pattern (lowercase ASCII, or a character without case) occurs in
 * the folded text wherever the pattern can match it in the original. Lowercasing would not do:
 * "İ" lowercases to two characters and would move every place after it.
 */
final class AsciiCaseFold {
    private static final char KELVIN = '\u212a';
    private static final char LONG_S = '\u017f';

    private AsciiCaseFold() {
    }

    /** The folded text, the same instance when nothing folds. */
    static String of(String text) {
        int i = 0;
        while (i < text.length() && !folds(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    private static boolean folds(char c) {
        return c >= 'A' && c <= 'Z' || c == KELVIN || c == LONG_S;
    }

    private static char fold(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        return c == KELVIN ? 'k' : c == LONG_S ? 's' : c;
    }
}
