package dev.copydesk.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literal strings one of which every match of a regular expression contains, so that text
 * holding none of them can skip the regex. Neither RE2J (an NFA) nor Java's engine looks for the
 * literals of an alternation before trying it at every position, and most sentences contain none
 * of a rule's words: a few {@code indexOf} calls are much cheaper than a failed search. The
 * literals are read from the pattern by {@link RegexLiterals}, or given by hand; a gate with none
 * is open and lets every text through.
 */
public final class LiteralGate {
    /** More literals than this would cost more to look for than the regex saves. */
    private static final int MAX_LITERALS = 256;
    private static final LiteralGate OPEN = new LiteralGate(List.of(), false);

    private final List<String> literals;
    private final boolean folded;
    /** The literals by their first character when there are too many for one {@code indexOf} each; null otherwise. */
    private final LiteralIndex index;

    private LiteralGate(List<String> literals, boolean folded) {
        this.literals = List.copyOf(literals);
        this.folded = folded;
        this.index = literals.size() > 8 ? new LiteralIndex(literals) : null;
    }

    /**
     * Java flags that change how a pattern reads, past what {@link RegexLiterals} knows: with them a
     * pattern gets no literals. (Unicode case folding pairs "ſ" with "s" and "K" with "k", which
     * {@link AsciiCaseFold} leaves for RE2's sake, but also letters it knows nothing of.)
     */
    static final int UNREAD_JAVA_FLAGS = java.util.regex.Pattern.COMMENTS | java.util.regex.Pattern.LITERAL
            | java.util.regex.Pattern.UNICODE_CASE | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS
            | java.util.regex.Pattern.CANON_EQ;

    /** The gate of a Java pattern; its case-insensitive flag makes the gate fold case. */
    public static LiteralGate of(java.util.regex.Pattern pattern) {
        if ((pattern.flags() & UNREAD_JAVA_FLAGS) != 0) {
            return OPEN;
        }
        return of(pattern.pattern(), (pattern.flags() & java.util.regex.Pattern.CASE_INSENSITIVE) != 0);
    }

    /**
     * The gate of {@code regex}. With {@code caseInsensitive}, literals are lowercase ASCII and the
     * text is folded ({@link AsciiCaseFold}) before the search; a non-ASCII letter in such a pattern
     * reads as "any".
     */
    public static LiteralGate of(String regex, boolean caseInsensitive) {
        if (RegexLiterals.anchoredAtStart(regex)) {
            return OPEN;
        }
        Set<String> required = RegexLiterals.required(regex, caseInsensitive);
        if (required == null || required.size() > MAX_LITERALS) {
            return OPEN;
        }
        return new LiteralGate(LiteralIndex.withoutRedundant(required, String::contains), caseInsensitive);
    }

    /** A gate as {@link RegexReading} keeps it: its literals, none for an open one. */
    static LiteralGate ofRead(List<String> literals, boolean caseInsensitive) {
        return literals.isEmpty() ? OPEN : new LiteralGate(literals, caseInsensitive);
    }

    /** A gate on literals given by hand (a rule's {@code needs}), searched as written. */
    public static LiteralGate ofLiterals(List<String> literals) {
        return literals.isEmpty() ? OPEN : new LiteralGate(LiteralIndex.withoutRedundant(new LinkedHashSet<>(literals), String::contains), false);
    }

    /** Whether the gate lets every text through. */
    public boolean open() {
        return literals.isEmpty();
    }

    public List<String> literals() {
        return literals;
    }

    /** False only when {@code text} holds none of the literals, so the regex cannot match it. */
    public boolean mayMatch(String text) {
        return literals.isEmpty() || mayMatch(SearchText.of(text));
    }

    /** {@link #mayMatch} on a text other patterns may also read. */
    public boolean mayMatch(SearchText text) {
        if (literals.isEmpty()) {
            return true;
        }
        if (index != null) {
            return index.firstAt(text.chars(folded), 0) >= 0;
        }
        String t = text.form(folded);
        for (String literal : literals) {
            if (t.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the gate folds case. */
    boolean folds() {
        return folded;
    }

    @Override
    public String toString() {
        return open() ? "open" : literals.toString();
    }
}
