package dev.copydesk.text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads from a pattern's text the literals one of which every match contains. The reading covers
 * the syntax RE2 and Java share and is conservative: a piece it cannot read, such as an escape
 * with arguments, an inline flag or {@code \Q}, gives no literals at all, so a gate built on them
 * never turns away text the regex would match. A piece matches either exactly one of a few
 * strings ({@code (?:said|says)}, {@code experts?}), whose concatenations grow into longer
 * literals, or something that contains one of a set of strings. Zero-width pieces ({@code \b},
 * anchors, lookaround) match the empty string.
 */
final class RegexLiterals {
    /** Exact sets grow by concatenation only up to this size; past it they become a requirement. */
    private static final int MAX_EXACT = 64;

    private RegexLiterals() {
    }

    /**
     * The literals, or null when the pattern has none to rely on. With {@code caseInsensitive},
     * literals are lowercase ASCII, and a non-ASCII letter reads as "any character".
     */
    static Set<String> required(String regex, boolean caseInsensitive) {
        try {
            Reader reader = new Reader(regex, caseInsensitive);
            Piece piece = reader.alternation();
            if (reader.at < regex.length()) {
                return null; // an unmatched ')': not a pattern this reads
            }
            return piece.required();
        } catch (Unreadable e) {
            return null;
        }
    }

    /**
     * What a piece of pattern matches: exactly one of {@code exact} when that is known, else
     * something that contains one of {@code contains} (null: anything at all).
     */
    private record Piece(Set<String> exact, Set<String> contains) {
        static final Piece EMPTY = new Piece(Set.of(""), null);
        static final Piece ANY = new Piece(null, null);

        static Piece literal(char c) {
            return new Piece(Set.of(String.valueOf(c)), null);
        }

        /** The strings one of which every match contains, or null if there are none to rely on. */
        Set<String> required() {
            Set<String> set = exact != null ? exact : contains;
            return set == null || set.contains("") ? null : set;
        }

        /** The exact concatenation of two exact pieces, or null when either is not exact or it grows too big. */
        Piece then(Piece next) {
            if (exact == null || next.exact == null || exact.size() * next.exact.size() > MAX_EXACT) {
                return null;
            }
            Set<String> product = new LinkedHashSet<>();
            for (String a : exact) {
                for (String b : next.exact) {
                    product.add(a + b);
                }
            }
            return new Piece(product, null);
        }

        Piece or(Piece other) {
            if (exact != null && other.exact != null && exact.size() + other.exact.size() <= MAX_EXACT) {
                Set<String> union = new LinkedHashSet<>(exact);
                union.addAll(other.exact);
                return new Piece(union, null);
            }
            Set<String> a = required();
            Set<String> b = other.required();
            if (a == null || b == null) {
                return ANY;
            }
            Set<String> union = new LinkedHashSet<>(a);
            union.addAll(b);
            return new Piece(null, union);
        }

        /** Zero or one: the empty string joins the exact set, so "experts?" reads as two words. */
        Piece optional() {
            if (exact != null && exact.size() < MAX_EXACT) {
                Set<String> set = new LinkedHashSet<>(exact);
                set.add("");
                return new Piece(set, null);
            }
            return ANY;
        }

        /** One or more: every match still contains one of the piece's strings. */
        Piece atLeastOnce() {
            return new Piece(null, required());
        }

        /** The requirement whose shortest literal is longest: the rarer in text, the more it gates. */
        static Set<String> better(Set<String> a, Set<String> b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            int shortestA = a.stream().mapToInt(String::length).min().orElse(0);
            int shortestB = b.stream().mapToInt(String::length).min().orElse(0);
            if (shortestA != shortestB) {
                return shortestA > shortestB ? a : b;
            }
            return a.size() <= b.size() ? a : b;
        }
    }

    /** Thrown on syntax this reader does not cover; the gate is then open. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable() {
            super(null, null, false, false);
        }
    }

    /** A recursive-descent reader of the pattern's text. */
    private static final class Reader {
        private final String regex;
        private final boolean caseInsensitive;
        private int at;

        Reader(String regex, boolean caseInsensitive) {
            this.regex = regex;
            this.caseInsensitive = caseInsensitive;
        }

        Piece alternation() throws Unreadable {
            Piece result = sequence();
            while (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                result = result.or(sequence());
            }
            return result;
        }

