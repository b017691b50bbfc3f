package dev.copydesk.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegexSizeTest {
    @Test
    void countsLiteralsClassesAndAlternatives() {
        assertEquals(3, RegexSize.estimate("abc"));
        assertEquals(1, RegexSize.estimate("[a-z\\]]"));
        assertEquals(1, RegexSize.estimate("\\p{Lu}"));
        assertEquals(0, RegexSize.estimate("(?i)"));
        assertEquals(3, RegexSize.estimate("a|b"), "two branches and a split");
        assertEquals(2, RegexSize.estimate("a*"));
    }

    @Test
    void countedRepetitionMultipliesAndNestingCompounds() {
        assertEquals(10, RegexSize.estimate("a{10}"));
        assertEquals(11, RegexSize.estimate("a{10,}"));
        assertEquals(20, RegexSize.estimate("a{3,20}"));
        assertEquals(4, RegexSize.estimate("a{x}"), "not a repetition: a literal brace and text");
        long nested = RegexSize.estimate("((((a{100}){100}){100}){100})");
        assertTrue(nested > 100_000_000L, "four levels of a hundred: " + nested);
        assertTrue(RegexSize.estimate("((a{100}){100}){3}") > RegexSize.LIMIT);
        assertTrue(RegexSize.estimate("((a{100}){100})") < RegexSize.LIMIT, "ten thousand is allowed");
        assertTrue(RegexSize.estimate("(a{100}){100}") > 10_000);
        assertTrue(RegexSize.estimate("\\b(?:shocking|stunning)\\b\\s+\\w{1,20}") < RegexSize.LIMIT);
    }

    @Test
    void quotedRunsCountEveryCharacterAndNestingIsMeasured() {
        assertEquals(5, RegexSize.estimate("\\Qabcde\\E"));
        String quoted = "(\\Q" + "a".repeat(20_000) + "\\E){1000}";
        assertTrue(RegexSize.estimate(quoted) > RegexSize.LIMIT, "a quoted run repeated is no small pattern");
        assertEquals(4_000, RegexSize.measure("(".repeat(4_000) + "a" + ")".repeat(4_000)).depth());
        assertEquals(1, RegexSize.measure("(?:a)|(b)").depth());
    }

    @Test
    void braceAndEscapeOddsAreReadWithoutFailing() {
        for (String odd : new String[] {"{", "a{", "a{1", "(", ")", "[", "\\", "\\Q(((", "[[:alpha:]", "a{2}{3}", "(?P<n>x)"}) {
            assertTrue(RegexSize.estimate(odd) >= 0, odd);
        }
    }

    @Test
    void everyShippedPatternIsWellUnderTheLimit() throws Exception {
        RuleCatalog catalog = RuleLoader.loadShipped();
        int patterns = 0;
        for (Rule rule : catalog.rules()) {
            if (rule.check() instanceof CheckSpec.Pattern pattern) {
                patterns++;
                long size = RegexSize.estimate(pattern.regex());
                // Headroom: the largest shipped pattern (hygiene.scraping-leftover, a long alternation of bounded runs) is about 6,600.
                assertTrue(size < RegexSize.LIMIT / 2, rule.id() + " estimates " + size);
            }
        }
        assertTrue(patterns > 10, "the shipped packs have pattern rules");
    }
}
