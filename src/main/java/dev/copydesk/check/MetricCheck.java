package dev.copydesk.check;

import dev.copydesk.text.Decimals;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.input.Scope;
import dev.copydesk.rule.CheckSpec;
import dev.copydesk.rule.MetricName;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A threshold on a metric of each sentence, each paragraph or the document. Sentence and
 * paragraph findings point at the unit; document findings point at the headline, or the first
 * block when there is none.
 */
final class MetricCheck implements Check {
    private final Rule rule;
    private final CheckSpec.Threshold threshold;

    MetricCheck(Rule rule, CheckSpec.Threshold threshold) {
        this.rule = rule;
        this.threshold = threshold;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        MetricName metric = threshold.metric();
        switch (metric.unit()) {
            case SENTENCE -> {
                for (AnalyzedBlock block : document.blocks()) {
                    for (int s = 0; s < block.sentences().size(); s++) {
                        Span sentence = block.sentences().get(s);
                        double value = metric == MetricName.SENTENCE_GRADE ? block.sentenceGrades()[s]
                                : block.sentenceWords()[s];
                        test(value, block, sentence, findings);
                    }
                }
            }
            case PARAGRAPH -> {
                for (AnalyzedBlock block : document.blocks()) {
                    if (block.block().scope() != Scope.PARAGRAPH) {
                        continue;
                    }
                    double value = metric == MetricName.PARAGRAPH_WORDS ? block.words() : block.sentences().size();
                    test(value, block, new Span(0, block.text().length()), findings);
                }
            }
            case DOCUMENT -> {
                if (document.blocks().isEmpty()) {
                    return;
                }
                String key = metric.key().substring("document.".length());
                Number value = document.metrics().get(key);
                AnalyzedBlock anchor = document.blocks().get(0);
                if (value != null) {
                    test(value.doubleValue(), anchor, new Span(0, anchor.text().length()), findings);
                }
            }
            default -> throw new IllegalStateException("unknown unit " + metric.unit());
        }
    }

    private void test(double value, AnalyzedBlock block, Span span, Findings findings) {
        Double limit = null;
        if (threshold.max() != null && value > threshold.max() && (threshold.upTo() == null || value <= threshold.upTo())) {
            limit = threshold.max();
        } else if (threshold.min() != null && value < threshold.min()) {
            limit = threshold.min();
        }
        if (limit == null || span.length() == 0) {
            return;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("metric", threshold.metric().key());
        detail.put("value", value);
        detail.put("limit", limit);
        findings.report(rule, block, span, Map.of("value", Decimals.compact(value), "limit", Decimals.compact(limit)), detail);
    }
}
