package dev.copydesk.rule;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One rule, as loaded from a pack. {@code message} and {@code suggestion} are templates whose
 * {@code {match}}, {@code {preferred}}, {@code {value}} and {@code {limit}} placeholders the
 * check fills in. {@code when} lists document conditions that must all hold for the rule to
 * report anything. {@code origin} is {@code file:line} of the rule's definition. Immutable.
 */
public record Rule(
        String id,
        Category category,
        Severity severity,
        String message,
        Optional<String> suggestion,
        Optional<String> description,
        Set<RuleScope> scopes,
        Set<Condition> when,
        CheckSpec check,
        List<Example> examples,
        String origin) {

    public Rule {
        scopes = Set.copyOf(scopes);
        when = Set.copyOf(when);
        examples = List.copyOf(examples);
    }

    /** This rule reporting at {@code level} instead, as project configuration can ask. */
    public Rule withSeverity(Severity level) {
        return new Rule(id, category, level, message, suggestion, description, scopes, when, check, examples, origin);
    }

    public String pack() {
        return id.substring(0, id.indexOf('.'));
    }

    public boolean appliesTo(RuleScope scope) {
        return scopes.contains(RuleScope.ANY) || scopes.contains(scope);
    }
}
