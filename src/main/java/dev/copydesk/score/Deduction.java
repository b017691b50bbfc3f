package dev.copydesk.score;

import java.util.List;

/**
 * Points one score loses, and why. Immutable.
 *
 * @param category the category the points come from ({@code integrity} ... {@code hygiene}); in
 *                 the overall score's list, the category whose deduction this is a share of, or
 *                 {@code overall} for its floor note
 * @param source   a rule id (ids contain a dot, as in {@code tone.hyperbole}), a metric
 *                 ({@code attributedClaims}, {@code consensusGrade}, {@code repeatedSentences},
 *                 {@code shouting}) or {@code floor}: the note that gives back what the
 *                 deductions take beyond 100, so the list still adds up
 * @param points   points lost, in tenths; a score's points add up exactly to 100 minus the score
 * @param findings indices into the document's findings (their report order) that the points are
 *                 for; empty for a metric with no finding of its own, and for the floor
 * @param reason   one short sentence for an editor
 */
public record Deduction(String category, String source, double points, List<Integer> findings, String reason) {
    /** The source of the note that stops a score at 0. */
    public static final String FLOOR = "floor";

    public Deduction {
        findings = List.copyOf(findings);
    }

    Deduction withPoints(double value) {
        return new Deduction(category, source, value, findings, reason);
    }
}
