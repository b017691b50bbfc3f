package dev.copydesk.check.unicode;

import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.check.Check;
import dev.copydesk.check.Findings;
import dev.copydesk.input.HiddenText;
import dev.copydesk.rule.Rule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text an HTML page hides from its readers while scrapers, search engines and language models
 * read it: the page-level cousin of invisible characters, and the usual home of injected
 * instructions. The reader leaves such text out of the audit; this check says it was there,
 * what it says and what hides it.
 */
public final class HiddenTextCheck implements Check {
    /** Enough of the hidden text to judge it by; the detail has all of it. */
    private static final int SHOWN = 80;

    private final Rule rule;

    public HiddenTextCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        for (HiddenText hidden : document.document().hidden()) {
            String text = hidden.text();
            String shown = text.codePointCount(0, text.length()) <= SHOWN ? text
                    : text.substring(0, text.offsetByCodePoints(0, SHOWN - 1)) + "…";
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("hiddenBy", hidden.how());
            detail.put("hiddenText", text);
            findings.reportSource(rule, hidden.start(), hidden.end(), Map.of("value", hidden.how(), "reads", shown), detail);
        }
    }
}
