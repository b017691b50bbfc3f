package dev.copydesk.audit;

import dev.copydesk.check.Finding;
import dev.copydesk.rule.Category;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Provisional scores (0-100, higher is better): each category loses points for the density of
 * its findings, weighted by severity (error 10, warning 4, info 1) per 1,000 words, at one
 * point per weighted finding per 1,000 words; short texts count as {@value #MIN_WORDS} words so a
 * single slip in a brief does not sink it. {@code overall} is the mean of the five. Being
 * density-based, the same copy pasted twice scores the same. Stateless.
 */
final class Scoring {
    static final int MIN_WORDS = 250;
    private static final double POINTS_PER_WEIGHTED_FINDING_PER_1000_WORDS = 1.0;

    private Scoring() {
    }

    static Map<String, Integer> score(List<Finding> findings, int words) {
        double perThousand = 1000.0 / Math.max(words, MIN_WORDS);
        Map<Category, Double> lost = new LinkedHashMap<>();
        for (Finding f : findings) {
            double weight = switch (f.severity()) {
                case ERROR -> 10;
                case WARNING -> 4;
                case INFO -> 1;
            };
            lost.merge(f.category(), weight * perThousand * POINTS_PER_WEIGHTED_FINDING_PER_1000_WORDS, Double::sum);
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        int sum = 0;
        for (Category c : Category.values()) {
            int score = (int) Math.max(0, Math.round(100 - lost.getOrDefault(c, 0.0)));
            scores.put(c.key(), score);
            sum += score;
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        ordered.put("overall", Math.round(sum / (float) Category.values().length));
        ordered.putAll(scores);
        return ordered;
    }
}
