package dev.copydesk.text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A recursive-descent reader of a pattern's text into {@link RegexPiece}s, for
 * {@link RegexLiterals}: what each piece matches exactly, contains, and begins with.
 */
final class RegexReader {
    /** The most characters a class may hold and still be read as its members: one alphabet. */
    private static final int MAX_CLASS = 26;
    private final String regex;
    private final boolean caseInsensitive;
    int at;

    RegexReader(String regex, boolean caseInsensitive) {
        this.regex = regex;
        this.caseInsensitive = caseInsensitive;
    }

    RegexPiece alternation() throws Unreadable {
        RegexPiece result = sequence();
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            result = result.or(sequence());
        }
        return result;
    }

    /**
     * A sequence: exact pieces in a row join into a run of literals; where a piece that is not
     * exact breaks the run, the run so far becomes a candidate requirement, and the sequence
     * keeps the best candidate. It begins with what its first run or piece begins with, and an
     * optional piece there ("(?:some\\s+)?experts") adds what it begins with to what follows it.
     */
    private RegexPiece sequence() throws Unreadable {
        Set<String> best = null;
        boolean broken = false;
        Set<String> leading = null;
        Set<String> opening = null; // optional pieces' starts, while what follows them is still to come
        RegexPiece run = RegexPiece.EMPTY;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            RegexPiece next = quantified(atom());
            RegexPiece joined = run.then(next);
            if (joined != null) {
                run = joined;
                continue;
            }
            if (!broken || opening != null) {
                boolean nothingYet = run.exact().equals(Set.of(""));
                Set<String> optional = nothingYet ? next.opening() : null;
                if (optional != null) {
                    opening = opening == null ? optional : RegexPiece.union(opening, optional);
                } else {
                    // The sequence begins with the exact run before its first inexact piece, or,
                    // when only zero-width pieces came first, with what that piece begins with.
                    Set<String> first = nothingYet ? next.starts() : run.starts();
                    leading = opening == null ? first : RegexPiece.union(opening, first);
                    opening = null;
                }
            }
            broken = true;
            best = RegexPiece.better(best, run.required());
            if (next.exact() != null) {
                run = next;
            } else {
                best = RegexPiece.better(best, next.required());
                run = RegexPiece.EMPTY;
            }
        }
        if (opening != null) {
            leading = RegexPiece.union(opening, run.starts()); // optional pieces, then a run to the end
        }
        return broken ? new RegexPiece(null, RegexPiece.better(best, run.required()), leading) : run;
    }

    private RegexPiece quantified(RegexPiece atom) throws Unreadable {
        RegexPiece result = atom;
        while (at < regex.length()) {
            char c = regex.charAt(at);
            if (c == '*') {
                at++;
                result = RegexPiece.ANY;
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

    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("\\d+(?:,\\d*)?");

    private RegexPiece counted(RegexPiece atom) throws Unreadable {
        int close = regex.indexOf('}', at);
        if (close < 0 || !COUNT.matcher(regex.substring(at + 1, close)).matches()) {
            throw new Unreadable(); // RE2 reads such a brace as a literal, Java as an error
        }
        String[] bounds = regex.substring(at + 1, close).split(",", -1);
        at = close + 1;
        int min = Integer.parseInt(bounds[0]);
        if (min == 0) {
            return RegexPiece.ANY;
        }
        return min == 1 && bounds.length == 1 ? atom : atom.atLeastOnce();
    }

    private RegexPiece atom() throws Unreadable {
        char c = regex.charAt(at++);
        switch (c) {
            case '(':
                return group();
            case '[':
                return characterClass();
            case '.':
                return RegexPiece.ANY;
            case '^':
            case '$':
                return RegexPiece.EMPTY;
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

    private RegexPiece literal(char c) {
        int folded = searchable(c);
        return folded < 0 ? RegexPiece.ANY : RegexPiece.literal((char) folded);
    }

    /**
     * The character to search for in place of {@code c}, or -1 if there is none: in a
     * case-insensitive pattern, ASCII letters are lowercased and other letters have more
     * case pairs than lowercasing knows, while a symbol without case ("£", "%") is itself. Half
     * of a surrogate pair is none: both engines read code points, and never start a match, nor
     * let a class range run, inside a pair.
     */
    private int searchable(char c) {
        if (Character.isSurrogate(c)) {
            return -1;
        }
        if (!caseInsensitive) {
            return c;
        }
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        boolean caseless = !Character.isLetter(c) && Character.toLowerCase(c) == c && Character.toUpperCase(c) == c
                && Character.toTitleCase(c) == c && !Character.isSurrogate(c);
        return caseless ? c : -1;
    }

    /**
     * A class of a few characters ({@code [%£$]}, {@code [0-9]}, {@code [A-Z]}, {@code \d} inside)
     * is exactly one of them; any other class (negated, nested, with \s or \p, or larger than an
     * alphabet) is any character.
     */
    private RegexPiece characterClass() throws Unreadable {
        int start = at;
        Set<String> members = new LinkedHashSet<>();
        while (at < regex.length() && regex.charAt(at) != ']') {
            char c = regex.charAt(at);
            if (c == '^' && at == start || c == '[') {
                return skippedClass(start);
            }
            if (c == '\\') {
                if (at + 1 < regex.length() && regex.charAt(at + 1) == 'd') {
                    addRange(members, '0', '9');
                    at += 2;
                    continue;
                }
                if (at + 1 >= regex.length() || Character.isLetterOrDigit(regex.charAt(at + 1))) {
                    return skippedClass(start);
                }
                c = regex.charAt(++at);
            }
            at++;
            char last = c;
            if (at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                last = regex.charAt(at + 1);
                if (last == '\\' || last == '[') {
                    return skippedClass(start);
                }
                at += 2;
            }
            if (last - c >= MAX_CLASS || !addRange(members, c, last)) {
                return skippedClass(start);
            }
        }
        if (at >= regex.length() || at == start || members.size() > MAX_CLASS) {
            return skippedClass(start);
        }
        at++;
        return new RegexPiece(members, null);
    }

    private boolean addRange(Set<String> members, char from, char to) {
        for (int c = from; c <= to; c++) { // an int: a char would wrap past \uffff and never end
            int folded = searchable((char) c);
            if (folded < 0) {
                return false;
            }
            members.add(String.valueOf((char) folded));
        }
        return true;
    }

    private RegexPiece skippedClass(int start) throws Unreadable {
        at = start;
        skipClass();
        return RegexPiece.ANY;
    }

    private RegexPiece group() throws Unreadable {
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
        RegexPiece inner = alternation();
        if (at >= regex.length() || regex.charAt(at) != ')') {
            throw new Unreadable();
        }
        at++;
        return zeroWidth ? RegexPiece.EMPTY : inner;
    }

    /**
     * The next character of the pattern read as syntax, or -1 at its end: an escape comes back as
     * its backslash, the escaped character skipped, and a class as its '[', the class skipped.
     */
    int nextSyntax() throws Unreadable {
        if (at >= regex.length()) {
            return -1;
        }
        char c = regex.charAt(at++);
        if (c == '\\') {
            at++;
        } else if (c == '[') {
            skipClass();
        }
        return c;
    }

    /**
     * Skips a character class; a ']' right after the opening is a member. A '[' inside one reads
     * differently in the two syntaxes (a nested class in Java, itself or a POSIX class in RE2), so
     * a pattern with one is not read at all.
     */
    void skipClass() throws Unreadable {
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
                throw new Unreadable();
            } else if (c == ']') {
                return;
            }
        }
        throw new Unreadable();
    }

    private RegexPiece escape() throws Unreadable {
        if (at >= regex.length()) {
            throw new Unreadable();
        }
        char c = regex.charAt(at++);
        if (c == 'G') {
            throw new Unreadable(); // the end of the last match: a search from a place of ours would move it
        }
        if ("bBAzZ".indexOf(c) >= 0) {
            return RegexPiece.EMPTY;
        }
        if (c == 'd') {
            Set<String> digits = new LinkedHashSet<>();
            addRange(digits, '0', '9');
            return new RegexPiece(digits, null);
        }
        if ("DsSwWhHvVRXntrfae".indexOf(c) >= 0) {
            return RegexPiece.ANY; // a class, or one control character
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
            return RegexPiece.ANY;
        }
        if (Character.isLetterOrDigit(c)) {
            throw new Unreadable(); // \x41, \u0041, \1, \Q...\E, \k<name>: arguments this does not read
        }
        return literal(c);
    }

    /** Thrown on syntax this reader does not cover; the gate is then open. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable() {
            super(null, null, false, false);
        }
    }
}
