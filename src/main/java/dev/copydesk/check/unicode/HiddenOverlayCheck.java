package dev.copydesk.check.unicode;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.check.Findings;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.CodePoints;
import dev.copydesk.text.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dot above (U+0307) on a letter that already looks dotted or has no room for it (dotless
 * ı or ȷ, l): the mark is hidden, so {@code adm\u0131\u0307n} looks like "admin" but is not.
 * An {@code i} with U+0307 is what lowercasing Turkish İ gives, and stays quiet.
 */
public final class HiddenOverlayCheck extends UnicodeBlockCheck {
    private static final char DOT_ABOVE = '\u0307';


    public HiddenOverlayCheck(Rule rule) {
        super(rule);
    }

    @Override
    void check(AnalyzedBlock block, Findings findings) {
        String text = block.text();
        for (int i = text.indexOf(DOT_ABOVE); i > 0; i = text.indexOf(DOT_ABOVE, i + 1)) {
            char base = text.charAt(i - 1);
            if (base == '\u0131' || base == '\u0237' || base == 'l' || base == 'j') {
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("base", CodePoints.describe(base));
                detail.put("looksLike", base == '\u0131' || base == 'l' ? "i" : "j");
                findings.report(rule, block, new Span(i - 1, i + 1), Map.of("reads", (String) detail.get("looksLike")),
                        detail);
            }
        }
    }
}
