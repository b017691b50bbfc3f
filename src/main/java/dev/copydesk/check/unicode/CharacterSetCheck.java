package dev.copydesk.check.unicode;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.check.Check;
import dev.copydesk.check.Findings;
import dev.copydesk.rule.CheckSpec;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.CodePoints;
import dev.copydesk.text.Span;
import dev.copydesk.text.Words;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Characters of a Unicode set given by the rule: each run of them (or each word containing
 * them) is one finding, unless a neighbouring character belongs to the rule's exempt set. The
 * detail names every code point and, where NFKC folds them, the plain reading.
 */
public final class CharacterSetCheck implements Check {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private final Rule rule;
    private final UnicodeSet set;
    private final UnicodeSet unlessNear;
    private final boolean wholeWords;
    private final boolean asciiMatters;
    private final int minLength;

    public CharacterSetCheck(Rule rule, CheckSpec.Characters spec) {
        this.rule = rule;
        this.set = UnicodeSets.of(spec.set());
        this.unlessNear = spec.unlessNear() == null ? null : UnicodeSets.of(spec.unlessNear());
        this.wholeWords = spec.wholeWords();
        this.asciiMatters = !set.containsNone(0, 0x7F);
        this.minLength = spec.minLength();
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        for (AnalyzedBlock block : document.blocks()) {
            String text = block.text();
            if (block.ascii() && !asciiMatters
                    || set.span(text, UnicodeSet.SpanCondition.NOT_CONTAINED) == text.length()) {
                continue;
            }
            List<Span> spans = wholeWords ? wordsWithMembers(text) : InvisibleRuns.of(text, set);
            for (Span span : spans) {
                boolean longEnough = text.codePointCount(span.start(), span.end()) >= minLength;
                if (longEnough && (unlessNear == null || !nearExempt(text, span))) {
                    report(block, span, findings);
                }
            }
        }
    }

    private List<Span> wordsWithMembers(String text) {
        List<Span> spans = new java.util.ArrayList<>();
        List<Span> runs = InvisibleRuns.of(text, set);
        List<Span> words = Words.of(text);
        int w = 0;
        for (Span run : runs) {
            while (w < words.size() && words.get(w).end() <= run.start()) {
                w++;
            }
            Span span = w < words.size() && words.get(w).start() <= run.start() ? words.get(w) : run;
            Span merged = new Span(Math.min(span.start(), run.start()), Math.max(span.end(), run.end()));
            // Neighbouring styled words separated by spaces are one run of styled text.
            if (!spans.isEmpty()) {
                Span last = spans.get(spans.size() - 1);
                if (merged.start() <= last.end() || text.substring(last.end(), merged.start()).isBlank()) {
                    spans.remove(spans.size() - 1);
                    merged = new Span(last.start(), Math.max(last.end(), merged.end()));
                }
            }
            spans.add(merged);
        }
        return spans;
    }

    private boolean nearExempt(String text, Span span) {
        int before = span.start() > 0 ? text.codePointBefore(span.start()) : -1;
        int after = span.end() < text.length() ? text.codePointAt(span.end()) : -1;
        return before >= 0 && unlessNear.contains(before) || after >= 0 && unlessNear.contains(after);
    }

    private void report(AnalyzedBlock block, Span span, Findings findings) {
        String written = block.text().substring(span.start(), span.end());
        Map<String, Object> detail = new LinkedHashMap<>();
        String reads = NFKC.normalize(written);
        if (!reads.equals(written)) {
            detail.put("reads", reads);
        }
        detail.put("codePoints", CodePoints.describeAll(written, set::contains, 12));
        findings.report(rule, block, span, Map.of("reads", reads, "names", CodePoints.summary(written, set::contains)),
                detail);
    }
}
