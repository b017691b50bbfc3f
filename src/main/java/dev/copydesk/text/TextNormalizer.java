package dev.copydesk.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * Produces the form that rules match against: ICU NFKC with case folding (NFKC_Casefold),
 * which turns styled letters such as {@code 𝒄𝒂𝓊𝓰𝒉𝓉} and fullwidth letters into plain ones,
 * folds case and deletes default-ignorable characters (zero-width spaces, soft hyphens, bidi
 * controls), so none of them can hide a phrase. Typographic apostrophes, quotes and hyphens
 * are then folded to their ASCII forms so that rule authors need not list every variant, and
 * look-alike letters of other scripts inside Latin words are read as the Latin letters they
 * imitate.
 *
 * <p>The input is cut into normalization chunks at the normalizer's own boundaries and each
 * chunk is normalized on its own, which gives the same result as normalizing the whole
 * string and lets every output unit point back to its chunk. Thread-safe.
 */
public final class TextNormalizer {
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private TextNormalizer() {
    }

    public static NormalizedText normalize(String input) {
        NormalizedText chunked = chunked(input);
        StringBuilder text = new StringBuilder(chunked.text());
        foldLookalikesInLatinWords(text);
        return chunked.withText(text.toString());
    }

    /**
     * The context-free part of {@link #normalize}: NFKC_Casefold and typographic folding, chunk
     * by chunk, so any chunk-aligned span normalizes on its own to the units it maps to.
     */
    static NormalizedText chunked(String input) {
        int n = input.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        int count = 0;
        int i = 0;
        while (i < n) {
            int j = i + Character.charCount(input.codePointAt(i));
            // Every ASCII character starts a chunk of its own (TextNormalizerTest checks): only
            // others are asked, once per character of every block.
            while (j < n && input.charAt(j) >= 0x80 && !NFKC_CASEFOLD.hasBoundaryBefore(input.codePointAt(j))) {
                j += Character.charCount(input.codePointAt(j));
            }
            String folded;
            char c = input.charAt(i);
            if (j == i + 1 && c < 0x80) {
                folded = null;
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2 + 8);
                    ends = Arrays.copyOf(ends, count * 2 + 8);
                }
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                starts[count] = i;
                ends[count++] = j;
            } else {
                folded = foldPunctuation(NFKC_CASEFOLD.normalize(input.substring(i, j)));
                if (count + folded.length() > starts.length) {
                    starts = Arrays.copyOf(starts, (count + folded.length()) * 2 + 8);
                    ends = Arrays.copyOf(ends, (count + folded.length()) * 2 + 8);
                }
                for (int k = 0; k < folded.length(); k++) {
                    out.append(folded.charAt(k));
                    starts[count] = i;
                    ends[count++] = j;
                }
            }
            i = j;
        }
        return new NormalizedText(out.toString(), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /**
     * In words that contain Latin letters, replaces letters of other scripts that imitate a
     * Latin letter (Cyrillic ѕ, Greek ο) with that letter, so {@code ѕhocking} matches
     * "shocking". One unit for one unit, so the offset maps stay valid. Words wholly in another
     * script are left alone: they are that language, not a disguise.
     */
    private static void foldLookalikesInLatinWords(StringBuilder text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (text.charAt(i) < 0x80 && !Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean latin = false;
            boolean foreign = false;
            while (i < n && Character.isLetter(text.charAt(i))) {
                char c = text.charAt(i);
                latin |= c < 0x80 || com.ibm.icu.lang.UScript.getScript(c) == com.ibm.icu.lang.UScript.LATIN;
                foreign |= c >= 0x80 && Confusables.latinLookalike(c) >= 0;
                i++;
            }
            if (latin && foreign) {
                for (int k = start; k < i; k++) {
                    int lookalike = Confusables.latinLookalike(text.charAt(k));
                    if (lookalike >= 0) {
                        text.setCharAt(k, Character.toLowerCase((char) lookalike));
                    }
                }
            }
            i = Math.max(i, start + 1);
        }
    }

    /** Normalizes a rule phrase the same way as article text. */
    public static String normalizeString(String phrase) {
        return normalize(phrase).text();
    }

    private static String foldPunctuation(String s) {
        StringBuilder b = null;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            char mapped = switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u02BC', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
                case '\u2010', '\u2011' -> '-';
                default -> c;
            };
            if (mapped != c && b == null) {
                b = new StringBuilder(s);
            }
            if (b != null) {
                b.setCharAt(k, mapped);
            }
        }
        return b == null ? s : b.toString();
    }
}
