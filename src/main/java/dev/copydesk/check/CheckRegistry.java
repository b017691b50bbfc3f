package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.rule.CheckSpec;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one place that maps each {@link dev.copydesk.rule.CheckKind} to its implementation, and
 * compiles a catalog into checks. All phrase and substitution rules share one
 * {@link PhraseCheck}. The result is immutable and thread-safe.
 */
public final class CheckRegistry {
    private final List<Check> checks;

    private CheckRegistry(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public static CheckRegistry compile(RuleCatalog catalog) {
        List<Check> checks = new ArrayList<>();
        List<Rule> phraseRules = new ArrayList<>();
        for (Rule rule : catalog.rules()) {
            Check check = switch (rule.check().kind()) {
                case PHRASE, SUBSTITUTION -> {
                    phraseRules.add(rule);
                    yield null;
                }
                case PATTERN -> new PatternCheck(rule, (CheckSpec.Pattern) rule.check());
                case METRIC -> new MetricCheck(rule, (CheckSpec.Threshold) rule.check());
                case STYLED_TEXT -> new StyledTextCheck(rule);
                case INVISIBLE_CHARACTERS -> new InvisibleCharactersCheck(rule);
                case INVALID_BYTES -> new InvalidBytesCheck(rule);
            };
            if (check != null) {
                checks.add(check);
            }
        }
        if (!phraseRules.isEmpty()) {
            checks.add(0, new PhraseCheck(phraseRules));
        }
        return new CheckRegistry(checks);
    }

    /** Runs every check on one document; findings in the canonical order. */
    public List<Finding> run(AnalyzedDocument document) {
        Findings findings = new Findings(document);
        for (Check check : checks) {
            check.run(document, findings);
        }
        return findings.all().stream().sorted(FINDING_ORDER).toList();
    }

    /** The single order of findings in every report: by position, then rule, then message. */
    public static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparingInt((Finding f) -> f.location().start())
            .thenComparingInt(f -> f.location().end())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);
}
