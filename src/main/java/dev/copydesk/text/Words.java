package dev.copydesk.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Words as a reader sees them, for per-word integrity checks: maximal runs of letters, digits,
 * combining marks and the invisible format characters that may hide inside a word. Unlike the
 * ICU word iterator, an invisible character does not split a word, which is the point. Stateless.
 */
public final class Words {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private Words() {
    }

    /** {@code text.split("\\s+")}, without compiling the pattern on every call: hot paths split names and quotes. */
    public static String[] splitOnWhitespace(String text) {
        return WHITESPACE.split(text);
    }

    /** {@code text.replaceAll("\\s+", " ")}, with the pattern compiled once. */
    public static String collapseWhitespace(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ");
    }

    public static List<Span> of(String text) {
        List<Span> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isWordPart(cp) || isInvisible(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            while (i < text.length() && isWordPart(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                if (!isInvisible(text.codePointBefore(i))) {
                    end = i;
                }
            }
            words.add(new Span(start, end));
        }
        return words;
    }

    static boolean isWordPart(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || isInvisible(cp);
    }

    static boolean isInvisible(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    /** Whether every character of {@code text} is ASCII, the common case every integrity check can skip. */
    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
