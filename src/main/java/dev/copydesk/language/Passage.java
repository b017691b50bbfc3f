package dev.copydesk.language;

import dev.copydesk.text.Span;
import java.util.List;

/**
 * What the language layer reads of a block: its text, its sentences and its quotations (block-text
 * spans).
 */
public record Passage(String text, List<Span> sentences, List<Span> quotations, boolean headline) {
    /** Whether {@code offset} is inside a quotation; quotations come sorted and apart, so a binary search. */
    public boolean inQuotation(int offset) {
        return quotationAround(offset) != null;
    }

    /** The quotation holding {@code offset}, or null. */
    public Span quotationAround(int offset) {
        int low = 0;
        int high = quotations.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Span q = quotations.get(mid);
            if (offset < q.start()) {
                high = mid - 1;
            } else if (offset >= q.end()) {
                low = mid + 1;
            } else {
                return q;
            }
        }
        return null;
    }

    /** The quotation that closes right before {@code offset}, with only spaces between, or null. */
    public Span quotationClosingBefore(int offset) {
        int end = offset;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        Span q = end > 0 ? quotationAround(end - 1) : null;
        return q != null && q.end() == end ? q : null;
    }
}
