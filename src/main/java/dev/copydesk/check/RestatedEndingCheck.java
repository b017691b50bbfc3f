package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.input.Scope;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A closing paragraph that restates the article instead of adding to it: at least
 * {@value #THRESHOLD} of its distinct content words (by stem, function words aside) already
 * appeared in the headline or an earlier paragraph. Edited news ends on a new fact; padded copy
 * ends on a recap (0.64 for the shared sample, 0.6 or more for 0.7% of BBC articles). The
 * detail gives the share and the repeated words.
 */
final class RestatedEndingCheck implements Check {
    static final double THRESHOLD = 0.6;
    private static final int MIN_CONTENT_WORDS = 12;
    private static final int MIN_PARAGRAPHS = 5;

    private final Rule rule;

    RestatedEndingCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        List<AnalyzedBlock> paragraphs = new ArrayList<>();
        Set<String> earlier = new HashSet<>();
        for (AnalyzedBlock block : document.blocks()) {
            if (block.block().scope() == Scope.HEADLINE) {
                earlier.addAll(contentStems(block));
            } else if (block.block().scope() == Scope.PARAGRAPH && block.words() > 0) {
                paragraphs.add(block);
            }
        }
        if (paragraphs.size() < MIN_PARAGRAPHS) {
            return;
        }
        for (int i = 0; i < paragraphs.size() - 1; i++) {
            earlier.addAll(contentStems(paragraphs.get(i)));
        }
        AnalyzedBlock last = paragraphs.get(paragraphs.size() - 1);
        Set<String> closing = new HashSet<>(contentStems(last));
        if (closing.size() < MIN_CONTENT_WORDS) {
            return;
        }
        List<String> repeated = closing.stream().filter(earlier::contains).sorted().toList();
        double share = (double) repeated.size() / closing.size();
        if (share >= THRESHOLD) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("shareOfWordsSeenBefore", Math.round(share * 100) / 100.0);
            detail.put("repeatedWords", repeated);
            findings.report(rule, last, new Span(0, last.text().length()),
                    Map.of("value", Math.round(share * 100) + "%"), detail);
        }
    }

    private static List<String> contentStems(AnalyzedBlock block) {
        List<String> stems = new ArrayList<>();
        for (int i = 0; i < block.tokens().size(); i++) {
            String word = block.tokens().get(i).text();
            if (block.tokens().get(i).word() && word.length() > 3 && word.chars().allMatch(Character::isLetter)
                    && !RepeatedPhraseCheck.isFunctionWord(word)) {
                stems.add(block.stems().get(i));
            }
        }
        return stems;
    }
}
