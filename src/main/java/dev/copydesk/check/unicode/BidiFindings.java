package dev.copydesk.check.unicode;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.text.BidiControls;
import dev.copydesk.text.CodePoints;
import dev.copydesk.text.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reporting shared by the three bidi checks: what the control is and how the text displays. */
final class BidiFindings {
    private static final int CONTEXT = 80;

    private BidiFindings() {
    }

    static Map<String, Object> detail(AnalyzedBlock block, BidiControls.Control control, String problem) {
        String text = block.text();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("codePoint", CodePoints.describe(control.codePoint()));
        detail.put("problem", problem);
        int from = Math.max(0, control.offset() - CONTEXT);
        int to = Math.min(text.length(), control.offset() + CONTEXT);
        String logical = text.substring(from, to);
        detail.put("logicalOrder", visible(logical));
        detail.put("displayOrder", BidiControls.displayOrder(logical));
        return detail;
    }

    static Span span(BidiControls.Control control) {
        return new Span(control.offset(), control.offset() + 1);
    }

    /** The text with its bidi controls written as U+XXXX, so the logical order can be read. */
    private static String visible(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (BidiControls.kindOf(cp) != null) {
                b.append('[').append(CodePoints.hex(cp)).append(']');
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
