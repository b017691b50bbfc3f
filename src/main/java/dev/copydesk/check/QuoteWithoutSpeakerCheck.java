package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.analysis.SourceNames;
import dev.copydesk.input.Scope;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.GatedPattern;
import dev.copydesk.text.SearchText;
import dev.copydesk.text.Span;
import dev.copydesk.text.Words;
import java.util.List;
import java.util.Map;

/**
 * Direct quotations of four words or more with no speaker named in their sentence or the
 * sentences on either side. Scare quotes around a word or two are left alone. English only.
 */
final class QuoteWithoutSpeakerCheck implements Check {
    private static final int MIN_WORDS = 4;

    private final Rule rule;

    QuoteWithoutSpeakerCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        if (!"en".equals(document.language())) {
            return; // speakers are recognised by English reporting verbs only
        }
        for (AnalyzedBlock block : document.blocks()) {
            if (block.block().scope() == Scope.HEADLINE || block.quotations().isEmpty()) {
                continue;
            }
            List<Span> sentences = block.sentences();
            // Quotes in one paragraph share the sentences around them: each is judged once.
            Map<Integer, Boolean> speakerIn = new java.util.HashMap<>();
            for (Span quote : block.quotations()) {
                String quoted = block.text().substring(quote.start(), quote.end());
                int words = Words.splitOnWhitespace(quoted.strip()).length;
                if (words < MIN_WORDS) {
                    continue;
                }
                int at = sentenceOf(sentences, quote.start());
                if (!hasSpeakerNear(block, sentences, at, speakerIn) && !document.document().links().stream()
                        .anyMatch(l -> l.block() == block.index())) {
                    findings.report(rule, block, quote, Map.of(), Map.of("words", words));
                }
            }
        }
    }

    private static int sentenceOf(List<Span> sentences, int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (offset < sentences.get(i).end()) {
                return i;
            }
        }
        return sentences.size() - 1;
    }

    private static boolean hasSpeakerNear(AnalyzedBlock block, List<Span> sentences, int at, Map<Integer, Boolean> speakerIn) {
        for (int i = Math.max(0, at - 1); i <= Math.min(sentences.size() - 1, at + 1); i++) {
            if (speakerIn.computeIfAbsent(i, k -> namesASpeaker(block, sentences.get(k)))) {
                return true;
            }
        }
        return false;
    }

    /** "he said" is a cheap test; a name with a reporting verb a dearer one. */
    private static boolean namesASpeaker(AnalyzedBlock block, Span s) {
        SearchText sentence = SearchText.of(block.text().substring(s.start(), s.end()));
        return SPEAKER_PRONOUN.find(sentence) || SourceNames.named(sentence).isPresent();
    }

    /** "he said", "she added": the speaker is named nearby, in an earlier sentence. */
    private static final GatedPattern SPEAKER_PRONOUN = GatedPattern.compile(
            "\\b(?:he|she|they|I|we)\\s+(?:said|says|added|told|wrote|asked|explained|warned|insisted)\\b|"
                    + "\\b(?:said|says|added|asked)\\s+(?:he|she|they)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
}
