package dev.copydesk.rule;

import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Names a set of rules, the way configuration and suppression comments do: {@code all}, a
 * category ({@code sourcing}), a pack ({@code tone}) or one rule id ({@code tone.hyperbole}).
 * When several selectors name one rule, the most specific wins, so {@code disable: [tone]} with
 * {@code enable: [tone.hyperbole]} keeps that one rule. A shipped pack and the category of the
 * same name select the same rules. Immutable.
 */
public record RuleSelector(String name) {
    /** {@link #specificity} of a selector that does not name the rule. */
    public static final int NO_MATCH = -1;
    public static final String ALL = "all";

    public RuleSelector {
        name = name.strip();
    }

    public boolean isAll() {
        return ALL.equals(name);
    }

    /**
     * How specifically this selector names the rule: 3 by its id, 2 by its pack, 1 by its
     * category, 0 as {@code all}, {@link #NO_MATCH} if it does not name it.
     */
    public int specificity(String ruleId, Category category) {
        if (isAll()) {
            return 0;
        }
        if (name.equals(ruleId)) {
            return 3;
        }
        int dot = ruleId.indexOf('.');
        if (dot > 0 && ruleId.substring(0, dot).equals(name)) {
            return 2;
        }
        return name.equals(category.key()) ? 1 : NO_MATCH;
    }

    /**
     * Why this selector names nothing the catalog knows (including rules configuration switched
     * off), or empty if it is valid. A typo must not silently select nothing.
     */
    public Optional<String> problem(RuleCatalog catalog) {
        if (name.isEmpty()) {
            return Optional.of("empty rule name");
        }
        if (isAll() || Stream.of(Category.values()).anyMatch(c -> c.key().equals(name))) {
            return Optional.empty();
        }
        if (name.contains(".")) {
            return catalog.knowsRule(name) ? Optional.empty()
                    : Optional.of("unknown rule '" + name + "' (`copydesk rules` lists them)");
        }
        if (catalog.knowsPack(name)) {
            return Optional.empty();
        }
        TreeSet<String> packs = new TreeSet<>(catalog.packs());
        return Optional.of("unknown rule, pack or category '" + name + "'; expected all, a rule id, a category ("
                + String.join(", ", Stream.of(Category.values()).map(Category::key).toList()) + ") or a pack ("
                + String.join(", ", packs) + ")");
    }

    @Override
    public String toString() {
        return name;
    }
}
