package dev.copydesk.text;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java regular expression behind its {@link LiteralGate}, and tried only where a match can
 * begin: {@link #find} and {@link #mayMatch} skip the regex for text without the literals every
 * match contains, and a {@link Finder} tries the regex only at the places its
 * {@link LeadingLiterals} give ("because", "due to"… for a cause), not at every character as
 * {@link Matcher#find} does. For the language layer's patterns, which run on every sentence and
 * rarely match. Built only by {@link #compile}, so the gate and the places are always the
 * pattern's own. Immutable; a {@link Finder} per text.
 */
public final class GatedPattern {
    private final Pattern pattern;
    private final LiteralGate gate;
    /** Where matches can begin, or null when that can be anywhere. */
    private final LeadingLiterals starts;
    /** Whether every text with a place to begin passes the gate, which is then not asked. */
    private final boolean gateImplied;

    private GatedPattern(Pattern pattern) {
        this.pattern = pattern;
        this.gate = LiteralGate.of(pattern);
        this.starts = LeadingLiterals.of(pattern);
        this.gateImplied = starts != null && starts.imply(gate);
    }

    public Pattern pattern() {
        return pattern;
    }

    public LiteralGate gate() {
        return gate;
    }

    /** Where matches can begin, or null when that can be anywhere. */
    public LeadingLiterals starts() {
        return starts;
    }

    /** Whether every text with a place to begin passes the gate, which is then not asked. */
    public boolean gateImplied() {
        return gateImplied;
    }

    public static GatedPattern compile(String regex) {
        return compile(regex, 0);
    }

    public static GatedPattern compile(String regex, int flags) {
        return new GatedPattern(Pattern.compile(regex, flags));
    }

    /** Whether the pattern matches somewhere in {@code text}. */
    public boolean find(String text) {
        return finder(text).find();
    }

    /** Whether the pattern matches somewhere in a text other patterns may also read. */
    public boolean find(SearchText text) {
        return finder(text).find();
    }

    /** False only when the pattern cannot match {@code text}. */
    public boolean mayMatch(String text) {
        return gate.mayMatch(text);
    }

    /** False only when the pattern cannot match {@code text}. */
    public boolean mayMatch(SearchText text) {
        return gate.mayMatch(text);
    }

    /** A matcher over {@code text}, whatever the gate says. */
    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /** The matches in {@code text}, one {@link Finder#find} at a time, as a {@link Matcher} finds them. */
    public Finder finder(String text) {
        return new Finder(SearchText.of(text));
    }

    /** The matches in a text other patterns may also read. */
    public Finder finder(SearchText text) {
        return new Finder(text);
    }

    /** {@code text} with every match replaced by {@code replacement}, taken as it is written (no group references). */
    public String replaceAll(String text, String replacement) {
        return replaceAll(SearchText.of(text), replacement);
    }

    /** {@link #replaceAll(String, String)} on a text other patterns may also read. */
    public String replaceAll(SearchText shared, String replacement) {
        Finder finder = finder(shared);
        String text = shared.text();
        StringBuilder replaced = null;
        int copied = 0;
        while (finder.find()) {
            if (replaced == null) {
                replaced = new StringBuilder(text.length());
            }
            replaced.append(text, copied, finder.start()).append(replacement);
            copied = finder.end();
        }
        return replaced == null ? text : replaced.append(text, copied, text.length()).toString();
    }

    /**
     * The successive matches in one text: the same as {@link Matcher#find}'s, in the same order.
     * With places to start from, the regex is tried anchored at each of them in turn ({@code
     * lookingAt} on a region reaching to the end of the text, whose bounds lookaround and
     * {@code \b} see through and anchors do not match at). A match can begin nowhere else, so the
     * first place where one is found is where {@code find} would find it, and the match there is
     * the same. Not thread-safe.
     */
    public final class Finder implements MatchResult {
        private final SearchText shared;
        private final String text;
        /** Made when first needed: a finder a caller never asks, or whose gate fails, builds no matcher. */
        private Matcher matcher;
        private boolean prepared;
        private LeadingLiterals.Scan places;
        private boolean possible;
        private int from;

        private Finder(SearchText shared) {
            this.shared = shared;
            this.text = shared.text();
        }

        private void prepare() {
            prepared = true;
            possible = gateImplied || gate.mayMatch(shared);
            places = possible && starts != null ? starts.scan(shared) : null;
        }

        private Matcher matcher() {
            if (!prepared) {
                prepare();
            }
            if (matcher == null) {
                matcher = pattern.matcher(text);
                if (places != null) {
                    matcher.useTransparentBounds(true).useAnchoringBounds(false);
                }
            }
            return matcher;
        }

        /** Finds the next match, as {@link Matcher#find} would. */
        public boolean find() {
            if (!prepared) {
                prepare();
            }
            if (!possible) {
                return false;
            }
            Matcher m = matcher();
            if (places == null) {
                possible = m.find();
                return possible;
            }
            for (int at = places.next(from); at >= 0; at = places.next(at + 1)) {
                if (m.region(at, text.length()).lookingAt()) {
                    // Every match begins with a literal, so none is empty and the next begins at or after its end.
                    from = m.end();
                    return true;
                }
            }
            possible = false;
            return false;
        }

        @Override
        public int start() {
            return matcher().start();
        }

        @Override
        public int start(int group) {
            return matcher().start(group);
        }

        @Override
        public int end() {
            return matcher().end();
        }

        @Override
        public int end(int group) {
            return matcher().end(group);
        }

        @Override
        public String group() {
            return matcher().group();
        }

        @Override
        public String group(int group) {
            return matcher().group(group);
        }

        @Override
        public int groupCount() {
            return matcher().groupCount();
        }
    }
}
