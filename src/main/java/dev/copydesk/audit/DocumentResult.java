package dev.copydesk.audit;

import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.check.Finding;
import dev.copydesk.suppress.Suppressed;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome for one input: audited (with its analysis, findings, scores and densities) or
 * failed (with a one-line reason). {@code density} gives, per 1,000 words, the findings of each
 * category and rule, exclamation marks and all-capitals words. Immutable.
 *
 * @param findings   the findings that stand: not suppressed, and not accepted by a baseline
 * @param suppressed findings that suppression comments in the article removed, each with its
 *                   directive's line and reason: the audit trail reports show
 * @param accepted   findings the run's baseline file accepted: they still exist but do not fail
 *                   the run; empty without a baseline
 */
public record DocumentResult(String path, Optional<String> error, Optional<AnalyzedDocument> analysis,
        List<Finding> findings, Map<String, Integer> scores, Map<String, Double> density,
        List<Suppressed> suppressed, List<Finding> accepted) {

    public DocumentResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        accepted = List.copyOf(accepted);
    }

    public DocumentResult(String path, Optional<String> error, Optional<AnalyzedDocument> analysis,
            List<Finding> findings, Map<String, Integer> scores, Map<String, Double> density) {
        this(path, error, analysis, findings, scores, density, List.of(), List.of());
    }

    public static DocumentResult failed(String path, String reason) {
        return new DocumentResult(path, Optional.of(reason), Optional.empty(), List.of(), Map.of(), Map.of());
    }

    public boolean audited() {
        return error.isEmpty();
    }

    /**
     * This result with {@code accepted} moved out of the findings that stand. Scores and
     * densities stay as they were: an accepted finding is still in the article.
     */
    public DocumentResult withAccepted(List<Finding> standing, List<Finding> accepted) {
        return new DocumentResult(path, error, analysis, standing, scores, density, suppressed, accepted);
    }
}
