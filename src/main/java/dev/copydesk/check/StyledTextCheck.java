package dev.copydesk.check;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.CodePoints;
import dev.copydesk.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Words written in styled ("mathematical"), circled or fullwidth letters and digits, such as
 * {@code 𝒄𝒂𝓊𝓰𝒉𝓉}: they look like ordinary words but are other characters, so search,
 * keyword filters and screen readers miss them. Neighbouring styled words are reported as one
 * run; the detail gives the plain reading and the code points.
 */
final class StyledTextCheck implements Check {
    /**
     * Letters and digits that are a font or circled variant of a plain one, and fullwidth
     * letters. Fullwidth digits and punctuation are ordinary in Chinese and Japanese text.
     */
    static final UnicodeSet STYLED = new UnicodeSet(
            "[[[[:dt=Font:][:dt=Circle:]] & [[:L:][:N:]]] [[:dt=Wide:] & [:L:]]]").freeze();
    private static final int MAX_LISTED = 12;
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private final Rule rule;

    StyledTextCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        for (AnalyzedBlock block : document.blocks()) {
            String text = block.text();
            if (STYLED.span(text, com.ibm.icu.text.UnicodeSet.SpanCondition.NOT_CONTAINED) == text.length()) {
                continue;
            }
            for (Span run : styledRuns(text)) {
                report(block, run, findings);
            }
        }
    }

    private static List<Span> styledRuns(String text) {
        List<Span> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!STYLED.contains(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (start > 0 && isWordPart(text.codePointBefore(start))) {
                start -= Character.charCount(text.codePointBefore(start));
            }
            int end = wordEnd(text, i);
            // Absorb following styled words separated only by spaces into the same run.
            int next = end;
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            while (next < text.length() && STYLED.contains(text.codePointAt(next))) {
                end = wordEnd(text, next);
                next = end;
                while (next < text.length() && text.charAt(next) == ' ') {
                    next++;
                }
            }
            if (!runs.isEmpty() && runs.get(runs.size() - 1).end() >= start) {
                start = runs.remove(runs.size() - 1).start();
            }
            runs.add(new Span(start, end));
            i = end;
        }
        return runs;
    }

    private static int wordEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isWordPart(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private static boolean isWordPart(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || cp == '\'' || cp == '\u2019';
    }

    private void report(AnalyzedBlock block, Span run, Findings findings) {
        String written = block.text().substring(run.start(), run.end());
        String reads = NFKC.normalize(written);
        List<String> codePoints = new ArrayList<>();
        written.codePoints().filter(STYLED::contains).distinct().limit(MAX_LISTED)
                .forEach(cp -> codePoints.add(CodePoints.describe(cp)));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reads", reads);
        detail.put("codePoints", codePoints);
        findings.report(rule, block, run, Map.of("reads", reads), detail);
    }
}
