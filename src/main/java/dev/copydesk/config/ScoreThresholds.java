package dev.copydesk.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The least score each category (or {@code overall}) may have and the highest consensus grade
 * an article may read at, from {@code min-score} and {@code max-grade}. Immutable.
 */
public record ScoreThresholds(Map<String, Integer> minScores, OptionalDouble maxGrade) {
    public static final ScoreThresholds NONE = new ScoreThresholds(Map.of(), OptionalDouble.empty());

    public ScoreThresholds {
        minScores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(minScores));
    }

    /**
     * One message per threshold that the article at {@code path} misses, naming the score and
     * the threshold, in the order of {@code min-score} and then the grade; empty when it meets all.
     * Scores the map lacks and a NaN grade are not judged.
     */
    public List<String> violations(String path, Map<String, Integer> scores, double grade) {
        List<String> violations = new ArrayList<>();
        minScores.forEach((name, min) -> {
            Integer score = scores.get(name);
            if (score != null && score < min) {
                violations.add(path + ": " + name + " score " + score + " is below the minimum of " + min);
            }
        });
        if (maxGrade.isPresent() && !Double.isNaN(grade) && grade > maxGrade.getAsDouble()) {
            violations.add(String.format(Locale.ROOT, "%s: grade %.1f is above the maximum of %s", path, grade,
                    format(maxGrade.getAsDouble())));
        }
        return violations;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
