package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.input.Scope;
import dev.copydesk.language.HeadlineFeatures;
import dev.copydesk.language.TaggedSentence;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import java.util.Map;

/**
 * A headline that points at its subject instead of naming it: "This dog's reaction to ...",
 * "These photos show ...". What counts is {@link HeadlineFeatures#withheldSubject}, the same test
 * the clickbait model reads as a feature. English only.
 */
final class WithheldSubjectCheck implements Check {
    private final Rule rule;

    WithheldSubjectCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        if (!"en".equals(document.language())) {
            return;
        }
        for (AnalyzedBlock block : document.blocks()) {
            if (block.block().scope() != Scope.HEADLINE) {
                continue;
            }
            TaggedSentence s = HeadlineFeatures.tagged(block.text());
            int[] withheld = HeadlineFeatures.withheldSubject(s);
            if (withheld != null) {
                Span span = new Span(s.word(withheld[0]).start(), s.word(withheld[1] - 1).end());
                findings.report(rule, block, span, Map.of(), Map.of("phrase", block.text().substring(span.start(), span.end())));
            }
        }
    }
}
