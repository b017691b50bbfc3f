package dev.copydesk.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.rule.CheckSpec;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.text.RegexReading;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build's tables hold what the shipped rules compile, so no run reads those patterns again. */
class StartTablesTest {
    @Test
    void everyShippedPatternRuleHasItsReadingInTheFile() throws Exception {
        int patterns = 0;
        for (Rule rule : RuleLoader.load(List.of()).rules()) {
            if (rule.check() instanceof CheckSpec.Pattern spec) {
                // As PatternCheck keys it.
                boolean fold = !spec.caseSensitive() && PatternCheck.hasCapitalLetter(spec.regex());
                assertTrue(RegexReading.written().containsKey(new RegexReading.Key(spec.regex(), fold)), rule.id());
                patterns++;
            }
        }
        assertTrue(patterns >= 10, "shipped pattern rules: " + patterns);
    }
}
