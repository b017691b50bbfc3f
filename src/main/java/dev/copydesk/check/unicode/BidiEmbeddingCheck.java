package dev.copydesk.check.unicode;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.check.Findings;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.BidiControls;
import java.util.Map;

/**
 * Bidi embeddings and isolates (LRE, RLE, LRI, RLI, FSI with PDF, PDI) that are left open,
 * that close nothing, or that sit in text with no right-to-left letters, where they have no
 * honest use. Balanced controls around right-to-left text are ordinary and stay quiet.
 */
public final class BidiEmbeddingCheck extends UnicodeBlockCheck {

    public BidiEmbeddingCheck(Rule rule) {
        super(rule);
    }

    @Override
    void check(AnalyzedBlock block, Findings findings) {
        String text = block.text();
        if (!BidiControls.hasControls(text)) {
            return;
        }
        boolean rtl = BidiControls.hasRightToLeftLetters(text);
        for (BidiControls.Control c : BidiControls.scan(text)) {
            if (c.kind() == BidiControls.Kind.MARK || c.kind() == BidiControls.Kind.OVERRIDE) {
                continue;
            }
            String problem = !c.terminated()
                    ? (c.kind() == BidiControls.Kind.POP_EMBEDDING || c.kind() == BidiControls.Kind.POP_ISOLATE
                            ? "closes nothing" : "left open to the end of the paragraph")
                    : rtl ? null : "no right-to-left text for it to order";
            if (problem != null) {
                var detail = BidiFindings.detail(block, c, problem);
                findings.report(rule, block, BidiFindings.span(c),
                        Map.of("names", detail.get("codePoint") + ", " + problem), detail);
            }
        }
    }
}
