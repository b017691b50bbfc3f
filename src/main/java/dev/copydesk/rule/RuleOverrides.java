package dev.copydesk.rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code rules:} section: rules, packs and categories switched off or back on, and severity
 * overrides. For each rule the most specific selector decides, so {@code disable: [tone]} with
 * {@code enable: [tone.hyperbole]} keeps only that tone rule. Immutable.
 */
public record RuleOverrides(List<RuleSelector> disable, List<RuleSelector> enable, Map<RuleSelector, Severity> severity) {
    public static final RuleOverrides NONE = new RuleOverrides(List.of(), List.of(), Map.of());

    public RuleOverrides {
        disable = List.copyOf(disable);
        enable = List.copyOf(enable);
        severity = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(severity));
    }

    /**
     * The catalog as configured, before checks compile from it: disabled rules removed (and
     * remembered as switched off), overridden severities set.
     */
    public RuleCatalog applyTo(RuleCatalog catalog) {
        List<Rule> rules = new ArrayList<>();
        Set<String> off = new HashSet<>(catalog.switchedOff());
        for (Rule rule : catalog.rules()) {
            if (!enabled(rule)) {
                off.add(rule.id());
                continue;
            }
            Severity level = null;
            int best = RuleSelector.NO_MATCH;
            for (Map.Entry<RuleSelector, Severity> e : severity.entrySet()) {
                int specificity = e.getKey().specificity(rule.id(), rule.category());
                if (specificity > best) {
                    best = specificity;
                    level = e.getValue();
                }
            }
            rules.add(level == null || level == rule.severity() ? rule : rule.withSeverity(level));
        }
        return new RuleCatalog(rules, off);
    }

    private boolean enabled(Rule rule) {
        int disabledBy = strongest(disable, rule);
        int enabledBy = strongest(enable, rule);
        return disabledBy == RuleSelector.NO_MATCH || enabledBy > disabledBy;
    }

    private static int strongest(List<RuleSelector> selectors, Rule rule) {
        int best = RuleSelector.NO_MATCH;
        for (RuleSelector s : selectors) {
            best = Math.max(best, s.specificity(rule.id(), rule.category()));
        }
        return best;
    }
}
