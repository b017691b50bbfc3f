package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.CheckSpec;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import dev.copydesk.text.Token;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrase lists and substitutions: word-bounded, case-insensitive matches on normalized text,
 * so styled letters and invisible characters cannot hide a phrase. Where phrases of one rule
 * overlap, the longest match starting first wins. A tone phrase right after a negation ("not
 * shocking") is not reported. Covers every phrase and substitution rule of the catalog in one
 * pass.
 */
final class PhraseCheck implements Check {
    private final PhraseIndex index = new PhraseIndex();

    PhraseCheck(List<Rule> rules) {
        for (Rule rule : rules) {
            if (rule.check() instanceof CheckSpec.Phrases phrases) {
                phrases.phrases().forEach(p -> index.add(rule, p, null));
            } else if (rule.check() instanceof CheckSpec.Substitutions subs) {
                subs.replacements().forEach(r -> index.add(rule, r.phrase(), r.preferred()));
            }
        }
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        for (AnalyzedBlock block : document.blocks()) {
            runBlock(block, findings);
        }
    }

    /**
     * Whether the phrase at token {@code i} is negated ("not shocking", "never so dramatic"):
     * a negator right before it, or before one softening word.
     */
    private static boolean negated(List<Token> tokens, int i) {
        int j = i - 1;
        // Up to two softening words: "not so dramatic", "not at all shocking".
        for (int soft = 0; soft < 2 && j >= 1 && SOFTENERS.contains(tokens.get(j).text()); soft++) {
            j--;
        }
        return j >= 0 && NEGATORS.contains(tokens.get(j).text());
    }

    private static final java.util.Set<String> NEGATORS = java.util.Set.of("not", "never", "no", "hardly", "barely",
            "nor", "neither", "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "won't",
            "wouldn't", "can't", "cannot", "nothing");
    private static final java.util.Set<String> SOFTENERS = java.util.Set.of("so", "very", "that", "too", "particularly",
            "especially", "really", "quite", "entirely", "at", "all");

    /** Whether one of the two words before token {@code i}, without crossing punctuation, is in the rule's {@code unless-after}. */
    private static boolean madeSpecific(Rule rule, List<Token> tokens, int i) {
        if (!(rule.check() instanceof CheckSpec.Phrases phrases) || phrases.unlessAfter().isEmpty()) {
            return false;
        }
        for (int j = i - 1; j >= 0 && j >= i - 2 && tokens.get(j).word(); j--) {
            if (phrases.unlessAfter().contains(tokens.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /** Normalization keeps an invisible character with the letter before it; the phrase ends at the letter. */
    private static Span trimInvisibleTail(AnalyzedBlock block, Span span) {
        String text = block.text();
        int end = span.end();
        while (end > span.start() + 1 && com.ibm.icu.lang.UCharacter.hasBinaryProperty(text.codePointBefore(end),
                com.ibm.icu.lang.UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return end == span.end() ? span : new Span(span.start(), end);
    }

    private void runBlock(AnalyzedBlock block, Findings findings) {
        List<Token> tokens = block.tokens();
        // Keyed by id, which is unique in a catalog: a rule record's own hash walks all its phrases.
        Map<String, Integer> busyUntil = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<PhraseIndex.Match> matches = index.matchesAt(tokens, block.stems(), i);
            if (matches == null) {
                continue;
            }
            Map<String, PhraseIndex.Match> longest = new LinkedHashMap<>();
            for (PhraseIndex.Match match : matches) {
                longest.merge(match.entry().rule().id(), match, (a, b) -> b.last() > a.last() ? b : a);
            }
            for (PhraseIndex.Match match : longest.values()) {
                Rule rule = match.entry().rule();
                if (busyUntil.getOrDefault(rule.id(), -1) >= i || rule.category() == Category.TONE && negated(tokens, i)
                        || madeSpecific(rule, tokens, i)) {
                    continue;
                }
                busyUntil.put(rule.id(), match.last());
                Span span = trimInvisibleTail(block,
                        block.blockSpan(tokens.get(match.first()).start(), tokens.get(match.last()).end()));
                Map<String, String> values = new HashMap<>();
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("phrase", match.entry().phrase());
                if (match.entry().preferred() != null) {
                    values.put("preferred", match.entry().preferred());
                    detail.put("preferred", match.entry().preferred());
                }
                findings.report(rule, block, span, values, detail);
            }
        }
    }
}
