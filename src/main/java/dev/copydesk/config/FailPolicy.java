package dev.copydesk.config;

import dev.copydesk.finding.Finding;
import dev.copydesk.rule.RuleSelector;
import dev.copydesk.rule.Severity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which findings fail a run (exit 1), separately from which are shown: a default threshold and
 * thresholds per rule, pack or category, the most specific winning. {@code sourcing: warning}
 * fails on sourcing warnings; {@code clarity: never} makes clarity report-only. A threshold of
 * empty means never. Immutable.
 */
public final class FailPolicy {
    private final Optional<Severity> defaultThreshold;
    private final Map<RuleSelector, Optional<Severity>> thresholds;

    public FailPolicy(Optional<Severity> defaultThreshold, Map<RuleSelector, Optional<Severity>> thresholds) {
        this.defaultThreshold = defaultThreshold;
        this.thresholds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(thresholds));
    }

    /** One threshold for every finding, as {@code --fail-on} gives; empty means never. */
    public static FailPolicy uniform(Optional<Severity> threshold) {
        return new FailPolicy(threshold, Map.of());
    }

    /** The built-in policy: fail on errors. */
    public static FailPolicy defaults() {
        return uniform(Optional.of(Severity.ERROR));
    }

    public Optional<Severity> defaultThreshold() {
        return defaultThreshold;
    }

    public Map<RuleSelector, Optional<Severity>> thresholds() {
        return thresholds;
    }

    /** The threshold that applies to findings of {@code finding}'s rule. */
    public Optional<Severity> thresholdFor(Finding finding) {
        Optional<Severity> threshold = defaultThreshold;
        int best = RuleSelector.NO_MATCH;
        for (Map.Entry<RuleSelector, Optional<Severity>> e : thresholds.entrySet()) {
            int specificity = e.getKey().specificity(finding.rule(), finding.category());
            if (specificity > best) {
                best = specificity;
                threshold = e.getValue();
            }
        }
        return threshold;
    }

    /** Whether {@code finding} fails the run. */
    public boolean fails(Finding finding) {
        return thresholdFor(finding).map(t -> finding.severity().atLeast(t)).orElse(false);
    }
}
