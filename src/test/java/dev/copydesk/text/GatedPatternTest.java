package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GatedPatternTest {
    /** Atoms with the letters case folding pairs with characters outside ASCII ('k', 's'), and boundaries. */
    static final String[] ATOMS = {"k", "s", "K", "S", "a", "ks", "sa", "\\bk", "\\bs", "\\ba", " ", ".", "[ks]", "[^k]",
        "\\b", "\\s", "\\w", "^", "$", "\\d", "[0-2]", "1", "[Kk]", "\u00e9", "\u00a3"};
    /** Texts with capitals, the Kelvin sign, the long s, a dotted capital I, a combining accent and an emoji now and then. */
    private static final String ALPHABET = "ksaKSA \u212a\u017f\u0130.\u0301\u00e91\u00a3-_";

    static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(14);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(30) == 0) {
                text.append("\ud83d\ude00");
            } else {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return text.toString();
    }

    /** Every match, with its groups, as Java's own loop finds them. */
    private static List<String> javaMatches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(describe(m));
        }
        return found;
    }

    private static List<String> finderMatches(GatedPattern pattern, String text) {
        List<String> found = new ArrayList<>();
        GatedPattern.Finder finder = pattern.finder(text);
        while (finder.find()) {
            found.add(describe(finder));
        }
        return found;
    }

    private static String describe(java.util.regex.MatchResult m) {
        StringBuilder match = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            match.append(' ').append(m.start(g)).append(':').append(m.end(g));
        }
        return match.toString();
    }

    @Test
    void triesTheRegexOnlyWhereAMatchCanBegin() {
        GatedPattern cause = GatedPattern.compile("\\b(?:because|due to|led to)\\b", Pattern.CASE_INSENSITIVE);
        assertNotNull(cause.starts());
        assertTrue(cause.find("Prices rose DUE TO the storm."));
        assertFalse(cause.find("The residue took hold."), "'due' inside a word is no match");
        assertFalse(cause.find("Nothing here."));
        GatedPattern.Finder finder = cause.finder("Because of it, and because of them.");
        assertTrue(finder.find());
        assertEquals(0, finder.start());
        assertTrue(finder.find());
        assertEquals("because", finder.group());
        assertFalse(finder.find());
        assertNull(GatedPattern.compile("\\w+ed\\b").starts(), "a match of \\w can begin anywhere");
    }

    /** Java leaves what a group inside a lookaround or atomic group captured in a failed attempt; only its own search reproduces that. */
    @Test
    void leavesPatternsThatMayKeepStaleGroupsToJava() {
        assertNull(GatedPattern.compile("b(?!(a))").starts());
        assertNull(GatedPattern.compile("b(?>(a)|c)").starts());
        assertNull(GatedPattern.compile("(b)a*+").starts());
        assertNotNull(GatedPattern.compile("(b)(?!a)").starts(), "a group outside the lookaround is undone");
        assertNotNull(GatedPattern.compile("b(?<name>a)").starts());
    }

    /** Cases a review found, where reading places would have changed what Java finds. */
    @Test
    void findsWhatJavaFindsWhereReadingIsHard() {
        List<String[]> cases = List.of(
                new String[] {"\\Gfoo", "xfoo"},
                new String[] {"((a)b){2}|c", "abxc"},
                new String[] {"(?:(a)b){2}|c", "abxc"},
                new String[] {"(a)*b|c", "axc"},
                new String[] {"[\ud83d\ude00-\ud83d\ude02]x", "\ud83d\ude01x \ud83dx"},
                new String[] {"\ude00|\ud83d\ude01", "\ud83d\ude00"},
                new String[] {"\ud83d\ude00?x", "x"},
                new String[] {"a[[b]]c|d", "a[c d ab]c"},
                // Found by the random test: Java's '^' in a lookbehind sets the match's start, and only its own search resets it.
                new String[] {"(?:\\ba\\bKsa+)?\\bk|(?<=a^[Kk] {2}[0-2]{0,2}|^[^k]??)\u00e9", "\u00a3\u00e9\u00a3sKK"},
                new String[] {"x|(?<=\\Ab)c", "bc"});
        for (String[] c : cases) {
            GatedPattern gated = GatedPattern.compile(c[0]);
            assertEquals(javaMatches(gated.pattern(), c[1]), finderMatches(gated, c[1]), c[0]);
        }
        assertNull(GatedPattern.compile("\\Gfoo").starts());
        assertNull(GatedPattern.compile("x|(?<=^b)c").starts(), "an anchor in a lookbehind is left to Java");
        assertNull(GatedPattern.compile("((a)b){2}|c").starts(), "Java keeps the inner group from a failed repetition");
        assertTrue(LiteralGate.of("a[[]x|y]z", false).open(), "RE2 reads a '[' inside a class as itself, Java as a nested class");
    }

    @Test
    void replacesEveryMatchAsWritten() {
        GatedPattern year = GatedPattern.compile("\\b(?:19|20)\\d\\d\\b");
        assertEquals("In  and  it grew 12%.", year.replaceAll("In 1999 and 2004 it grew 12%.", ""));
        assertEquals("$1 stays", year.replaceAll("1999 stays", "$1"));
        String none = "No years.";
        assertTrue(none == year.replaceAll(none, " "), "text without a match comes back as it is");
    }

    /**
     * The property the language layer relies on: a finder finds exactly Java's matches, groups
     * and all, in order, and replaces as Java does, with and without case folding. Random
     * patterns over a small alphabet, so matches are frequent, on texts with the characters that
     * folding treats apart.
     */
    @Test
    void findsExactlyWhatJavaFinds() {
        Random random = new Random(41);
        int started = 0;
        for (int i = 0; i < 20_000; i++) {
            String regex = LiteralGateTest.randomRegex(random, 3, ATOMS);
            int flags = random.nextBoolean() ? Pattern.CASE_INSENSITIVE : 0;
            GatedPattern gated;
            try {
                gated = GatedPattern.compile(regex, flags);
            } catch (RuntimeException e) {
                continue;
            }
            started += gated.starts() == null ? 0 : 1;
            for (int t = 0; t < 20; t++) {
                String text = randomText(random);
                String shown = "/" + regex + "/" + (flags == 0 ? "" : "i") + " on \"" + text + "\"";
                assertEquals(javaMatches(gated.pattern(), text), finderMatches(gated, text), shown);
                assertEquals(gated.pattern().matcher(text).replaceAll("_"), gated.replaceAll(text, "_"), shown);
            }
        }
        assertTrue(started > 3_000, "many random patterns begin with literals: " + started);
    }
}
