package dev.copydesk.config;

import dev.copydesk.rule.RuleOverrides;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.finding.Finding;
import dev.copydesk.finding.Location;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.rule.RuleSelector;
import dev.copydesk.rule.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Rule overrides, the fail policy and score thresholds. */
class PoliciesTest {
    private static Finding finding(String rule, Category category, Severity severity) {
        return new Finding(rule, category, severity, "m", Optional.empty(), new Location(0, 1, 1, 1, "x"), Map.of());
    }

    @Test
    void theMostSpecificSelectorDecidesWhichRulesRun() throws Exception {
        RuleCatalog shipped = RuleLoader.loadShipped();
        RuleOverrides overrides = new RuleOverrides(List.of(new RuleSelector("tone")),
                List.of(new RuleSelector("tone.hyperbole")), Map.of(new RuleSelector("tone.hyperbole"), Severity.ERROR,
                        new RuleSelector("sourcing"), Severity.INFO));
        RuleCatalog configured = overrides.applyTo(shipped);
        List<String> tone = configured.rules().stream().filter(r -> r.category() == Category.TONE).map(Rule::id).toList();
        assertEquals(List.of("tone.hyperbole"), tone);
        assertEquals(Severity.ERROR, configured.find("tone.hyperbole").orElseThrow().severity());
        assertTrue(configured.rules().stream().filter(r -> r.category() == Category.SOURCING)
                .allMatch(r -> r.severity() == Severity.INFO));
        assertTrue(configured.knowsRule("tone.cliche"), "switched off, but still a known name");
        assertTrue(configured.find("tone.cliche").isEmpty());
        assertEquals(shipped.rules().size(), configured.rules().size() + configured.switchedOff().size());
    }

    @Test
    void failPolicyIsSeparateFromTheShownSeverity() {
        Map<RuleSelector, Optional<Severity>> thresholds = new LinkedHashMap<>();
        thresholds.put(new RuleSelector("sourcing"), Optional.of(Severity.WARNING));
        thresholds.put(new RuleSelector("clarity"), Optional.empty());
        thresholds.put(new RuleSelector("clarity.grade-above-audience"), Optional.of(Severity.WARNING));
        FailPolicy policy = new FailPolicy(Optional.of(Severity.ERROR), thresholds);
        assertTrue(policy.fails(finding("sourcing.vague-attribution", Category.SOURCING, Severity.WARNING)));
        assertFalse(policy.fails(finding("sourcing.vague-attribution", Category.SOURCING, Severity.INFO)));
        assertFalse(policy.fails(finding("clarity.long-sentence", Category.CLARITY, Severity.ERROR)), "report-only");
        assertTrue(policy.fails(finding("clarity.grade-above-audience", Category.CLARITY, Severity.WARNING)),
                "a rule id beats its category");
        assertFalse(policy.fails(finding("tone.hyperbole", Category.TONE, Severity.WARNING)));
        assertTrue(policy.fails(finding("tone.hyperbole", Category.TONE, Severity.ERROR)));
        assertFalse(FailPolicy.uniform(Optional.empty()).fails(finding("a.b", Category.TONE, Severity.ERROR)));
    }

    @Test
    void thresholdViolationsNameTheArticleTheScoreAndTheThreshold() {
        Map<String, Integer> min = new LinkedHashMap<>();
        min.put("overall", 70);
        min.put("sourcing", 60);
        ScoreThresholds thresholds = new ScoreThresholds(min, OptionalDouble.of(12));
        Map<String, Integer> scores = Map.of("overall", 82, "sourcing", 55, "tone", 90);
        assertEquals(List.of("news/a.md: sourcing score 55 is below the minimum of 60",
                "news/a.md: grade 13.4 is above the maximum of 12"), thresholds.violations("news/a.md", scores, 13.44));
        assertEquals(List.of(), thresholds.violations("news/a.md", Map.of("overall", 70, "sourcing", 60), 12.0));
        assertEquals(List.of(), ScoreThresholds.NONE.violations("x", scores, Double.NaN));
    }
}
