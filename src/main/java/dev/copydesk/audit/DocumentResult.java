package dev.copydesk.audit;

import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.check.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome for one input: audited (with its analysis, findings, scores and densities) or
 * failed (with a one-line reason). {@code scoring} holds each score with the deductions that
 * explain it, whose finding indices point into {@code findings}; {@code density} gives, per 1,000
 * words, the findings of each category and rule, exclamation marks and all-capitals words.
 * Immutable.
 */
public record DocumentResult(String path, Optional<String> error, Optional<AnalyzedDocument> analysis,
        List<Finding> findings, Scores scoring, Map<String, Double> density) {

    public DocumentResult {
        findings = List.copyOf(findings);
    }

    public static DocumentResult failed(String path, String reason) {
        return new DocumentResult(path, Optional.of(reason), Optional.empty(), List.of(), Scores.NONE, Map.of());
    }

    public boolean audited() {
        return error.isEmpty();
    }

    /** Score by key, {@code overall} first: the JSON {@code scores} object. Empty for a failed document. */
    public Map<String, Integer> scores() {
        return scoring.asMap();
    }
}
