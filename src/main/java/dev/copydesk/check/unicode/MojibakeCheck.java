package dev.copydesk.check.unicode;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.check.Findings;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Mojibake;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * UTF-8 text that was decoded as Windows-1252 upstream ({@code Ã©} for é); the detail gives the
 * repair.
 */
public final class MojibakeCheck extends UnicodeBlockCheck {

    public MojibakeCheck(Rule rule) {
        super(rule);
    }

    @Override
    void check(AnalyzedBlock block, Findings findings) {
        String text = block.text();
        for (Mojibake.Repair r = Mojibake.find(text, 0); r != null; r = Mojibake.find(text, r.span().end())) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("reads", r.repaired());
            findings.report(rule, block, r.span(), Map.of("reads", r.repaired()), detail);
        }
    }
}
