package dev.copydesk.report.sarif;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/** SARIF's ways of saying where: a region's end in lines and code-point columns, and a file as a URI. */
final class SarifPositions {
    private SarifPositions() {
    }

    /**
     * Where a region that starts at {@code line}/{@code column} and holds {@code text} ends
     * (exclusive, code-point columns). CR, LF and CRLF each end a line, as in SARIF and in the
     * source index every finding's line comes from.
     */
    static int[] end(int line, int column, String text) {
        int l = line;
        int c = column;
        for (int i = 0; i < text.length(); ) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                l++;
                c = 1;
                i += ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                c++;
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return new int[] {l, c};
    }

    /**
     * A document's URI and base, for code-scanning tools: paths as typed are relative to the
     * working directory, which is what {@code SRCROOT} stands for (a checkout's root in CI). An
     * absolute path inside the working directory is made relative to it; one outside it becomes an
     * absolute {@code file:} URI with no base (null), since a relative reference may not start
     * with a slash.
     */
    static String[] artifactUri(String path, Path cwd) {
        Path absolute = null;
        try {
            // A JSONL article's path ends in "#id", and an id may hold what no file name can: a
            // NUL, a lone surrogate. Those become U+FFFD here (UTF-8 could not carry them anyway).
            StringBuilder named = new StringBuilder(path.length());
            path.codePoints().forEach(c -> named.appendCodePoint(c == 0 || Character.isSurrogate((char) c) && c <= 0xFFFF
                    ? 0xFFFD : c));
            path = named.toString();
            Path p = Path.of(path);
            absolute = p.isAbsolute() ? p.normalize() : null;
        } catch (InvalidPathException e) {
            // Not a path this file system can name: keep it as typed.
        }
        if (absolute == null) {
            return new String[] {uri(path), "SRCROOT"};
        }
        if (absolute.startsWith(cwd) && !absolute.equals(cwd)) {
            return new String[] {uri(cwd.relativize(absolute).toString().replace('\\', '/')), "SRCROOT"};
        }
        String slashed = absolute.toString().replace('\\', '/');
        return new String[] {"file://" + (slashed.startsWith("/") ? "" : "/") + uri(slashed), null};
    }

    /** A relative URI reference for a display path: "stories/a b.html" becomes "stories/a%20b.html". */
    static String uri(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return b.toString();
    }
}
