package dev.copydesk.analysis;

import dev.copydesk.input.Block;
import dev.copydesk.input.Scope;
import dev.copydesk.language.Passage;
import dev.copydesk.text.NormalizedText;
import dev.copydesk.text.Readability;
import dev.copydesk.text.Span;
import dev.copydesk.text.Token;
import java.util.List;

/**
 * One block, analyzed. {@code normalized} maps back into {@code block.text()}; {@code tokens}
 * are offsets into the normalized text, and {@code stems} gives each token's stem (punctuation
 * as itself); {@code sentences}, {@code quotations} and
 * {@code sentenceWords} refer to the block text. {@code ascii} is true when the block text is
 * all ASCII, which lets every Unicode check skip it; {@code readability} holds the block's
 * counts for the formulas and {@code sentenceGrades} each sentence's Flesch-Kincaid grade (0 for
 * sentences under 14 words, where a grade is noise). Immutable.
 */
public record AnalyzedBlock(
        int index,
        Block block,
        NormalizedText normalized,
        List<Token> tokens,
        List<String> stems,
        List<Span> sentences,
        List<Span> quotations,
        int[] sentenceWords,
        int words,
        boolean ascii,
        Readability.Counts readability,
        double[] sentenceGrades) {

    public String text() {
        return block.text().text();
    }

    /** What the language layer reads of this block; headlines and headings hold no attribution. */
    public Passage passage() {
        var scope = block.scope();
        return new Passage(text(), sentences, quotations,
                scope == Scope.HEADLINE || scope == Scope.HEADING);
    }

    /** Whether block-text offset {@code offset} lies inside a direct quotation. */
    public boolean inQuotation(int offset) {
        for (Span q : quotations) {
            if (q.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /** Block-text span of normalized units {@code [start, end)}. */
    public Span blockSpan(int normalizedStart, int normalizedEnd) {
        return normalized.inputSpan(normalizedStart, normalizedEnd);
    }
}
