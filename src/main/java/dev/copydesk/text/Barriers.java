package dev.copydesk.text;

/**
 * Punctuation a pattern can never consume, so that none of its matches spans one: passive voice
 * ({@code \b(?:is|was)\s+\w+ed\b}) consumes letters, digits and white space only, and a match
 * never runs across a comma. A search that has passed a place where a match could begin can then
 * stop at the next such character instead of running on to the end of the text.
 * <p>
 * Only for patterns (RE2 syntax) whose matches look no further than the characters they consume:
 * the text is cut at the barrier, and {@code \b} reads the end of text as it reads a barrier (a
 * character that is no word character), but {@code $} and {@code \z} would match there and
 * nowhere else, so a pattern with either has no barriers. The reading is conservative: any piece
 * it does not know ({@code .}, negated classes, {@code \W}, Unicode classes, escapes with
 * arguments) can consume anything, and the pattern then has no barriers. Immutable.
 */
public final class Barriers {
    /** The characters that can be barriers: ASCII punctuation and the typographic quotes and dashes. */
    private static final String CANDIDATES = ".,;:!?\"'()[]{}<>/\\|@#%&*+=~^`$_-\u2018\u2019\u201c\u201d\u2013\u2014\u2026";

    private final String barriers;

    private Barriers(String barriers) {
        this.barriers = barriers;
    }

    /** Barriers as {@link RegexReading} keeps them. */
    static Barriers ofRead(String characters) {
        return new Barriers(characters);
    }

    /** The barrier characters. */
    String characters() {
        return barriers;
    }

    /** The barriers of {@code regex}, or null when it has none to rely on. */
    public static Barriers of(String regex) {
        StringBuilder left = new StringBuilder(CANDIDATES);
        // '_' is a word character: \b would read a cut before it differently. It stays consumable.
        remove(left, '_', '_');
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i++);
            switch (c) {
                case '\\' -> {
                    if (i >= regex.length()) {
                        return null;
                    }
                    char e = regex.charAt(i++);
                    if ("dswbBA".indexOf(e) >= 0 || "ntrfv".indexOf(e) >= 0) {
                        continue; // digits, white space, word characters, zero width, controls: no punctuation
                    }
                    if (Character.isLetterOrDigit(e)) {
                        return null; // \D, \S, \W, \p{...}, \z, \Q, \x41...: anything, or an end anchor
                    }
                    remove(left, e, e);
                }
                case '[' -> {
                    i = readClass(regex, i, left);
                    if (i < 0) {
                        return null;
                    }
                }
                case '(' -> i = skipGroupSyntax(regex, i);
                case '{' -> {
                    int close = regex.indexOf('}', i);
                    if (close > i && regex.substring(i, close).matches("\\d+(?:,\\d*)?")) {
                        i = close + 1; // a repetition count; otherwise RE2 reads the brace as itself
                    } else {
                        remove(left, '{', '{');
                    }
                }
                case '.', '$' -> {
                    return null;
                }
                case ')', '|', '*', '+', '?', '^' -> {
                    // syntax
                }
                default -> remove(left, c, c);
            }
            if (i < 0) {
                return null;
            }
        }
        return left.length() == 0 ? null : new Barriers(left.toString());
    }

    /** The first barrier at or after {@code from} in {@code text}, or its length when there is none. */
    public int next(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (barriers.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    @Override
    public String toString() {
        return barriers;
    }

    /** Past the opening of a group: "?:", "?i)" flags, a "?P<name>" or "?<name>". */
    private static int skipGroupSyntax(String regex, int i) {
        if (i >= regex.length() || regex.charAt(i) != '?') {
            return i;
        }
        int j = i + 1;
        if (regex.startsWith("P<", j) || regex.startsWith("<", j)) {
            int close = regex.indexOf('>', j);
            return close < 0 ? -1 : close + 1;
        }
        while (j < regex.length() && Character.isLetter(regex.charAt(j)) || j < regex.length() && regex.charAt(j) == '-') {
            j++;
        }
        if (j < regex.length() && (regex.charAt(j) == ':' || regex.charAt(j) == ')')) {
            return j + 1;
        }
        return -1;
    }

    /**
     * Reads a class from just after its '[', taking what it can consume out of {@code left}: its
     * members, or, for a negated class, every candidate it does not list. -1 when it can hold anything.
     */
    private static int readClass(String regex, int i, StringBuilder left) {
        if (i < regex.length() && regex.charAt(i) == '^') {
            StringBuilder unlisted = new StringBuilder(CANDIDATES);
            int end = readMembers(regex, i + 1, unlisted);
            for (int k = 0; end >= 0 && k < unlisted.length(); k++) {
                remove(left, unlisted.charAt(k), unlisted.charAt(k));
            }
            return end;
        }
        return readMembers(regex, i, left);
    }

    /** Reads a class's members from just after its '[' or "[^", taking them out of {@code left}; -1 when they can be anything. */
    private static int readMembers(String regex, int i, StringBuilder left) {
        boolean first = true;
        while (i < regex.length()) {
            char c = regex.charAt(i++);
            if (c == ']' && !first) {
                return i;
            }
            first = false;
            if (c == '[' && i < regex.length() && regex.charAt(i) == ':') {
                return -1; // [:alpha:] and friends
            }
            if (c == '\\') {
                if (i >= regex.length()) {
                    return -1;
                }
                char e = regex.charAt(i++);
                if ("dswntrfv".indexOf(e) >= 0) {
                    continue;
                }
                if (Character.isLetterOrDigit(e)) {
                    return -1;
                }
                c = e;
            }
            char last = c;
            if (i + 1 < regex.length() && regex.charAt(i) == '-' && regex.charAt(i + 1) != ']') {
                last = regex.charAt(i + 1);
                if (last == '\\' || last == '[') {
                    return -1;
                }
                i += 2;
            }
            remove(left, c, last);
        }
        return -1;
    }

    private static void remove(StringBuilder left, char from, char to) {
        for (int k = left.length() - 1; k >= 0; k--) {
            if (left.charAt(k) >= from && left.charAt(k) <= to) {
                left.deleteCharAt(k);
            }
        }
    }
}
