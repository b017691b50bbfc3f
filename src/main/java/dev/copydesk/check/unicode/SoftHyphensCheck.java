package dev.copydesk.check.unicode;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.check.Check;
import dev.copydesk.check.Findings;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import dev.copydesk.text.Words;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Soft hyphens (U+00AD) splitting a short word, or splitting a word more often than a
 * hyphenation hint would: invisible except at a line end, they break search and filters
 * ({@code vi\u00ADa\u00ADgra}). Hints in long compound words are ordinary, and so is text a
 * CMS hyphenated throughout.
 */
public final class SoftHyphensCheck implements Check {
    private static final char SHY = '\u00AD';
    /** Words shorter than this have no line-end hyphenation worth hinting. */
    private static final int SHORT_WORD = 8;
    /** At most one hint per this many letters is plausible hyphenation. */
    private static final int LETTERS_PER_HINT = 4;

    /** Share of long words carrying soft hyphens above which a CMS hyphenated the whole text. */
    private static final double AUTO_HYPHENATED = 0.3;

    private final Rule rule;

    public SoftHyphensCheck(Rule rule) {
        this.rule = rule;
    }

    /** Text a CMS hyphenated throughout (most long words carry hints) is ordinary, whatever the word lengths. */
    private static boolean autoHyphenated(AnalyzedDocument document) {
        int longWords = 0;
        int hinted = 0;
        for (AnalyzedBlock block : document.blocks()) {
            if (block.ascii()) {
                continue;
            }
            String text = block.text();
            for (Span word : Words.of(text)) {
                String w = text.substring(word.start(), word.end());
                if (w.codePoints().filter(Character::isLetter).count() >= SHORT_WORD) {
                    longWords++;
                    hinted += w.indexOf(SHY) >= 0 ? 1 : 0;
                }
            }
        }
        return longWords > 0 && hinted >= 3 && hinted > longWords * AUTO_HYPHENATED;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        if (autoHyphenated(document)) {
            return;
        }
        for (AnalyzedBlock block : document.blocks()) {
            String text = block.text();
            if (block.ascii() || text.indexOf(SHY) < 0) {
                continue;
            }
            for (Span word : Words.of(text)) {
                String w = text.substring(word.start(), word.end());
                long hints = w.chars().filter(c -> c == SHY).count();
                if (hints == 0) {
                    continue;
                }
                long letters = w.codePoints().filter(Character::isLetter).count();
                if (letters < SHORT_WORD || hints * LETTERS_PER_HINT > letters) {
                    String reads = w.replace(String.valueOf(SHY), "");
                    Map<String, Object> detail = new LinkedHashMap<>();
                    detail.put("reads", reads);
                    detail.put("softHyphens", hints);
                    findings.report(rule, block, word, Map.of("reads", reads, "names", hints + " soft hyphen(s)"), detail);
                }
            }
        }
    }
}
