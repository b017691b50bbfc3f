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

    /** Appends {@code decoded} to {@code out}, mapped onto {@code source[from, to)}. */
    static void align(String decoded, String source, int from, int to, MappedTextBuilder out) {
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
                int j2 = j;
                while (j2 < to && MappedTextBuilder.isCollapsibleSpace(source.charAt(j2))) {
                    j2++;
                }
                while (i < decoded.length() && MappedTextBuilder.isCollapsibleSpace(decoded.charAt(i))) {
                    i++;
                }
                out.appendSpace(j, j2);
                j = j2;
                continue;
            }
            if (r == c) {
                if (Character.isHighSurrogate(c) && i + 1 < decoded.length() && j + 1 < to
                        && decoded.charAt(i + 1) == source.charAt(j + 1)) {
                    out.append(c, j, j + 2).append(decoded.charAt(i + 1), j, j + 2);
                    i += 2;
                    j += 2;
                } else {
                    out.append(c, j, j + 1);
                    i++;
                    j++;
                }
                continue;
            }
            if (r == '&') {
                int end = entityEnd(source, j, to);
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
            if (r == '\\' && j + 1 < to && source.charAt(j + 1) == c) {
                out.append(c, j, j + 2);
                i++;
                j += 2;
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

    private static int entityEnd(String source, int ampersand, int to) {
        int k = ampersand + 1;
        int limit = Math.min(to, ampersand + MAX_ENTITY);
        if (k < limit && source.charAt(k) == '#') {
            k++;
        }
        while (k < limit && Character.isLetterOrDigit(source.charAt(k))) {
            k++;
        }
        if (k < limit && source.charAt(k) == ';') {
            k++;
        }
        return k;
    }
}
