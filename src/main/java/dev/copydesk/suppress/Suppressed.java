package dev.copydesk.suppress;

import dev.copydesk.finding.Finding;

/**
 * A finding that a directive suppressed, kept for the audit trail: readers of a report can see
 * what was waved through, where, and why ({@code directive.reason()}, {@code directive.line()}).
 * Immutable.
 */
public record Suppressed(Finding finding, Directive directive) {
}
