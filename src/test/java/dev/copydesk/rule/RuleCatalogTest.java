package dev.copydesk.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks the shipped catalog as a whole: documentation, examples and coverage of every check kind. */
class RuleCatalogTest {
    private static final Set<CheckKind> NEEDS_MATCH = EnumSet.of(CheckKind.PHRASE, CheckKind.SUBSTITUTION,
            CheckKind.PATTERN, CheckKind.CHARACTERS, CheckKind.INVISIBLE_CHARACTERS);

    @Test
    void everyRuleIsDocumentedAndHasExamplesBothWays() throws Exception {
        RuleCatalog catalog = RuleLoader.loadShipped();
        assertFalse(catalog.rules().isEmpty());
        for (Rule rule : catalog.rules()) {
            assertTrue(rule.description().isPresent(), rule.id() + " has no description");
            assertTrue(rule.message().length() >= 20, rule.id() + " has a too-short message");
            assertTrue(rule.examples().stream().anyMatch(Example::mustFlag), rule.id() + " has no 'flag' example");
            assertTrue(rule.examples().stream().anyMatch(e -> !e.mustFlag()), rule.id() + " has no 'pass' example");
            if (NEEDS_MATCH.contains(rule.check().kind())) {
                assertTrue(rule.examples().stream().filter(Example::mustFlag).allMatch(e -> e.match() != null),
                        rule.id() + ": every 'flag' example must name its exact match");
            }
            assertEquals(rule.pack(), rule.id().substring(0, rule.id().indexOf('.')));
        }
    }

    @Test
    void everyCategoryAndCheckKindIsExercised() throws Exception {
        RuleCatalog catalog = RuleLoader.loadShipped();
        Set<Category> categories = catalog.rules().stream().map(Rule::category).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(Category.class), categories);
        Set<CheckKind> kinds = catalog.rules().stream().map(r -> r.check().kind()).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(CheckKind.class), kinds);
    }

    @Test
    void catalogIsSortedById() throws Exception {
        RuleCatalog catalog = RuleLoader.loadShipped();
        for (int i = 1; i < catalog.rules().size(); i++) {
            assertTrue(catalog.rules().get(i - 1).id().compareTo(catalog.rules().get(i).id()) < 0);
        }
    }
}
