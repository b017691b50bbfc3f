package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadingLiteralsTest {
    /** The matches as RE2J's own loop finds them. */
    private static List<String> everyMatch(Pattern pattern, String text) {
        List<String> matches = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            matches.add(m.start() + "-" + m.end());
        }
        return matches;
    }

    /** The matches as PatternCheck finds them with the literals: from each place a match can begin. */
    private static List<String> fromLiterals(Pattern pattern, LeadingLiterals literals, String text) {
        List<String> matches = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        LeadingLiterals.Scan places = literals.scan(text);
        for (int from = places.next(0); from >= 0 && m.find(from); from = places.next(m.end())) {
            matches.add(m.start() + "-" + m.end());
        }
        return matches;
    }

    @Test
    void readsTheLiteralsEveryMatchBeginsWith() {
        assertEquals(Set.of("is", "was"), RegexLiterals.leading("\\b(?:is|was)\\s+\\w+ed\\b"));
        assertEquals(Set.of("last", "this", "yesterday"),
                RegexLiterals.leading("\\b(?:(?:last|this)\\s+(?:week|month)|yesterday)\\b"));
        assertEquals(Set.of("said"), RegexLiterals.leading("said\\s+\\w+"));
        assertEquals(Set.of("experts", "expert"), RegexLiterals.leading("experts?"));
        assertEquals(Set.of("ab"), RegexLiterals.leading("(?:ab)+c"));
        assertEquals(Set.of("some", "experts", "critics"), RegexLiterals.leading("\\b(?:some\\s+)?(?:experts|critics)\\s+say"),
                "an optional opening, then what follows it");
        assertEquals(Set.of("a", "b", "c"), RegexLiterals.leading("(?:a\\s+)?(?:b\\s+)?c\\s+d"));
        assertNull(RegexLiterals.leading("(?:a\\s+)?\\s*b"), "what follows the optional piece can begin anywhere");
        assertNull(RegexLiterals.leading("x?(?:a\\s+)?"), "the whole can be empty");
    }

    @Test
    void findsNoneWhereAMatchCanBeginAnywhere() {
        assertNull(RegexLiterals.leading("\\w+ed"));
        assertNull(RegexLiterals.leading("(?:is)?\\s+done"));
        assertNull(RegexLiterals.leading("a|\\d+x|.b"));
        assertNull(RegexLiterals.leading("(?i)is"));
        assertNull(LeadingLiterals.of("\\w*ly"));
    }

    @Test
    void startsOnlyAtWordsWhenThePatternOpensWithABoundary() {
        LeadingLiterals literals = LeadingLiterals.of("\\b(?:is|was)\\s+\\w+ed");
        LeadingLiterals.Scan places = literals.scan("this is it; was");
        assertEquals(5, places.next(0), "not the 'is' of 'this'");
        assertEquals(12, places.next(6));
        assertEquals(-1, places.next(13));
        assertEquals(2, LeadingLiterals.of("(?:is|was)\\s+\\w+ed").scan("this is").next(0), "no boundary, every occurrence");
        assertEquals(2, LeadingLiterals.of("\\b?is").scan("this").next(0), "an optional boundary is none");
    }

    @Test
    void findsThePassivesOfASentence() {
        String text = "this is done; it was widely known and were taken by them. basis is";
        Pattern passive = Pattern.compile("\\b(?:is|was|were)\\s+(?:\\w+ly\\s+)?(?:\\w+ed|done|known|taken)\\b(?:\\s+by\\b)?");
        List<String> found = fromLiterals(passive, LeadingLiterals.of(passive.pattern()), text);
        assertEquals(List.of("5-12", "17-33", "38-51"), found);
        assertEquals(everyMatch(passive, text), found);
    }

    /**
     * The property PatternCheck relies on: searching from the places the literals give finds
     * exactly RE2J's matches, in order. Random patterns over a small alphabet, so matches are
     * frequent, and texts with a letter outside the BMP now and then.
     */
    @Test
    void findsExactlyWhatRe2jFinds() {
        Random random = new Random(29);
        int searched = 0;
        for (int i = 0; i < 20_000; i++) {
            String regex = LiteralGateTest.randomRegex(random, 3);
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex);
            } catch (RuntimeException e) {
                continue;
            }
            LeadingLiterals literals = LeadingLiterals.of(regex);
            if (literals == null) {
                continue;
            }
            searched++;
            for (int t = 0; t < 20; t++) {
                String text = LiteralGateTest.randomText(random);
                if (random.nextInt(4) == 0) {
                    int at = random.nextInt(text.length() + 1);
                    text = text.substring(0, at) + "\ud83d\ude00" + text.substring(at);
                }
                String shown = text;
                assertEquals(everyMatch(pattern, text), fromLiterals(pattern, literals, text),
                        () -> "/" + regex + "/ on \"" + shown + "\"");
            }
        }
        assertTrue(searched > 3_000, "many random patterns begin with literals: " + searched);
    }

    /** The same with RE2's case folding, which also pairs 'k' with the Kelvin sign and 's' with the long s. */
    @Test
    void findsExactlyWhatRe2jFindsIgnoringCase() {
        Random random = new Random(31);
        int searched = 0;
        for (int i = 0; i < 20_000; i++) {
            String regex = LiteralGateTest.randomRegex(random, 3, GatedPatternTest.ATOMS);
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            } catch (RuntimeException e) {
                continue;
            }
            LeadingLiterals literals = LeadingLiterals.of(regex, true);
            if (literals == null) {
                continue;
            }
            searched++;
            for (int t = 0; t < 20; t++) {
                String text = GatedPatternTest.randomText(random);
                assertEquals(everyMatch(pattern, text), fromLiterals(pattern, literals, text),
                        () -> "/" + regex + "/i on \"" + text + "\"");
            }
        }
        assertTrue(searched > 3_000, "many random patterns begin with literals: " + searched);
    }

    @Test
    void saysWhenAGateCanAddNothing() {
        String cause = "\\b(?:because|due to)\\b";
        assertTrue(LeadingLiterals.of(cause).imply(LiteralGate.of(cause, false)));
        String passive = "\\b(?:is|was)\\s+\\w+ed\\b";
        assertFalse(LeadingLiterals.of(passive).imply(LiteralGate.of(passive, false)), "the gate asks for \"ed\"");
        assertFalse(LeadingLiterals.of(cause).imply(LiteralGate.ofLiterals(java.util.List.of("been"))), "a rule's needs");
        assertFalse(LeadingLiterals.of("is|was", true).imply(LiteralGate.ofLiterals(java.util.List.of("is", "was"))),
                "folded places and a gate searched as written");
        assertTrue(LeadingLiterals.of("is|was", true).imply(LiteralGate.of("is|was", true)));
    }

    @Test
    void findsThePlacesOfManyLiteralsInOnePass() {
        LeadingLiterals months = LeadingLiterals.of("\\b(?:January|February|March|April|May|June|July)\\s+\\d");
        LeadingLiterals.Scan places = months.scan("Since May 4 and Mayday, June 1");
        assertEquals(6, places.next(0));
        assertEquals(16, places.next(7), "'Mayday' begins like a month: a place to try, where the pattern fails");
        assertEquals(24, places.next(17));
        assertEquals(-1, places.next(25));
    }

    @Test
    void foldsCaseWithoutMovingAnyPlace() {
        LeadingLiterals literals = LeadingLiterals.of("\\b(?:Is|was)\\s", true);
        assertEquals(2, literals.scan("\u0130 IS it").next(0), "the dotted capital I stays one character");
        assertEquals(-1, literals.scan("tHIS").next(0));
        assertEquals(1, LeadingLiterals.of("ks", true).scan("a\u212a\u017f").next(0), "RE2 pairs the Kelvin sign and the long s");
    }
}
