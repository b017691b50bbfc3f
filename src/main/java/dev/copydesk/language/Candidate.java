package dev.copydesk.language;

import java.util.ArrayList;
import java.util.List;

/**
 * A cue found in a sentence, before frames are chosen; word indices of the sentence. A closing
 * tag may attribute a quotation that began sentences earlier ("'A. B,' Holt said." or "Holt
 * said." right after it): the frame then reaches back to where the quotation opens.
 */
record Candidate(int cueFrom, int cueTo, int sourceFrom, int sourceTo, boolean sharesSource,
        List<int[]> content, boolean closingTag, boolean weak) {
    /** A tag alone ("Holt said."), whose content is the quotation just before the sentence. */
    boolean tagOnly() {
        return closingTag && content.isEmpty();
    }

    Candidate truncatedAt(int boundary) {
        List<int[]> kept = new ArrayList<>();
        for (int[] c : content) {
            if (c[0] < boundary) {
                kept.add(new int[] {c[0], Math.min(c[1], boundary)});
            }
        }
        return new Candidate(cueFrom, cueTo, sourceFrom, sourceTo, sharesSource, kept, closingTag && !kept.isEmpty(), weak);
    }

    boolean contentHas(int i) {
        for (int[] c : content) {
            if (i >= c[0] && i < c[1]) {
                return true;
            }
        }
        return false;
    }
}
