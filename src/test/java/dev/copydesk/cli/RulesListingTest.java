package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code copydesk rules} as a person reads it: columns that hold, scope shown, descriptions without catalogue codes. */
class RulesListingTest {
    @Test
    void everyLineFitsAndEveryRuleShowsItsScope() {
        var r = CliEndToEndTest.run("rules");
        List<String> lines = r.out().lines().toList();
        for (String line : lines) {
            assertTrue(line.codePointCount(0, line.length()) <= 100 || !line.strip().contains(" "), line);
            assertTrue(!line.matches("\\s+T\\d+.*"), "catalogue code shown: " + line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("tone\\.teaser-headline\\s+warning\\s+tone\\s+headline\\s+pattern")),
                r.out());
        assertTrue(lines.get(lines.size() - 1).matches("\\d+ rules"), r.out());
    }

    @Test
    void wrappingKeepsEveryWordInOrder() {
        String text = "one two three four five six seven eight nine ten";
        List<String> wrapped = RulesCommand.wrap(text, 12);
        assertTrue(wrapped.stream().allMatch(l -> l.length() <= 12), wrapped.toString());
        assertTrue(String.join(" ", wrapped).equals(text), wrapped.toString());
    }
}
