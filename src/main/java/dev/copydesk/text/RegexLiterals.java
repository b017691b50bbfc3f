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
            while (reader.at < regex.length()) {
                char c = regex.charAt(reader.at++);
                if (c == '\\') {
                    reader.at++;
                } else if (c == '[') {
                    reader.skipClass();
                } else if (c == '(' || c == ')') {
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
        RegexPiece piece = read(regex, false);
        return piece == null ? null : piece.starts();
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
