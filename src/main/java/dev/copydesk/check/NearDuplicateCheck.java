package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.analysis.SentenceWords;
import dev.copydesk.finding.Location;
import dev.copydesk.input.Scope;
import dev.copydesk.rule.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentences that say again what an earlier sentence said: three-word shingles of stems,
 * compared through an index of shingles, so the cost grows with the text, not with the square
 * of the number of sentences. A sentence sharing most of its shingles with an earlier one
 * (Jaccard at least {@value #THRESHOLD}) is reported, with the sentence it repeats.
 */
final class NearDuplicateCheck implements Check {
    private static final int SHINGLE = 3;
    private static final int MIN_WORDS = 8;
    static final double THRESHOLD = 0.4;
    /** Shingles shared by more sentences than this are stock phrasing, not repetition. */
    private static final int COMMON_SHINGLE = 30;

    private final Rule rule;

    NearDuplicateCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        List<SentenceWords.Sentence> sentences = new ArrayList<>();
        List<Set<Long>> shingles = new ArrayList<>();
        // Captions and pull quotes restate the text by design: sentences are compared only with
        // sentences of the same kind (body text, captions, block quotes).
        Map<Scope, Map<Long, List<Integer>>> indexes = new HashMap<>();
        for (AnalyzedBlock block : document.blocks()) {
            Scope kind = block.block().scope();
            if (kind == Scope.HEADLINE) {
                continue;
            }
            Map<Long, List<Integer>> index = indexes.computeIfAbsent(
                    kind == Scope.CAPTION || kind == Scope.QUOTE ? kind : Scope.PARAGRAPH, k -> new HashMap<>());
            for (SentenceWords.Sentence sentence : SentenceWords.of(block)) {
                if (sentence.stems().size() < MIN_WORDS) {
                    continue;
                }
                Set<Long> mine = shingles(sentence.stems());
                int me = sentences.size();
                Map<Integer, Integer> shared = new HashMap<>();
                for (long shingle : mine) {
                    List<Integer> earlier = index.computeIfAbsent(shingle, k -> new ArrayList<>());
                    if (earlier.size() <= COMMON_SHINGLE) {
                        earlier.forEach(i -> shared.merge(i, 1, Integer::sum));
                    }
                    earlier.add(me);
                }
                sentences.add(sentence);
                shingles.add(mine);
                shared.entrySet().stream()
                        .filter(e -> jaccard(e.getValue(), mine.size(), shingles.get(e.getKey()).size()) >= THRESHOLD)
                        .min(Map.Entry.comparingByKey())
                        .ifPresent(e -> report(document, sentence, sentences.get(e.getKey()),
                                jaccard(e.getValue(), mine.size(), shingles.get(e.getKey()).size()), findings));
            }
        }
    }

    private static double jaccard(int shared, int a, int b) {
        return (double) shared / (a + b - shared);
    }

    private static Set<Long> shingles(List<String> stems) {
        Set<Long> set = new HashSet<>();
        for (int i = 0; i + SHINGLE <= stems.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + stems.get(k).hashCode();
            }
            set.add(h);
        }
        return set;
    }

    private void report(AnalyzedDocument document, SentenceWords.Sentence sentence, SentenceWords.Sentence earlier,
            double similarity, Findings findings) {
        Location first = document.locate(earlier.block(), earlier.span());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("repeats", first.excerpt());
        detail.put("repeatsLine", first.line());
        detail.put("similarity", Math.round(similarity * 100) / 100.0);
        findings.report(rule, sentence.block(), sentence.span(), Map.of("value", Integer.toString(first.line())), detail);
    }
}
