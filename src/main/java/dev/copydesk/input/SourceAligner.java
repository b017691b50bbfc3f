package dev.copydesk.input;

import org.jsoup.parser.Parser;

/**
 * Maps text that a parser decoded (entities resolved, Markdown escapes removed, line endings
 * and whitespace changed) back onto the raw source slice it came from, character by character.
 * Where the two cannot be aligned the character is mapped to the nearest plausible source
 * position, so offsets stay monotonic and inside the slice. Stateless.
 */
final class SourceAligner {
    private static final int MAX_ENTITY = 40;
    private static final int RESYNC_WINDOW = 16;

    private SourceAligner() {
    }

    /** What, besides whitespace changes, turned the source into the decoded text. */
    enum Syntax {
        /** HTML text: character references. */
        HTML,
        /** Markdown inline text: backslash escapes and character references (with their semicolon). */
        MARKDOWN,
        /** Text taken literally, such as a Markdown code span. */
        LITERAL
    }

    /** Appends {@code decoded} to {@code out}, mapped onto {@code source[from, to)}. */
    static void align(String decoded, String source, int from, int to, MappedTextBuilder out) {
        align(decoded, source, from, to, out, Syntax.HTML);
    }

    static void align(String decoded, String source, int from, int to, MappedTextBuilder out, Syntax syntax) {
        int i = 0;
        int j = from;
        while (i < decoded.length()) {
            char c = decoded.charAt(i);
            if (j >= to) {
                out.append(c, Math.max(from, to - 1), to);
                i++;
                continue;
            }
            char r = source.charAt(j);
            if (MappedTextBuilder.isCollapsibleSpace(c) && MappedTextBuilder.isCollapsibleSpace(r)) {
                int j2 = skipSpace(source, j, to, syntax);
                while (i < decoded.length() && MappedTextBuilder.isCollapsibleSpace(decoded.charAt(i))) {
                    i++;
                }
                out.appendSpace(j, j2);
                j = j2;
                continue;
            }
            if (syntax == Syntax.MARKDOWN && r == '\\' && j + 1 < to && source.charAt(j + 1) == c
                    && isAsciiPunctuation(c)) {
                // Before the verbatim case, so that an escaped backslash is one unit.
                out.append(c, j, j + 2);
                i++;
                j += 2;
                continue;
            }
            if (r == '&' && syntax != Syntax.LITERAL) {
                // Before the verbatim case: "&amp;" decodes to '&', which equals its first source char.
                int end = entityEnd(source, j, to, syntax);
                String resolved = end > j + 1 ? Parser.unescapeEntities(source.substring(j, end), false) : "";
                if (!resolved.isEmpty() && resolved.length() < end - j && decoded.startsWith(resolved, i)) {
                    for (int k = 0; k < resolved.length(); k++) {
                        out.append(resolved.charAt(k), j, end);
                    }
                    i += resolved.length();
                    j = end;
                    continue;
                }
            }
            if (r == c) {
                int units = copyVerbatim(decoded, i, source, j, to, out);
                i += units;
                j += units;
                continue;
            }
            int found = source.indexOf(c, j);
            if (found >= 0 && found < Math.min(to, j + RESYNC_WINDOW)) {
                // Raw markup the parser dropped (a Markdown delimiter, say): skip over it.
                out.append(c, found, found + 1);
                j = found + 1;
            } else {
                out.append(c, j, j + 1);
                j++;
            }
            i++;
        }
    }

    /** Appends the character at {@code decoded[i]}, written as it is at {@code source[j]}; how many units it took (a surrogate pair is two). */
    private static int copyVerbatim(String decoded, int i, String source, int j, int to, MappedTextBuilder out) {
        char c = decoded.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < decoded.length() && j + 1 < to && decoded.charAt(i + 1) == source.charAt(j + 1)) {
            out.append(c, j, j + 2).append(decoded.charAt(i + 1), j, j + 2);
            return 2;
        }
        out.append(c, j, j + 1);
        return 1;
    }

    /** End of the run of source whitespace at {@code j}, counting references to whitespace such as {@code &#10;}. */
    private static int skipSpace(String source, int j, int to, Syntax syntax) {
        int k = j;
        while (k < to) {
            if (MappedTextBuilder.isCollapsibleSpace(source.charAt(k))) {
                k++;
                continue;
            }
            if (source.charAt(k) != '&' || syntax == Syntax.LITERAL) {
                break;
            }
            int end = entityEnd(source, k, to, syntax);
            String resolved = end > k + 1 ? Parser.unescapeEntities(source.substring(k, end), false) : "";
            if (resolved.isEmpty() || resolved.length() >= end - k
                    || !resolved.chars().allMatch(ch -> MappedTextBuilder.isCollapsibleSpace((char) ch))) {
                break;
            }
            k = end;
        }
        return k;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c > ' ' && c < 0x7F && !Character.isLetterOrDigit(c);
    }

    private static int entityEnd(String source, int ampersand, int to, Syntax syntax) {
        int k = ampersand + 1;
        int limit = Math.min(to, ampersand + MAX_ENTITY);
        if (k < limit && source.charAt(k) == '#') {
            k++;
        }
        while (k < limit && Character.isLetterOrDigit(source.charAt(k))) {
            k++;
        }
        if (k < limit && source.charAt(k) == ';') {
            return k + 1;
        }
        // CommonMark needs the semicolon; HTML also knows legacy references without one.
        return syntax == Syntax.MARKDOWN ? ampersand + 1 : k;
    }
}
