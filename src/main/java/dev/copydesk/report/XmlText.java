package dev.copydesk.report;

/**
 * Text for XML attributes and content. Characters XML 1.0 cannot carry at all (most controls,
 * lone surrogates, U+FFFE/U+FFFF) are written as visible {@code \\uXXXX} escapes, so a hostile
 * article cannot break the document or hide what it contains.
 */
final class XmlText {
    private XmlText() {
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean surrogatePair = Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1));
            if (surrogatePair) {
                b.append(c).append(s.charAt(++i));
                continue;
            }
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append("&#9;");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
