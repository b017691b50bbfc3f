package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.input.Scope;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import dev.copydesk.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A headline that promises what the opening does not deliver: at least three quarters of the
 * headline's content words (by stem, function words aside; at least {@value #MIN_CONTENT_WORDS})
 * are absent from the first {@value #OPENING_BLOCKS} paragraphs. Punning headlines share few
 * words with their stories, hence the high bar. The detail lists the missing words.
 */
final class HeadlineBodyCheck implements Check {
    private static final int OPENING_BLOCKS = 4;
    private static final int MIN_CONTENT_WORDS = 5;
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "and", "or", "for",
            "on", "at", "by", "with", "is", "be", "as", "from", "are", "it", "its", "this", "that", "what", "why",
            "how", "who", "will", "can", "could", "would", "should", "do", "does", "did", "has", "have", "after",
            "over", "into", "about", "up", "out", "new", "says", "say", "said", "not", "no", "vs", "v");

    private final Rule rule;

    HeadlineBodyCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        AnalyzedBlock headline = null;
        Set<String> opening = new HashSet<>();
        int bodyBlocks = 0;
        for (AnalyzedBlock block : document.blocks()) {
            if (block.block().scope() == Scope.HEADLINE) {
                headline = headline == null ? block : headline;
            } else if (bodyBlocks < OPENING_BLOCKS && block.words() > 0) {
                opening.addAll(block.stems());
                bodyBlocks++;
            }
        }
        if (headline == null || bodyBlocks == 0) {
            return;
        }
        List<String> content = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Token> tokens = headline.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String stem = headline.stems().get(i);
            if (tokens.get(i).word() && !FUNCTION_WORDS.contains(tokens.get(i).text()) && !content.contains(stem)
                    && tokens.get(i).text().chars().anyMatch(Character::isLetter)) {
                content.add(stem);
                if (!opening.contains(stem)) {
                    missing.add(tokens.get(i).text());
                }
            }
        }
        if (content.size() >= MIN_CONTENT_WORDS && missing.size() * 4 >= content.size() * 3) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("missingWords", missing);
            detail.put("contentWords", content.size());
            findings.report(rule, headline, new Span(0, headline.text().length()),
                    Map.of("names", String.join(", ", missing)), detail);
        }
    }
}
