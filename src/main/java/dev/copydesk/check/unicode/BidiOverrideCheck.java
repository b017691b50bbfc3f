package dev.copydesk.check.unicode;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.check.Findings;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.BidiControls;
import java.util.Map;

/**
 * Bidi overrides (LRO, RLO): they force a display direction on every character that follows,
 * so the text shows in another order than it is read ({@code invoice_\u202Egpj.exe} displays
 * as {@code invoice_exe.jpg}). Always reported; the detail shows both orders.
 */
public final class BidiOverrideCheck extends UnicodeBlockCheck {

    public BidiOverrideCheck(Rule rule) {
        super(rule);
    }

    @Override
    void check(AnalyzedBlock block, Findings findings) {
        if (!BidiControls.hasControls(block.text())) {
            return;
        }
        for (BidiControls.Control c : BidiControls.scan(block.text())) {
            if (c.kind() == BidiControls.Kind.OVERRIDE) {
                var detail = BidiFindings.detail(block, c, c.terminated() ? "override" : "override left open");
                findings.report(rule, block, BidiFindings.span(c),
                        Map.of("names", String.valueOf(detail.get("codePoint"))), detail);
            }
        }
    }
}
