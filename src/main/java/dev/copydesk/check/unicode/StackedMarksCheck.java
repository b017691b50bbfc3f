package dev.copydesk.check.unicode;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.check.Findings;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Graphemes carrying more than four combining marks ("Zalgo" text): they spill over
 * neighbouring lines and defeat filters. No language needs more than four on one letter
 * (UTS #39 section 5.4); Vietnamese uses two, pointed Hebrew three.
 */
public final class StackedMarksCheck extends UnicodeBlockCheck {
    private static final UnicodeSet MARKS = UnicodeSets.of("[[:Mn:][:Me:]]");
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final int MAX_MARKS = 4;


    public StackedMarksCheck(Rule rule) {
        super(rule);
    }

    @Override
    void check(AnalyzedBlock block, Findings findings) {
        String text = block.text();
        if (MARKS.span(text, UnicodeSet.SpanCondition.NOT_CONTAINED) == text.length()) {
            return;
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        int start = graphemes.first();
        Span run = null;
        int most = 0;
        for (int end = graphemes.next(); end != BreakIterator.DONE; start = end, end = graphemes.next()) {
            String cluster = NFD.normalize(text.substring(start, end));
            int marks = (int) cluster.codePoints().filter(MARKS::contains).count();
            if (marks > MAX_MARKS) {
                run = run == null ? new Span(start, end) : new Span(run.start(), end);
                most = Math.max(most, marks);
            } else if (run != null) {
                report(block, run, most, findings);
                run = null;
                most = 0;
            }
        }
        if (run != null) {
            report(block, run, most, findings);
        }
    }

    private void report(AnalyzedBlock block, Span run, int most, Findings findings) {
        String written = block.text().substring(run.start(), run.end());
        String bare = NFD.normalize(written).codePoints().filter(cp -> !MARKS.contains(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reads", bare);
        detail.put("mostMarksOnOneLetter", most);
        findings.report(rule, block, run, Map.of("reads", bare, "names", most + " marks on one letter"), detail);
    }
}
