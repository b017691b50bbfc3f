package dev.copydesk.check.unicode;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.UnicodeSet;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.check.Findings;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.CodePoints;
import dev.copydesk.text.HiddenPayloads;
import dev.copydesk.text.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Variation selectors used to carry data: two or more in a row (any number can follow one
 * character, invisibly, and each encodes a byte), or one after a character that takes none.
 * A single selector after an emoji, a Han ideograph or a Mongolian letter is ordinary.
 */
public final class VariationSelectorsCheck extends UnicodeBlockCheck {
    private static final UnicodeSet SELECTORS = UnicodeSets.of("[:Variation_Selector:]");


    public VariationSelectorsCheck(Rule rule) {
        super(rule);
    }

    @Override
    void check(AnalyzedBlock block, Findings findings) {
        String text = block.text();
        if (SELECTORS.span(text, UnicodeSet.SpanCondition.NOT_CONTAINED) == text.length()) {
            return;
        }
        for (Span run : InvisibleRuns.of(text, SELECTORS)) {
            List<Integer> cps = InvisibleRuns.codePoints(text, run);
            int base = run.start() > 0 ? text.codePointBefore(run.start()) : -1;
            int after = run.end() < text.length() ? text.codePointAt(run.end()) : -1;
            if (cps.size() == 1 && takesSelector(base, cps.get(0), after)) {
                continue;
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("count", cps.size());
            String decoded = cps.size() > 1 ? HiddenPayloads.decodeVariationSelectors(cps) : null;
            if (decoded != null) {
                detail.put("hiddenText", decoded);
            }
            detail.put("codePoints", CodePoints.describeAll(text.substring(run.start(), run.end()), cp -> true, 6));
            String names = cps.size() + " variation selector" + (cps.size() == 1 ? "" : "s")
                    + (decoded == null ? "" : " carrying the text \"" + decoded + "\"");
            findings.report(rule, block, run, Map.of("names", names), detail);
        }
    }

    private static boolean takesSelector(int base, int selector, int after) {
        if (base < 0) {
            return false;
        }
        if (base < 0x80) {
            // Digits, # and * have the Emoji property only as keycap bases: 1\uFE0F\u20E3.
            return (selector == 0xFE0E || selector == 0xFE0F) && after == 0x20E3;
        }
        if (selector >= 0xE0100) {
            // Ideographic variation sequences exist for ideographs only, never for emoji.
            return UCharacter.hasBinaryProperty(base, UProperty.IDEOGRAPHIC) || UScript.getScript(base) == UScript.HAN;
        }
        if (selector >= 0xFE0E && selector <= 0xFE0F) {
            return UCharacter.hasBinaryProperty(base, UProperty.EMOJI) || base == 0x20E3;
        }
        if (selector >= 0x180B && selector <= 0x180F) {
            return UScript.getScript(base) == UScript.MONGOLIAN;
        }
        return UCharacter.hasBinaryProperty(base, UProperty.IDEOGRAPHIC) || UCharacter.hasBinaryProperty(base, UProperty.EMOJI)
                || UScript.getScript(base) == UScript.HAN;
    }
}
