package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.input.InputFormat;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import java.util.Map;

/**
 * An HTML article without a byline or a publication date in its metadata: readers cannot tell
 * who stands behind it or when it was true. Plain text and Markdown carry no such metadata
 * reliably, so only HTML is checked. Points at the headline.
 */
final class MissingMetadataCheck implements Check {
    /** What the article should declare. */
    enum Field { AUTHOR, DATE }

    private final Rule rule;
    private final Field field;

    MissingMetadataCheck(Rule rule, Field field) {
        this.rule = rule;
        this.field = field;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        var doc = document.document();
        boolean missing = field == Field.AUTHOR ? doc.author().isEmpty() : doc.published().isEmpty();
        if (doc.format() != InputFormat.HTML || !missing || document.blocks().isEmpty()) {
            return;
        }
        AnalyzedBlock anchor = document.blocks().get(0);
        findings.report(rule, anchor, new Span(0, anchor.text().length()), Map.of(), Map.of());
    }
}
