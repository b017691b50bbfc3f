package dev.copydesk.check.unicode;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.check.Findings;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.BidiControls;
import dev.copydesk.text.Span;
import java.util.Map;

/**
 * Bidi marks (LRM, RLM, ALM) in text with no right-to-left letters. In Hebrew, Arabic or
 * Persian text they are ordinary; before digits they are what Windows puts in copied dates.
 */
public final class BidiMarksCheck extends UnicodeBlockCheck {

    public BidiMarksCheck(Rule rule) {
        super(rule);
    }

    @Override
    void check(AnalyzedBlock block, Findings findings) {
        String text = block.text();
        if (!BidiControls.hasControls(text) || BidiControls.hasRightToLeftLetters(text)) {
            return;
        }
        int runEnd = -1;
        for (BidiControls.Control c : BidiControls.scan(text)) {
            if (c.kind() != BidiControls.Kind.MARK || c.offset() < runEnd) {
                continue;
            }
            int end = c.offset();
            while (end < text.length() && BidiControls.kindOf(text.charAt(end)) == BidiControls.Kind.MARK) {
                end++;
            }
            runEnd = end;
            boolean beforeDigit = end < text.length() && Character.isDigit(text.charAt(end));
            if (end - c.offset() == 1 && beforeDigit) {
                continue;
            }
            var detail = BidiFindings.detail(block, c, (end - c.offset()) + " mark(s) in left-to-right text");
            findings.report(rule, block, new Span(c.offset(), end),
                    Map.of("names", String.valueOf(detail.get("codePoint"))), detail);
        }
    }
}
