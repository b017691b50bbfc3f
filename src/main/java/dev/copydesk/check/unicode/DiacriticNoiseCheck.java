package dev.copydesk.check.unicode;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
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
 * Latin words in which every letter carries a diacritic ({@code ṽïàĝŕà}): readable to people,
 * invisible to keyword filters. Real languages mark some letters, not all of them; Vietnamese,
 * which comes closest, is left alone when the document is in Vietnamese.
 */
public final class DiacriticNoiseCheck implements Check {
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final int MIN_LETTERS = 4;

    private final Rule rule;

    public DiacriticNoiseCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        if ("vi".equals(document.language())) {
            return;
        }
        for (AnalyzedBlock block : document.blocks()) {
            if (block.ascii()) {
                continue;
            }
            String text = block.text();
            for (Span span : Words.of(text)) {
                String reads = bareIfAllMarked(NFD.normalize(text.substring(span.start(), span.end())));
                if (reads != null) {
                    Map<String, Object> detail = new LinkedHashMap<>();
                    detail.put("reads", reads);
                    findings.report(rule, block, span, Map.of("reads", reads), detail);
                }
            }
        }
    }

    /** The word without marks if it has enough Latin letters and each one carries a mark; else null. */
    private static String bareIfAllMarked(String nfd) {
        StringBuilder bare = new StringBuilder();
        int letters = 0;
        int i = 0;
        while (i < nfd.length()) {
            int cp = nfd.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp) || UScript.getScript(cp) != UScript.LATIN) {
                return null;
            }
            letters++;
            bare.appendCodePoint(cp);
            boolean marked = false;
            while (i < nfd.length() && Character.getType(nfd.codePointAt(i)) == Character.NON_SPACING_MARK) {
                marked = true;
                i += Character.charCount(nfd.codePointAt(i));
            }
            if (!marked) {
                return null;
            }
        }
        return letters >= MIN_LETTERS ? bare.toString() : null;
    }
}
