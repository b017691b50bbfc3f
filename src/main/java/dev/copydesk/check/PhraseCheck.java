package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
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
 * overlap, the longest match starting first wins. Covers every phrase and substitution rule
 * of the catalog in one pass.
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

    private void runBlock(AnalyzedBlock block, Findings findings) {
        List<Token> tokens = block.tokens();
        Map<Rule, Integer> busyUntil = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<PhraseIndex.Match> matches = index.matchesAt(tokens, i);
            if (matches.isEmpty()) {
                continue;
            }
            Map<Rule, PhraseIndex.Match> longest = new LinkedHashMap<>();
            for (PhraseIndex.Match match : matches) {
                longest.put(match.entry().rule(), match);
            }
            for (PhraseIndex.Match match : longest.values()) {
                Rule rule = match.entry().rule();
                if (busyUntil.getOrDefault(rule, -1) >= i) {
                    continue;
                }
                busyUntil.put(rule, match.last());
                Span span = block.blockSpan(tokens.get(match.first()).start(), tokens.get(match.last()).end());
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
