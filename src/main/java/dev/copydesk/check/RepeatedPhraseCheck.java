package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.analysis.SentenceWords;
import dev.copydesk.input.Scope;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word sequences the article repeats: every run of {@value #N} words (by stem, outside
 * quotations, with at least {@value #MIN_CONTENT_WORDS} words that are not function words) that occurs
 * {@value #MIN_COUNT} or more times is reported once, at its last occurrence, with the count.
 * One pass with a hash map: linear in the text.
 */
final class RepeatedPhraseCheck implements Check {
    static final int N = 4;
    static final int MIN_COUNT = 4;
    static final int MIN_CONTENT_WORDS = 3;
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "and", "or", "for",
            "on", "at", "by", "with", "is", "was", "be", "has", "have", "had", "it", "that", "this", "as", "from",
            "are", "were", "said", "he", "she", "they", "his", "her", "their", "its", "will", "would", "not", "but",
            "been", "who", "which", "we", "i", "you", "there", "than", "also", "after", "into", "about", "more",
            "over", "up", "out", "all", "can", "could", "so", "if", "one", "two", "new", "mr", "ms");

    private final Rule rule;

    RepeatedPhraseCheck(Rule rule) {
        this.rule = rule;
    }

    private record Occurrence(AnalyzedBlock block, Span span) {
    }

    /** A run of {@value #N} stems, compared word by word: cheaper than joining them into one string. */
    private record Gram(String first, String second, String third, String fourth) {
        static Gram of(List<String> stems, int from) {
            return new Gram(stems.get(from), stems.get(from + 1), stems.get(from + 2), stems.get(from + 3));
        }

        // Written out: a record's own hashCode and equals are linked through invokedynamic on
        // first use, about 10 ms in front of the first article's findings.
        @Override
        public int hashCode() {
            return ((first.hashCode() * 31 + second.hashCode()) * 31 + third.hashCode()) * 31 + fourth.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Gram gram && gram.first.equals(first) && gram.second.equals(second)
                    && gram.third.equals(third) && gram.fourth.equals(fourth);
        }
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        Map<Gram, List<Occurrence>> grams = new LinkedHashMap<>();
        for (AnalyzedBlock block : document.blocks()) {
            if (block.block().scope() == Scope.HEADLINE || block.block().scope() == Scope.QUOTE) {
                continue;
            }
            for (SentenceWords.Sentence sentence : SentenceWords.of(block)) {
                List<String> stems = sentence.stems();
                for (int i = 0; i + N <= stems.size(); i++) {
                    Span first = sentence.words().get(i);
                    Span last = sentence.words().get(i + N - 1);
                    if (block.inQuotation(first.start()) || contentWords(stems, i) < MIN_CONTENT_WORDS) {
                        continue;
                    }
                    grams.computeIfAbsent(Gram.of(stems, i), k -> new ArrayList<>()).add(new Occurrence(block,
                            new Span(first.start(), last.end())));
                }
            }
        }
        Map<AnalyzedBlock, List<Span>> reported = new HashMap<>();
        for (Map.Entry<Gram, List<Occurrence>> gram : grams.entrySet()) {
            List<Occurrence> occurrences = gram.getValue();
            if (occurrences.size() < MIN_COUNT) {
                continue;
            }
            Occurrence at = occurrences.get(occurrences.size() - 1);
            List<Span> done = reported.computeIfAbsent(at.block(), b -> new ArrayList<>());
            if (done.stream().anyMatch(s -> s.start() < at.span().end() && at.span().start() < s.end())) {
                continue;
            }
            done.add(at.span());
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("count", occurrences.size());
            detail.put("firstLine", document.locate(occurrences.get(0).block(), occurrences.get(0).span()).line());
            findings.report(rule, at.block(), at.span(), Map.of("value", Integer.toString(occurrences.size())), detail);
        }
    }

    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word);
    }

    private static int contentWords(List<String> stems, int from) {
        int n = 0;
        for (int k = from; k < from + N; k++) {
            if (!FUNCTION_WORDS.contains(stems.get(k))) {
                n++;
            }
        }
        return n;
    }
}
