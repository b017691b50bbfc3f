package dev.copydesk.suppress;

import dev.copydesk.finding.Finding;
import java.util.List;

/**
 * The findings of one document after its suppressions: {@code findings} still stand (including
 * any about the directives themselves), {@code suppressed} were removed, in finding order.
 * Immutable.
 */
public record Suppression(List<Finding> findings, List<Suppressed> suppressed) {
    public Suppression {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
    }
}
