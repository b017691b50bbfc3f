package dev.copydesk.check;

import dev.copydesk.rule.Audience;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The document's consensus grade above the target of the run's audience profile
 * ({@code --audience}: general news by default). Points at the headline, or the first block.
 */
final class AudienceGradeCheck implements Check {
    private final Rule rule;
    private final Audience audience;

    AudienceGradeCheck(Rule rule, CheckSettings settings) {
        this.rule = rule;
        this.audience = settings.audience();
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        Number grade = document.metrics().get("consensusGrade");
        Number words = document.metrics().get("words");
        if (grade == null || !"en".equals(document.language()) || document.blocks().isEmpty() || words.intValue() < Audience.MIN_WORDS
                || grade.doubleValue() <= audience.maxGrade()) {
            return;
        }
        AnalyzedBlock anchor = document.blocks().get(0);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("consensusGrade", grade);
        detail.put("audience", audience.key());
        detail.put("maxGrade", audience.maxGrade());
        findings.report(rule, anchor, new Span(0, anchor.text().length()),
                Map.of("value", grade.toString(), "limit", Integer.toString(audience.maxGrade()), "names", audience.key()),
                detail);
    }
}
