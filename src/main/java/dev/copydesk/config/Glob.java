package dev.copydesk.config;

import com.google.re2j.Pattern;

/**
 * A path glob, matched against a whole {@code /}-separated relative path: {@code *} and
 * {@code ?} stay within one folder name, {@code **} as a whole path segment spans any number of
 * folders (none included, so {@code **}{@code /*.md} also matches {@code a.md}), {@code [a-z]} and
 * {@code [!a-z]} are character classes, {@code {md,html}} are alternatives and {@code \} quotes
 * the next character. Compiled to RE2J, so matching is linear. Immutable.
 */
public record Glob(String pattern, Pattern regex) {

    public boolean matches(String path) {
        return regex.matches(path);
    }

    /** Appends the regex of the star or double star at {@code g[i]}; the index of its last character. */
    private static int stars(String g, int i, StringBuilder re, String glob) {
        if (i + 1 >= g.length() || g.charAt(i + 1) != '*') {
            re.append("[^/]*");
            return i;
        }
        boolean segmentStart = i == 0 || g.charAt(i - 1) == '/';
        boolean segmentEnd = i + 2 == g.length() || g.charAt(i + 2) == '/';
        if (!segmentStart || !segmentEnd) {
            throw new IllegalArgumentException("'**' must be a whole path segment, as in 'a/**/b', in '" + glob + "'");
        }
        if (i + 2 < g.length()) {
            re.append("(?:.*/)?");
            return i + 2;
        }
        re.append(".*");
        return i + 1;
    }

    /**
     * Compiles {@code glob}.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static Glob compile(String glob) {
        String g = glob.startsWith("./") ? glob.substring(2) : glob;
        if (g.isBlank()) {
            throw new IllegalArgumentException("empty glob");
        }
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            switch (c) {
                case '*' -> i = stars(g, i, re, glob);
                case '?' -> re.append("[^/]");
                case '[' -> i = characterClass(g, i, re, glob);
                case '{' -> {
                    braces++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (braces == 0) {
                        throw new IllegalArgumentException("'}' without '{' in '" + glob + "'");
                    }
                    braces--;
                    re.append(')');
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                case '\\' -> {
                    if (i + 1 == g.length()) {
                        throw new IllegalArgumentException("'\\' at the end of '" + glob + "' quotes nothing");
                    }
                    re.append(Pattern.quote(String.valueOf(g.charAt(++i))));
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces > 0) {
            throw new IllegalArgumentException("'{' without '}' in '" + glob + "'");
        }
        try {
            return new Glob(glob, Pattern.compile(re.toString()));
        } catch (com.google.re2j.PatternSyntaxException e) {
            // What is left to go wrong is a class range written backwards, such as [z-a].
            throw new IllegalArgumentException(e.getDescription() + " in '" + glob + "'");
        }
    }

    /** Translates the class starting at {@code g[open]}; returns the index of its closing bracket. */
    private static int characterClass(String g, int open, StringBuilder re, String glob) {
        int i = open + 1;
        boolean negated = i < g.length() && (g.charAt(i) == '!' || g.charAt(i) == '^');
        if (negated) {
            i++;
        }
        int first = i;
        StringBuilder members = new StringBuilder();
        while (i < g.length() && (g.charAt(i) != ']' || i == first)) {
            char c = g.charAt(i);
            if (c == '/') {
                throw new IllegalArgumentException("'/' inside '[...]' in '" + glob + "'");
            }
            if (c == '-' && i > first && i + 1 < g.length() && g.charAt(i + 1) != ']') {
                members.append('-');
            } else {
                members.append(c == '\\' || c == '[' || c == ']' || c == '^' || c == '-' ? "\\" + c : String.valueOf(c));
            }
            i++;
        }
        if (i >= g.length()) {
            throw new IllegalArgumentException("'[' without ']' in '" + glob + "'");
        }
        re.append(negated ? "[^/" : "[").append(members).append(']');
        return i;
    }
}
