package dev.copydesk.score;

import dev.copydesk.rule.Category;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every score of one document, {@code overall} first and then the categories in their fixed
 * order, each with its deductions. Empty for a document that could not be audited. Immutable.
 */
public record Scores(List<CategoryScore> all) {
    public static final String OVERALL = "overall";
    public static final Scores NONE = new Scores(List.of());

    public Scores {
        all = List.copyOf(all);
    }

    /** The score named {@code key} ({@code overall}, {@code tone}, ...), if the document has it. */
    public Optional<CategoryScore> get(String key) {
        return all.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The weight of each category in overall (see docs/scoring.md). */
    public static Map<Category, Integer> overallWeights() {
        return Scoring.OVERALL_WEIGHTS;
    }

    /** Overall computed from category scores under {@code weights}: for comparing weightings in calibration. */
    public static double overallUnder(Map<Category, Integer> categoryScores,
            Map<Category, Integer> weights) {
        return Scoring.overall(categoryScores, weights);
    }

    /** Score by key, in order: the shape of the JSON {@code scores} object. */
    public Map<String, Integer> asMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        all.forEach(s -> map.put(s.key(), s.score()));
        return java.util.Collections.unmodifiableMap(map);
    }
}
