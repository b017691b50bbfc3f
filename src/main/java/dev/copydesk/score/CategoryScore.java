package dev.copydesk.score;

import java.util.List;

/**
 * One score of a document, 0 to 100 (higher is better), with the deductions that explain it,
 * largest first. The deductions' points add up exactly to {@code 100 - score}. Immutable.
 *
 * @param key {@code overall} or a category key ({@code integrity}, {@code tone}, ...)
 */
public record CategoryScore(String key, int score, List<Deduction> deductions) {
    public CategoryScore {
        deductions = List.copyOf(deductions);
    }
}
