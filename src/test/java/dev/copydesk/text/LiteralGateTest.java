package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralGateTest {

    private static List<String> literals(String regex) {
        return LiteralGate.of(regex, false).literals();
    }

    @Test
    void readsTheWordsOfAnAlternation() {
        assertEquals(List.of("said", "says"), literals("\\b(?:said|says)\\b"));
        assertEquals(List.of("[add", "[insert", "lorem ipsum"), literals("\\[(?:insert|add)[^\\]]{0,80}\\]|\\blorem ipsum\\b"));
    }

    @Test
    void joinsPiecesIntoLongerLiterals() {
        assertEquals(List.of("expert"), literals("\\bexperts?\\b"));
        assertEquals(List.of("According to", "according to"), literals("\\b[Aa]ccording to\\s+(\\w+)"));
        assertEquals(List.of("has been", "have been"), literals("\\b(?:has|have) been\\b"));
        assertEquals(List.of("my training cutoff", "my knowledge cutoff", "my training cut-off", "my knowledge cut-off"), literals("\\bmy (?:knowledge|training) cut-?off\\b"));
    }

    @Test
    void keepsTheRarestRequirementOfASequence() {
        assertEquals(List.of("study", "survey"), literals("\\b(?:the|a)\\s+(?:study|survey)\\s+(?:found|shows)\\b"));
        assertEquals(List.of("b"), literals("a*b"));
        assertEquals(List.of("ab"), literals("(?:ab)+"));
    }

    @Test
    void foldsCaseForCaseInsensitivePatterns() {
        LiteralGate gate = LiteralGate.of(Pattern.compile("\\bSaid\\b", Pattern.CASE_INSENSITIVE));
        assertEquals(List.of("said"), gate.literals());
        assertTrue(gate.mayMatch("He SAID so."));
        assertFalse(gate.mayMatch("He spoke."));
        // RE2's folding pairs "s" with the long s, which lowercasing keeps
        assertTrue(LiteralGate.of("said", true).mayMatch("\u017fAID"));
    }

    @Test
    void staysOpenWhereItCannotRely() {
        for (String regex : List.of("a?", "(?i)said", "\\x41bc", "a{0,3}", "a|b*", "\\Qsaid\\E", "[abc", "ab)", "\\1",
                "x{2,", ".*")) {
            assertTrue(LiteralGate.of(regex, false).open(), regex);
        }
        assertTrue(LiteralGate.of(Pattern.compile("said", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).open());
        assertTrue(LiteralGate.of(Pattern.compile("s a i d", Pattern.COMMENTS)).open());
    }

    @Test
    void readsSmallClassesAsTheirCharacters() {
        LiteralGate gate = LiteralGate.of(Pattern.compile("\\d|\\bmillion\\b|[%\u00a3]", Pattern.CASE_INSENSITIVE));
        assertEquals(13, gate.literals().size());
        assertTrue(gate.mayMatch("It cost \u00a35."));
        assertTrue(gate.mayMatch("A MILLION people."));
        assertFalse(gate.mayMatch("Nobody came."));
        assertEquals(List.of("ab", "bb"), literals("[ab]b"));
        assertEquals(26, LiteralGate.of("[A-Z]", false).literals().size(), "up to an alphabet");
        assertEquals(16, LiteralGate.of("[\ufff0-\uffff]", false).literals().size(), "a range that ends the plane ends");
        assertTrue(LiteralGate.of("[^ab]b|[a-z0-9]", false).open(), "a negated class, and one larger than an alphabet");
    }

    @Test
    void leavesPatternsAnchoredAtTheStartUngated() {
        assertTrue(LiteralGate.of("^(?:in summary|to sum up)\\b", false).open());
        assertFalse(LiteralGate.of("^in summary|to sum up", false).open());
    }

    @Test
    void zeroWidthPiecesDoNotBreakALiteral() {
        assertEquals(List.of("figures from"), literals("(?<!key )figures(?=\\s)\\b from"));
    }

    @Test
    void handNeedsAreSearchedAsWritten() {
        LiteralGate gate = LiteralGate.ofLiterals(List.of("been", "been made"));
        assertEquals(List.of("been"), gate.literals());
        assertFalse(gate.mayMatch("BEEN"));
    }

    /**
     * The property the gate exists for: whenever a regex finds a match, its gate lets the text
     * through. Random patterns over a small alphabet, so matches are frequent, in both engines.
     */
    @Test
    void neverTurnsAwayTextTheRegexMatches() {
        Random random = new Random(17);
        int gated = 0;
        for (int i = 0; i < 20_000; i++) {
            String regex = randomRegex(random, 3);
            boolean caseInsensitive = random.nextBoolean();
            Pattern java;
            com.google.re2j.Pattern re2;
            try {
                java = Pattern.compile(regex, caseInsensitive ? Pattern.CASE_INSENSITIVE : 0);
                re2 = com.google.re2j.Pattern.compile(regex, caseInsensitive ? com.google.re2j.Pattern.CASE_INSENSITIVE : 0);
            } catch (RuntimeException e) {
                continue;
            }
            LiteralGate gate = LiteralGate.of(java);
            gated += gate.open() ? 0 : 1;
            for (int t = 0; t < 20; t++) {
                String text = randomText(random);
                boolean matches = java.matcher(text).find() || re2.matcher(text).find();
                if (matches && !gate.mayMatch(text)) {
                    fail("/" + regex + "/ matches \"" + text + "\" but its gate " + gate + " turns it away");
                }
            }
        }
        assertTrue(gated > 5_000, "most random patterns have a literal to gate on: " + gated);
    }

    private static final String[] ATOMS = {"a", "b", "c", "A", " ", ".", "[ab]", "[^a]", "\\b", "\\s", "\\w", "^", "$",
        "\\.", "ab", "ca", "bc", "\\d", "[0-2]", "[a-c]", "[%\u00a3]", "[-a]", "[\\d.]", "1"};

    static String randomRegex(Random random, int depth) {
        return randomRegex(random, depth, ATOMS);
    }

    /** A random pattern of groups, alternations and quantifiers over {@code atoms}. */
    static String randomRegex(Random random, int depth, String[] atoms) {
        StringBuilder regex = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            int kind = random.nextInt(10);
            if (kind < 2 && depth > 0) {
                String open = List.of("(", "(?:", "(?=", "(?!", "(?<=a", "(?>").get(random.nextInt(6));
                regex.append(open).append(randomRegex(random, depth - 1, atoms));
                if (random.nextBoolean()) {
                    regex.append('|').append(randomRegex(random, depth - 1, atoms));
                }
                regex.append(')');
            } else {
                regex.append(atoms[random.nextInt(atoms.length)]);
            }
            if (!regex.toString().endsWith("^") && !regex.toString().endsWith("$") && random.nextInt(3) == 0) {
                regex.append(List.of("*", "+", "?", "{2}", "{0,2}", "{1,}", "+?", "??").get(random.nextInt(8)));
            }
        }
        if (depth == 3 && random.nextInt(4) == 0) {
            regex.append('|').append(randomRegex(random, 1, atoms));
        }
        return regex.toString();
    }

    static String randomText(Random random) {
        String alphabet = "abcABC .\u017f12%\u00a3-";
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
