package dev.copydesk.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java regular expression behind its {@link LiteralGate}: {@link #find} and {@link #mayMatch}
 * skip the regex for text without the literals every match contains. For the language layer's
 * patterns, which run on every sentence and rarely match.
 */
public record GatedPattern(Pattern pattern, LiteralGate gate) {

    public static GatedPattern compile(String regex) {
        return compile(regex, 0);
    }

    public static GatedPattern compile(String regex, int flags) {
        Pattern pattern = Pattern.compile(regex, flags);
        return new GatedPattern(pattern, LiteralGate.of(pattern));
    }

    /** Whether the pattern matches somewhere in {@code text}. */
    public boolean find(String text) {
        return gate.mayMatch(text) && pattern.matcher(text).find();
    }

    /** False only when the pattern cannot match {@code text}. */
    public boolean mayMatch(String text) {
        return gate.mayMatch(text);
    }

    /** A matcher over {@code text}, whatever the gate says. */
    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }
}
