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

    /**
     * Whether the straight quote at {@code at}, inside the quotation opened at {@code open}, opens
     * a new one instead of closing it: it stands after a space that follows the end of a
     * sentence, and before a word.
     */
    private static boolean reopens(String text, int open, int at) {
        if (at + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 1)) || at < 2
                || text.charAt(at - 1) != ' ') {
            return false;
        }
        int k = at - 1;
        while (k > open && text.charAt(k) == ' ') {
            k--;
        }
        char before = text.charAt(k);
        return before == '.' || before == '!' || before == '?';
    }

    public static List<Span> quotations(String text) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        boolean reopened = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && open < 0 && i > 0 && Character.isDigit(text.charAt(i - 1))) {
                continue; // an inch mark: 65" TVs, a 6" pipe
            }
            boolean opener = c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '"';
            boolean closer = c == '\u201D' || c == '\u201C' || c == '\u00BB' || c == '"';
            if (open < 0 && opener) {
                open = i;
            } else if (open >= 0 && c == '"' && reopens(text, open, i)) {
                // Newsroom style: a quotation running into a new paragraph is not closed, and the
                // next one opens again ("... reporters. "I think ..."). Where paragraphs were run
                // together, pairing that mark as a closer would swap quoted and unquoted text for
                // the rest of the block.
                int end = i;
                while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                spans.add(new Span(open, end));
                open = i;
                reopened = true;
            } else if (open >= 0 && closer) {
                spans.add(new Span(open, i + 1));
                open = -1;
                reopened = false;
            }
        }
        // A quote left open is a quotation running into the next paragraph (newsroom style), but a
        // lone straight quote inside a paragraph is more likely a typo or a unit, and must not
        // silence the rest of the paragraph; one that opens the paragraph, or that reopens a
        // quotation newsroom-style, is a continued quote.
        if (open >= 0 && (text.charAt(open) != '"' || open == 0 || reopened)) {
            spans.add(new Span(open, text.length()));
        }
        return spans;
    }
}
