package dev.copydesk.finding;

import dev.copydesk.rule.Category;
import dev.copydesk.rule.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * One problem found in one document, at one place. {@code detail} holds rule-specific facts
 * (what hidden text reads as, the value of a metric...) in a fixed key order. Immutable.
 */
public record Finding(
        String rule,
        Category category,
        Severity severity,
        String message,
        Optional<String> suggestion,
        Location location,
        Map<String, Object> detail) {

    public Finding {
        detail = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(detail));
    }
}
