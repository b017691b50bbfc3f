package dev.copydesk.text;

import java.util.List;
import java.util.Set;

/**
 * The literals every match of a case-sensitive pattern begins with ({@code \b(?:is|was)\s+\w+ed}
 * begins with "is" or "was"), for starting a regex search where a match can begin rather than at
 * the start of the text, and going on, after a match, from the next such place. RE2J has no DFA:
 * its search runs an NFA over every character it passes, and the stretches with none of the
 * literals need not be passed at all. The search itself stays RE2J's, from a later start: no
 * match begins before it, so the matches are the same; and each search starts at or after the
 * point RE2J's own loop would start it, so it never does more than that loop and stays linear. Where the pattern opens with {@code \b} and every literal with a word
 * character, an occurrence right after a word character ("is" in "this") is no place to start.
 * A case-insensitive pattern's literals are looked for in the text folded by {@link AsciiCaseFold},
 * which keeps every place where it was. Java patterns use the same places ({@link GatedPattern}).
 * Immutable; a {@link Scan} per text.
 */
public final class LeadingLiterals {
    /**
     * More literals than this cost more to look for than the search they save. Past four they are
     * looked for by their first character ({@link LiteralIndex}), so the cost at each character is
     * the few that begin with it: the hundred reporting verbs are about four a letter.
     */
    private static final int MAX_LITERALS = 128;

    private final String[] literals;
    private final boolean atWordStart;
    private final boolean caseInsensitive;

    /** The literals by their first character when there are too many for one {@code indexOf} each; null otherwise. */
    private final LiteralIndex index;

    private LeadingLiterals(List<String> literals, boolean atWordStart, boolean caseInsensitive) {
        this.literals = literals.toArray(String[]::new);
        this.atWordStart = atWordStart;
        this.caseInsensitive = caseInsensitive;
        this.index = literals.size() > 4 ? new LiteralIndex(literals) : null;
    }

    /** Leading literals as {@link RegexReading} keeps them. */
    static LeadingLiterals ofRead(List<String> literals, boolean atWordStart, boolean caseInsensitive) {
        return new LeadingLiterals(literals, atWordStart, caseInsensitive);
    }

    /** The literals, shortest first, none standing for another. */
    List<String> literals() {
        return List.of(literals);
    }

    /** Whether a match begins only at a word boundary before a word character. */
    boolean atWordStart() {
        return atWordStart;
    }

    /**
     * Whether every text where a match can begin also passes {@code gate}, so that asking the
     * gate first saves nothing: each literal here contains one of the gate's, looked for in the
     * same text (both folded, or neither).
     */
    public boolean imply(LiteralGate gate) {
        return gate.open() || gate.folds() == caseInsensitive
                && java.util.Arrays.stream(literals).allMatch(literal -> gate.literals().stream().anyMatch(literal::contains));
    }

    /** The literals of a case-sensitive pattern (RE2 or Java syntax), or null when its matches begin with none to look for. */
    public static LeadingLiterals of(String regex) {
        return of(regex, false);
    }

    /**
     * The literals of a pattern (RE2 or Java syntax) matched with or without case folding, or null
     * when its matches begin with none to look for.
     */
    public static LeadingLiterals of(String regex, boolean caseInsensitive) {
        Set<String> leading = RegexLiterals.leading(regex, caseInsensitive);
        if (leading == null) {
            return null;
        }
        List<String> shortest = LiteralIndex.withoutRedundant(leading, String::startsWith);
        if (shortest.size() > MAX_LITERALS) {
            return null;
        }
        boolean wordStart = RegexLiterals.startsAtWordBoundary(regex)
                && shortest.stream().allMatch(literal -> isWordCharacter(literal.charAt(0)));
        return new LeadingLiterals(shortest, wordStart, caseInsensitive);
    }

    /**
     * The places of a compiled Java pattern, or null. Flags that change how the pattern reads give
     * none, and so do groups Java may leave from a failed attempt, which only trying every place
     * reproduces ({@link RegexLiterals#mayKeepStaleGroups}).
     */
    static LeadingLiterals of(java.util.regex.Pattern pattern) {
        if ((pattern.flags() & LiteralGate.UNREAD_JAVA_FLAGS) != 0 || RegexLiterals.mayKeepStaleGroups(pattern.pattern())) {
            return null;
        }
        return of(pattern.pattern(), (pattern.flags() & java.util.regex.Pattern.CASE_INSENSITIVE) != 0);
    }

    public Scan scan(String text) {
        return scan(SearchText.of(text));
    }

    /** The places in a text other patterns may also read. */
    public Scan scan(SearchText text) {
        return new Scan(text);
    }

    boolean caseInsensitive() {
        return caseInsensitive;
    }

    /** A word character as RE2's {@code \b} reads one: ASCII letters, digits and the underscore. */
    private static boolean isWordCharacter(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** The places in one text where a match can begin, asked for in increasing order. Not thread-safe. */
    public final class Scan {
        private final String text;
        private final SearchText shared;
        /** The text the literals are looked for in: the text itself, or its fold for a case-insensitive pattern. */
        private final String searched;
        /** Where each literal next occurs at or after the last place asked about: -2 not looked for yet, -1 nowhere. */
        private final int[] next;

        private Scan(SearchText shared) {
            this.text = shared.text();
            this.shared = shared;
            this.searched = shared.form(caseInsensitive);
            this.next = new int[literals.length];
            java.util.Arrays.fill(next, -2);
        }

        /** The first place at or after {@code from} where a match can begin, or -1 when there is none. */
        public int next(int from) {
            for (int at = from; at <= text.length(); ) {
                int candidate = nearest(at);
                if (candidate < 0) {
                    return -1;
                }
                // Between two word characters there is no boundary. The one at the candidate is
                // checked too: folding made 'k' of the Kelvin sign, which RE2 counts as no word character.
                if (!atWordStart || candidate == 0 || !isWordCharacter(text.charAt(candidate - 1))
                        || !isWordCharacter(text.charAt(candidate))) {
                    return candidate;
                }
                at = candidate + 1;
            }
            return -1;
        }

        private int nearest(int from) {
            if (index != null) {
                return index.firstAt(shared.chars(caseInsensitive), from);
            }
            int best = -1;
            for (int k = 0; k < literals.length; k++) {
                if (next[k] == -1) {
                    continue;
                }
                if (next[k] < from) {
                    next[k] = searched.indexOf(literals[k], from);
                    if (next[k] < 0) {
                        continue;
                    }
                }
                if (best < 0 || next[k] < best) {
                    best = next[k];
                }
            }
            return best;
        }
    }
}
