package dev.copydesk.text;

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
    private RegexLiterals() {
    }

    /**
     * Whether every top-level branch of the pattern starts with {@code ^}: such a pattern fails at
     * the first character of text that does not match, faster than any search for literals.
     */
    static boolean anchoredAtStart(String regex) {
        return regex.startsWith("^") && everyBranchStartsWith(regex, "^");
    }

    /**
     * Whether every match begins at a word boundary: the pattern opens with {@code \b}, not
     * quantified, and has a single top-level branch.
     */
    static boolean startsAtWordBoundary(String regex) {
        return regex.startsWith("\\b") && (regex.length() == 2 || "?*+{".indexOf(regex.charAt(2)) < 0)
                && everyBranchStartsWith(regex, null);
    }

    /** Whether every top-level branch after the first starts with {@code opening}; with null, whether there is no other branch. */
    private static boolean everyBranchStartsWith(String regex, String opening) {
        RegexReader reader = new RegexReader(regex, false);
        int depth = 0;
        try {
            for (int c = reader.nextSyntax(); c >= 0; c = reader.nextSyntax()) {
                if (c == '(' || c == ')') {
                    depth += c == '(' ? 1 : -1;
                } else if (c == '|' && depth == 0 && (opening == null || !regex.startsWith(opening, reader.at))) {
                    return false;
                }
            }
        } catch (RegexReader.Unreadable e) {
            return false;
        }
        return true;
    }

    /**
     * The literals, or null when the pattern has none to rely on. With {@code caseInsensitive},
     * literals are lowercase ASCII, and a non-ASCII letter reads as "any character".
     */
    static Set<String> required(String regex, boolean caseInsensitive) {
        RegexPiece piece = read(regex, caseInsensitive);
        return piece == null ? null : piece.required();
    }

    /**
     * The literals one of which every match of a case-sensitive pattern begins with (after any
     * zero-width assertion such as {@code \b}), none of them empty, or null when the pattern has
     * none to rely on: {@code \b(?:is|was)\s+\w+ed} begins with "is" or "was".
     */
    static Set<String> leading(String regex) {
        return leading(regex, false);
    }

    /** The same for a case-insensitive pattern too, whose literals are then lowercase ASCII or characters without case. */
    static Set<String> leading(String regex, boolean caseInsensitive) {
        RegexPiece piece = read(regex, caseInsensitive);
        return piece == null ? null : piece.starts();
    }

    /**
     * Whether Java may report a group captured by an earlier, failed attempt: a capturing group
     * inside a lookaround or an atomic group, one that is or sits inside a quantified group, or any
     * capturing group with a possessive quantifier. Java's search does not always undo what such a
     * group captured when the attempt around it fails, so a match found by trying every place can
     * carry groups that trying only some places would not. Also a {@code ^} or {@code \\A} inside a
     * lookaround or an atomic group: where it matches, Java sets the match's start to that place
     * (its {@code Begin} node), which its own search then sets right and {@code lookingAt} does
     * not; {@code (?<=^x)y} "matched" from where the lookbehind began.
     */
    static boolean mayKeepStaleGroups(String regex) {
        RegexReader reader = new RegexReader(regex, false);
        java.util.ArrayDeque<boolean[]> open = new java.util.ArrayDeque<>(); // per open group: {keeps captures, holds one}
        boolean captures = false;
        boolean possessive = false;
        try {
            for (int c = reader.nextSyntax(); c >= 0; c = reader.nextSyntax()) {
                if (c == '(') {
                    boolean named = regex.startsWith("?<", reader.at) && reader.at + 2 < regex.length()
                            && Character.isLetter(regex.charAt(reader.at + 2));
                    boolean capturing = named || !regex.startsWith("?", reader.at);
                    boolean inside = !open.isEmpty() && open.peek()[0];
                    if (capturing && inside) {
                        return true;
                    }
                    captures |= capturing;
                    open.push(new boolean[] {inside || !named && (regex.startsWith("?=", reader.at)
                            || regex.startsWith("?!", reader.at) || regex.startsWith("?<", reader.at)
                            || regex.startsWith("?>", reader.at)), capturing});
                    if (regex.startsWith("?", reader.at)) {
                        reader.at++; // not a quantifier
                    }
                } else if (c == ')' && !open.isEmpty()) {
                    boolean holdsCapture = open.pop()[1];
                    if (holdsCapture && reader.at < regex.length() && "*+?{".indexOf(regex.charAt(reader.at)) >= 0) {
                        return true;
                    }
                    if (holdsCapture && !open.isEmpty()) {
                        open.peek()[1] = true;
                    }
                } else if ((c == '^' || c == '\\' && regex.charAt(reader.at - 1) == 'A') && !open.isEmpty() && open.peek()[0]) {
                    return true;
                } else if ("*+?}".indexOf(c) >= 0 && regex.startsWith("+", reader.at)) {
                    possessive = true;
                    reader.at++;
                }
            }
        } catch (RegexReader.Unreadable e) {
            return true;
        }
        return captures && possessive;
    }

    /** What the whole pattern matches, or null when it holds syntax the reader does not cover. */
    private static RegexPiece read(String regex, boolean caseInsensitive) {
        try {
            RegexReader reader = new RegexReader(regex, caseInsensitive);
            RegexPiece piece = reader.alternation();
            return reader.at < regex.length() ? null : piece; // an unmatched ')': not a pattern this reads
        } catch (RegexReader.Unreadable e) {
            return null;
        }
    }
}
