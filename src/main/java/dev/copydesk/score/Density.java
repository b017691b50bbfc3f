package dev.copydesk.score;

import dev.copydesk.finding.Finding;
import dev.copydesk.rule.Category;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rates per 1,000 words, so documents of any length compare: exclamation marks, all-capitals
 * words, findings per category and findings per rule. Stateless.
 */
public final class Density {
    private Density() {
    }

    public static Map<String, Double> of(Iterable<Finding> findings, Map<String, Number> metrics, int words) {
        double per = 1000.0 / Math.max(words, 1);
        Map<String, Double> density = new LinkedHashMap<>();
        density.put("exclamationMarks", round(metrics.get("exclamationMarks").doubleValue() * per));
        density.put("allCapsWords", round(metrics.get("allCapsWords").doubleValue() * per));
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            byCategory.put(c.key(), 0);
        }
        Map<String, Integer> byRule = new TreeMap<>();
        for (Finding f : findings) {
            byCategory.merge(f.category().key(), 1, Integer::sum);
            byRule.merge(f.rule(), 1, Integer::sum);
        }
        byCategory.forEach((k, n) -> density.put(k, round(n * per)));
        byRule.forEach((k, n) -> density.put(k, round(n * per)));
        return density;
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
