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

    /**
     * The description as a reader gets it (the message when there is none), without the
     * catalogue codes of the Unicode packs ("T07: "), which the rule files keep for reference.
     */
    public String readableDescription() {
        return description.orElse(message).replaceFirst("^T\\d+(?:, T\\d+)*: ", "");
    }

    /** A rule's name in words, from its id: "tone.hyperbole" is "Hyperbole". An editor never needs the id. */
    public static String readableName(String id) {
        String name = id.substring(id.lastIndexOf('.') + 1).replace('-', ' ');
        return name.isEmpty() ? id : name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1);
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
