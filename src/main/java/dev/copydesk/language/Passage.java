package dev.copydesk.language;

import dev.copydesk.text.Span;
import java.util.List;

/** What the language layer reads of a block: its text, its sentences and its quotations (block-text spans). */
public record Passage(String text, List<Span> sentences, List<Span> quotations, boolean headline) {
    public boolean inQuotation(int offset) {
        for (Span q : quotations) {
            if (q.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
