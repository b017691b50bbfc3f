package dev.copydesk.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Words as a reader sees them, for per-word integrity checks: maximal runs of letters, digits,
 * combining marks and the invisible format characters that may hide inside a word. Unlike the
 * ICU word iterator, an invisible character does not split a word, which is the point. Stateless.
 */
public final class Words {
    private Words() {
    }

    /**
     * {@code text.split("\\s+")}: split at runs of ASCII white space. Written out, as these run on
     * names, quotes and excerpts in every sentence, where the regex was most of their time.
     */
    public static String[] splitOnWhitespace(String text) {
        return splitAtRuns(text, Words::isAsciiSpace).toArray(String[]::new);
    }

    /** {@code text.replaceAll("\\s+", " ")}: each run of ASCII white space as one space. */
    public static String collapseWhitespace(String text) {
        StringBuilder b = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!isAsciiSpace(text.charAt(i))) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isAsciiSpace(text.charAt(end))) {
                end++;
            }
            if (end - i > 1 || text.charAt(i) != ' ') {
                if (b == null) {
                    b = new StringBuilder(text.length());
                }
                b.append(text, copied, i).append(' ');
                copied = end;
            }
            i = end - 1;
        }
        return b == null ? text : b.append(text, copied, text.length()).toString();
    }

    /**
     * {@code text} split at each run of code points {@code separator} accepts, as
     * {@link java.util.regex.Pattern#split(CharSequence)} splits at a pattern matching such runs:
     * an empty first part when the text opens with a separator, no empty parts at its end, and the
     * text itself when it has no separator.
     */
    public static List<String> splitAtRuns(String text, IntPredicate separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        boolean separated = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (separator.test(cp)) {
                separated = true;
                parts.add(text.substring(start, i));
                while (next < text.length() && separator.test(text.codePointAt(next))) {
                    next += Character.charCount(text.codePointAt(next));
                }
                start = next;
            }
            i = next;
        }
        if (!separated) {
            return List.of(text);
        }
        parts.add(text.substring(start));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size);
    }

    /** What {@code \\s} matches in a Java pattern: space, tab, the line ends, vertical tab and form feed. */
    private static boolean isAsciiSpace(int c) {
        return c == ' ' || c >= '\t' && c <= '\r';
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
