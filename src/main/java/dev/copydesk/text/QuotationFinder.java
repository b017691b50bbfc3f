package dev.copydesk.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations in a block of text: spans opened by a double quotation mark and
 * closed by the next closing (or, as typed by many writers, the next opening) mark. A quote
 * left open runs to the end of the block. Single quotes are ignored: they double as
 * apostrophes. Stateless.
 */
public final class QuotationFinder {
    private QuotationFinder() {
    }

    public static List<Span> quotations(String text) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opener = c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '"';
            boolean closer = c == '\u201D' || c == '\u201C' || c == '\u00BB' || c == '"';
            if (open < 0 && opener) {
                open = i;
            } else if (open >= 0 && closer) {
                spans.add(new Span(open, i + 1));
                open = -1;
            }
        }
        if (open >= 0) {
            spans.add(new Span(open, text.length()));
        }
        return spans;
    }
}