        /**
         * A sequence: exact pieces in a row join into a run of literals; where a piece that is not
         * exact breaks the run, the run so far becomes a candidate requirement, and the sequence
         * keeps the best candidate.
         */
        private Piece sequence() throws Unreadable {
            Set<String> best = null;
            boolean broken = false;
            Piece run = Piece.EMPTY;
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                Piece next = quantified(atom());
                Piece joined = run.then(next);
                if (joined != null) {
                    run = joined;
                    continue;
                }
                broken = true;
                best = Piece.better(best, run.required());
                if (next.exact() != null) {
                    run = next;
                } else {
                    best = Piece.better(best, next.required());
                    run = Piece.EMPTY;
                }
            }
            return broken ? new Piece(null, Piece.better(best, run.required())) : run;
        }

        private Piece quantified(Piece atom) throws Unreadable {
            Piece result = atom;
            while (at < regex.length()) {
                char c = regex.charAt(at);
                if (c == '*') {
                    at++;
                    result = Piece.ANY;
                } else if (c == '+') {
                    at++;
                    result = result.atLeastOnce();
                } else if (c == '?') {
                    at++;
                    result = result.optional();
                } else if (c == '{') {
                    result = counted(result);
                } else {
                    return result;
                }
                if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                    at++; // lazy or possessive: the same strings, or fewer
                }
            }
            return result;
        }

        private Piece counted(Piece atom) throws Unreadable {
            int close = regex.indexOf('}', at);
            if (close < 0 || !regex.substring(at + 1, close).matches("\\d+(?:,\\d*)?")) {
                throw new Unreadable(); // RE2 reads such a brace as a literal, Java as an error
            }
            String[] bounds = regex.substring(at + 1, close).split(",", -1);
            at = close + 1;
            int min = Integer.parseInt(bounds[0]);
            if (min == 0) {
                return Piece.ANY;
            }
            return min == 1 && bounds.length == 1 ? atom : atom.atLeastOnce();
        }

        private Piece atom() throws Unreadable {
            char c = regex.charAt(at++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    skipClass();
                    return Piece.ANY;
                case '.':
                    return Piece.ANY;
                case '^':
                case '$':
                    return Piece.EMPTY;
                case '\\':
                    return escape();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unreadable(); // a quantifier with nothing before it
                default:
                    return literal(c);
            }
        }

        private Piece literal(char c) {
            if (!caseInsensitive) {
                return Piece.literal(c);
            }
            if (c >= 128) {
                return Piece.ANY; // Unicode case folding has more pairs than lowercasing
            }
            return Piece.literal(Character.toLowerCase(c));
        }

        private Piece group() throws Unreadable {
            boolean zeroWidth = false;
            if (regex.startsWith("?:", at) || regex.startsWith("?>", at)) {
                at += 2;
            } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
                at += 2;
                zeroWidth = true;
            } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                at += 3;
                zeroWidth = true;
            } else if (regex.startsWith("?P<", at) || regex.startsWith("?<", at)) {
                int close = regex.indexOf('>', at);
                if (close < 0) {
                    throw new Unreadable();
                }
                at = close + 1;
            } else if (regex.startsWith("?", at)) {
                throw new Unreadable(); // inline flags change how the rest reads
            }
            Piece inner = alternation();
            if (at >= regex.length() || regex.charAt(at) != ')') {
                throw new Unreadable();
            }
            at++;
            return zeroWidth ? Piece.EMPTY : inner;
        }

        /** Skips a character class, nested classes included; a ']' right after the opening is a member. */
        private void skipClass() throws Unreadable {
            int depth = 1;
            if (at < regex.length() && regex.charAt(at) == '^') {
                at++;
            }
            if (at < regex.length() && regex.charAt(at) == ']') {
                at++;
            }
            while (at < regex.length()) {
                char c = regex.charAt(at++);
                if (c == '\\') {
                    at++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    return;
                }
            }
            throw new Unreadable();
        }

        private Piece escape() throws Unreadable {
            if (at >= regex.length()) {
                throw new Unreadable();
            }
            char c = regex.charAt(at++);
            if ("bBAzZG".indexOf(c) >= 0) {
                return Piece.EMPTY;
            }
            if ("dDsSwWhHvVRXntrfae".indexOf(c) >= 0) {
                return Piece.ANY; // a class, or one control character
            }
            if (c == 'p' || c == 'P') {
                if (at < regex.length() && regex.charAt(at) == '{') {
                    int close = regex.indexOf('}', at);
                    if (close < 0) {
                        throw new Unreadable();
                    }
                    at = close + 1;
                } else {
                    at++;
                }
                return Piece.ANY;
            }
            if (Character.isLetterOrDigit(c)) {
                throw new Unreadable(); // \x41, \u0041, \1, \Q...\E, \k<name>: arguments this does not read
            }
            return literal(c);
        }
    }
}
