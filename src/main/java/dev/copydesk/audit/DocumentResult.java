package dev.copydesk.audit;

import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.finding.Finding;
import dev.copydesk.score.CategoryScore;
import dev.copydesk.score.Deduction;
import dev.copydesk.score.Scores;
import dev.copydesk.suppress.Suppressed;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome for one input: audited (with its analysis, findings, scores and densities) or
 * failed (with a one-line reason). {@code scoring} holds each score with the deductions that
 * explain it, whose finding indices point into {@code findings}; {@code density} gives, per 1,000
 * words, the findings of each category and rule, exclamation marks and all-capitals words.
 * Immutable.
 *
 * @param findings   the findings that stand: not suppressed, and not accepted by a baseline
 * @param suppressed findings that suppression comments in the article removed, each with its
 *                   directive's line and reason: the audit trail reports show
 * @param accepted   findings the run's baseline file accepted: they still exist but do not fail
 *                   the run; empty without a baseline
 * @param record     for an article read from one line of a JSONL export, that file and line:
 *                   where code-review tools can place its findings
 */
public record DocumentResult(String path, Optional<String> error, Optional<AnalyzedDocument> analysis,
        List<Finding> findings, Scores scoring, Map<String, Double> density,
        List<Suppressed> suppressed, List<Finding> accepted, Optional<ExportRecord> record) {

    /** The line of a JSONL export an article came from, with the export's path as the user gave it, and the record's id. */
    public record ExportRecord(String file, int line, String id) {
    }

    public DocumentResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        accepted = List.copyOf(accepted);
    }

    public DocumentResult(String path, Optional<String> error, Optional<AnalyzedDocument> analysis,
            List<Finding> findings, Scores scoring, Map<String, Double> density) {
        this(path, error, analysis, findings, scoring, density, List.of(), List.of(), Optional.empty());
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

    /**
     * This result with {@code accepted} moved out of the findings that stand. Scores and
     * densities stay as they were: an accepted finding is still in the article. Deductions keep
     * pointing at the findings that stand; an accepted finding's points stay in its deduction,
     * which then lists only the new findings.
     */
    public DocumentResult withAccepted(List<Finding> standing, List<Finding> accepted) {
        Map<Finding, Integer> newIndex = new IdentityHashMap<>();
        for (int i = 0; i < standing.size(); i++) {
            newIndex.put(standing.get(i), i);
        }
        List<CategoryScore> rescored = new ArrayList<>();
        for (CategoryScore score : scoring.all()) {
            List<Deduction> deductions = new ArrayList<>();
            for (Deduction d : score.deductions()) {
                List<Integer> kept = d.findings().stream().map(findings::get).filter(newIndex::containsKey)
                        .map(newIndex::get).toList();
                deductions.add(new Deduction(d.category(), d.source(), d.points(), kept, d.reason()));
            }
            rescored.add(new CategoryScore(score.key(), score.score(), deductions));
        }
        return new DocumentResult(path, error, analysis, standing, new Scores(rescored), density, suppressed, accepted,
                record);
    }

    /** This result, read from line {@code line} of the JSONL export {@code file}, record {@code id}. */
    public DocumentResult fromExport(String file, int line, String id) {
        return new DocumentResult(path, error, analysis, findings, scoring, density, suppressed, accepted,
                Optional.of(new ExportRecord(file, line, id)));
    }
}
