package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlacedSearchTest {
    /** Atoms with punctuation, which barriers are made of, and the pieces that consume it or look at the end. */
    private static final String[] ATOMS = {"a", "b", "is", "ab", "\\ba", "\\bis", " ", "\\s", "\\w", "\\b", ",", "\\.",
        "[,.]", "'", "[a,]", "[^a]", "[^,.]", "[^\\s']", ".", "$", "^", "[a-c]", "\\W", "-", "_", "\u2019", "(?i:a)", "\\d", "x{2}", "{"};
    private static final String ALPHABET = "abisAB ,.'-_\u2019\u212a1x{";

    private static List<String> re2jMatches(Pattern pattern, String text) {
        List<String> matches = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                matches.add(m.start() + "-" + m.end());
            }
        }
        return matches;
    }

    private static List<String> placedMatches(PlacedSearch search, String text) {
        List<String> matches = new ArrayList<>();
        search.forEach(text, (start, end) -> {
            if (end > start) {
                matches.add(start + "-" + end);
            }
        });
        return matches;
    }

    @Test
    void readsThePunctuationAPatternNeverConsumes() {
        Barriers passive = Barriers.of("\\b(?:is|was)\\s+(?:\\w+ly\\s+)?\\w+ed\\b");
        assertNotNull(passive);
        assertEquals(5, passive.next("it is, they said", 0));
        assertEquals(16, passive.next("it is done today", 0), "no barrier: the end of the text");
        assertEquals(";:", Barriers.of("\\bis\\b[^.:;]{1,80}[.]").toString(), "a negated class consumes all it does not list");
        assertNull(Barriers.of("\\bis\\b[^a]"), "and here all punctuation");
        assertNull(Barriers.of("\\bis\\b.*"));
        assertNull(Barriers.of("\\bis done$"), "$ would match at a cut");
        assertTrue(Barriers.of("\\b(?:is|was)\\b,").toString().indexOf(',') < 0, "a comma it matches is no barrier");
    }

    /**
     * The property PatternCheck relies on: the placed search finds exactly RE2J's matches, in
     * order, with and without case folding, on random patterns and texts full of punctuation.
     */
    @Test
    void findsExactlyWhatRe2jFinds() {
        Random random = new Random(67);
        int cut = 0;
        for (int i = 0; i < 20_000; i++) {
            String regex = LiteralGateTest.randomRegex(random, 3, ATOMS);
            boolean fold = random.nextBoolean();
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex, fold ? Pattern.CASE_INSENSITIVE : 0);
            } catch (RuntimeException e) {
                continue;
            }
            PlacedSearch search = new PlacedSearch(pattern, fold);
            cut += search.starts() != null && Barriers.of(regex) != null ? 1 : 0;
            for (int t = 0; t < 20; t++) {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(16); k > 0; k--) {
                    text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                String shown = text.toString();
                assertEquals(re2jMatches(pattern, shown), placedMatches(search, shown),
                        () -> "/" + regex + "/" + (fold ? "i" : "") + " on \"" + shown + "\"");
            }
        }
        assertTrue(cut > 2_000, "many random patterns have places and barriers: " + cut);
    }
}
