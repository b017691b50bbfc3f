package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.fail;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link TextNormalizer} over random strings (fixed seeds) drawn from ranges that
 * normalization treats specially: combining marks, Hangul jamo, fullwidth and styled letters,
 * ligatures, default-ignorable characters, typographic punctuation, astral characters and the odd
 * lone surrogate. A failure prints the seed and the input.
 */
class TextNormalizerPropertyTest {
    private static final int STRINGS = 4000;
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    /** Code point ranges, inclusive, picked from at random. */
    private static final int[][] RANGES = {
        {0x20, 0x7E}, {0x41, 0x5A}, {0xA0, 0xFF}, {0x300, 0x36F}, {0x340, 0x345}, {0x391, 0x3C9},
        {0x1C4, 0x1CC}, {0x130, 0x131}, {0x1E9E, 0x1E9E}, {0x915, 0x939}, {0x93C, 0x94D}, {0x958, 0x95F},
        {0xF71, 0xF81}, {0x1100, 0x1112}, {0x1161, 0x1175}, {0x11A8, 0x11C2}, {0xAC00, 0xD7A3},
        {0x200B, 0x200F}, {0x2010, 0x2011}, {0x2018, 0x201F}, {0x2028, 0x202E}, {0x2032, 0x2033},
        {0x2060, 0x2064}, {0x00AD, 0x00AD}, {0x02BC, 0x02BC}, {0xFEFF, 0xFEFF}, {0xFE00, 0xFE0F},
        {0x2160, 0x217F}, {0x2460, 0x24FF}, {0xFB00, 0xFB06}, {0xFB50, 0xFBB1}, {0xFE70, 0xFEFC},
        {0xF900, 0xFAFF}, {0xFF01, 0xFF5E}, {0xFF65, 0xFF9F}, {0x3099, 0x309A}, {0x304B, 0x3093},
        {0x1D400, 0x1D7FF}, {0x1F300, 0x1F64F}, {0x1F3FB, 0x1F3FF}, {0xE0001, 0xE007F}, {0x1F1E6, 0x1F1FF},
        {0x4E00, 0x4E80}, {0x410, 0x44F}, {0x3300, 0x33FF}, {0x2100, 0x214F},
    };

    private static String randomString(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(24);
        for (int k = 0; k < n; k++) {
            if (r.nextInt(60) == 0) {
                b.append((char) (0xD800 + r.nextInt(0x800))); // a lone surrogate
                continue;
            }
            int[] range = RANGES[r.nextInt(RANGES.length)];
            b.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
        }
        return b.toString();
    }

    @Test
    void spansAreInsideTheInputOrderedAndNeverSplitACharacter() {
        forAll((s, n) -> {
            for (int k = 0; k < n.length(); k++) {
                int start = n.inputStart(k);
                int end = n.inputEnd(k);
                if (start < 0 || end <= start || end > s.length()) {
                    return "unit " + k + " maps to [" + start + ", " + end + ")";
                }
                if (k > 0 && (start < n.inputStart(k - 1) || end < n.inputEnd(k - 1))) {
                    return "unit " + k + " maps before unit " + (k - 1);
                }
                if (splitsPair(s, start) || splitsPair(s, end)) {
                    return "unit " + k + " maps to [" + start + ", " + end + "), splitting a surrogate pair";
                }
            }
            return null;
        });
    }

    @Test
    void eachChunkNormalizesOnItsOwnToItsUnits() {
        forAll((s, n) -> {
            StringBuilder joined = new StringBuilder();
            int previousEnd = 0;
            for (int k = 0; k < n.length();) {
                int start = n.inputStart(k);
                int end = n.inputEnd(k);
                int next = k;
                while (next < n.length() && n.inputStart(next) == start && n.inputEnd(next) == end) {
                    next++;
                }
                if (start < previousEnd) {
                    return "chunks overlap at unit " + k;
                }
                String skipped = TextNormalizer.chunked(s.substring(previousEnd, start)).text();
                if (!skipped.isEmpty()) {
                    return "input [" + previousEnd + ", " + start + ") produced no units, but alone gives "
                            + escape(skipped);
                }
                String alone = TextNormalizer.chunked(s.substring(start, end)).text();
                String units = n.text().substring(k, next);
                if (!alone.equals(units)) {
                    return "chunk [" + start + ", " + end + ") gave " + escape(units) + " but alone gives "
                            + escape(alone);
                }
                joined.append(alone);
                previousEnd = end;
                k = next;
            }
            if (!TextNormalizer.chunked(s.substring(previousEnd)).text().isEmpty()) {
                return "the tail of the input after the last unit does not normalize to nothing";
            }
            return joined.toString().equals(n.text()) ? null : "chunks joined give " + escape(joined.toString());
        });
    }

    @Test
    void anyChunkAlignedSpanNormalizesToTheUnitsItCovers() {
        forAll((s, n) -> {
            if (n.length() == 0) {
                return null;
            }
            Random r = new Random(s.hashCode());
            for (int t = 0; t < 8; t++) {
                int a = r.nextInt(n.length());
                int b = a + r.nextInt(n.length() - a);
                // widen [a, b] to whole chunks
                while (a > 0 && n.inputStart(a - 1) == n.inputStart(a)) {
                    a--;
                }
                while (b + 1 < n.length() && n.inputEnd(b + 1) == n.inputEnd(b)) {
                    b++;
                }
                Span span = n.inputSpan(a, b + 1);
                String alone = TextNormalizer.chunked(s.substring(span.start(), span.end())).text();
                if (!alone.equals(n.text().substring(a, b + 1))) {
                    return "span " + span + " of units [" + a + ", " + (b + 1) + ") normalizes alone to "
                            + escape(alone) + ", not " + escape(n.text().substring(a, b + 1));
                }
            }
            return null;
        });
    }

    @Test
    void chunkedResultEqualsNormalizingTheWholeString() {
        forAll((s, n) -> {
            String whole = foldPunctuation(NFKC_CASEFOLD.normalize(s));
            return whole.equals(n.text()) ? null : "whole-string normalization gives " + escape(whole);
        });
    }

    @Test
    void normalizingIsIdempotent() {
        forAll((s, n) -> {
            String again = TextNormalizer.chunked(n.text()).text();
            return again.equals(n.text()) ? null : "normalizing again gives " + escape(again);
        });
    }

    private interface Property {
        /** Returns a description of the violation, or null. */
        String check(String input, NormalizedText normalized);
    }

    private static void forAll(Property property) {
        for (int k = 0; k < STRINGS; k++) {
            long seed = 0x5EEDL + k;
            String input = randomString(new Random(seed));
            NormalizedText normalized = TextNormalizer.chunked(input);
            String problem = property.check(input, normalized);
            if (problem != null) {
                fail("seed=" + seed + " input " + escape(input) + " normalized " + escape(normalized.text()) + ": "
                        + problem);
            }
        }
    }

    private static boolean splitsPair(String s, int offset) {
        return offset > 0 && offset < s.length() && Character.isHighSurrogate(s.charAt(offset - 1))
                && Character.isLowSurrogate(s.charAt(offset));
    }

    /** The punctuation folding TextNormalizer documents, applied after whole-string normalization. */
    private static String foldPunctuation(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u02BC', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
                case '\u2010', '\u2011' -> '-';
                default -> c;
            });
        }
        return b.toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format(Locale.ROOT, "\\u%04X", (int) c));
        }
        return b.append('"').toString();
    }
}
