package dev.copydesk.check.unicode;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.UnicodeSet;
import dev.copydesk.text.Span;
import java.util.ArrayList;
import java.util.List;

/** Runs of invisible characters, shared by the invisible-character checks. Stateless. */
final class InvisibleRuns {
    /** Shortest run that can carry a byte of hidden binary. */
    static final int MIN_BINARY_RUN = 8;

    private InvisibleRuns() {
    }

    /** Maximal runs of {@code set} members in {@code text}. */
    static List<Span> of(String text, UnicodeSet set) {
        List<Span> runs = new ArrayList<>();
        int i = set.span(text, UnicodeSet.SpanCondition.NOT_CONTAINED);
        while (i < text.length()) {
            int end = set.span(text, i, UnicodeSet.SpanCondition.SIMPLE);
            runs.add(new Span(i, end));
            i = set.span(text, end, UnicodeSet.SpanCondition.NOT_CONTAINED);
        }
        return runs;
    }

    /** The run of default-ignorable characters around {@code span}, as code points. */
    static List<Integer> codePoints(String text, Span span) {
        List<Integer> cps = new ArrayList<>();
        for (int i = span.start(); i < span.end(); i += Character.charCount(text.codePointAt(i))) {
            cps.add(text.codePointAt(i));
        }
        return cps;
    }

    /** A run of at least {@value #MIN_BINARY_RUN} invisible characters drawn from two to four values. */
    static boolean looksBinary(String text, Span span) {
        List<Integer> cps = codePoints(text, span);
        if (cps.size() < MIN_BINARY_RUN) {
            return false;
        }
        long distinct = cps.stream().distinct().count();
        return distinct >= 2 && distinct <= 4
                && cps.stream().allMatch(cp -> UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT));
    }
}
