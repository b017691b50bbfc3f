package dev.copydesk.check;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
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
 * Invisible format characters in the text: zero-width spaces and joiners, word joiners, bidi
 * controls, Unicode tag characters and other default-ignorable code points that readers do
 * not see but machines read. A run of them is one finding; tag characters are decoded to
 * the text they carry.
 *
 * <p>Legitimate uses stay quiet: variation selectors (emoji and CJK presentation), soft
 * hyphens (hyphenation hints), joiners inside emoji sequences or between letters of scripts
 * that use them, tag sequences of subdivision flags, and bidi marks in text that has
 * right-to-left letters.
 */
final class InvisibleCharactersCheck implements Check {
    static final UnicodeSet INVISIBLE = new UnicodeSet(
            "[[[:Default_Ignorable_Code_Point:][:Bidi_Control:]] - [\\u00AD\\u034F\\u180B-\\u180F\\uFE00-\\uFE0F"
                    + "\\U000E0100-\\U000E01EF]]").freeze();
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;
    private static final int BLACK_FLAG = 0x1F3F4;

    private final Rule rule;

    InvisibleCharactersCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        for (AnalyzedBlock block : document.blocks()) {
            String text = block.text();
            if (INVISIBLE.span(text, UnicodeSet.SpanCondition.NOT_CONTAINED) == text.length()) {
                continue;
            }
            boolean rtl = hasRightToLeft(text);
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (!INVISIBLE.contains(cp) || isLegitimate(text, i, cp, rtl)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int end = i;
                List<Integer> run = new ArrayList<>();
                while (end < text.length() && INVISIBLE.contains(text.codePointAt(end))) {
                    run.add(text.codePointAt(end));
                    end += Character.charCount(text.codePointAt(end));
                }
                report(block, new Span(i, end), run, findings);
                i = end;
            }
        }
    }

    private static boolean isLegitimate(String text, int at, int cp, boolean rtl) {
        int before = at > 0 ? text.codePointBefore(at) : -1;
        int next = at + Character.charCount(cp);
        int after = next < text.length() ? text.codePointAt(next) : -1;
        if (cp == ZWJ && (isEmojiPart(before) && isEmojiPart(after))) {
            return true;
        }
        if ((cp == ZWJ || cp == ZWNJ) && isJoiningScriptLetter(before) && isJoiningScriptLetter(after)) {
            return true;
        }
        if (cp >= 0xE0020 && cp <= 0xE007F && isFlagTagSequence(text, at)) {
            return true;
        }
        return rtl && (cp == 0x200E || cp == 0x200F || cp == 0x061C);
    }

    private static boolean isEmojiPart(int cp) {
        return cp >= 0 && (UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_COMPONENT) || (cp >= 0xFE00 && cp <= 0xFE0F));
    }

    private static boolean isJoiningScriptLetter(int cp) {
        if (cp < 0 || !(Character.isLetter(cp) || UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK
                || UCharacter.getType(cp) == UCharacter.COMBINING_SPACING_MARK)) {
            return false;
        }
        int script = UScript.getScript(cp);
        return script != UScript.LATIN && script != UScript.COMMON && script != UScript.GREEK
                && script != UScript.CYRILLIC;
    }

    /** Tag characters that spell a subdivision flag: black flag, 2-6 tag letters or digits, cancel tag. */
    private static boolean isFlagTagSequence(String text, int at) {
        int start = at;
        while (start > 0 && isTag(text.codePointBefore(start))) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        if (start == 0 || text.codePointBefore(start) != BLACK_FLAG) {
            return false;
        }
        int count = 0;
        int i = start;
        while (i < text.length() && isTag(text.codePointAt(i)) && text.codePointAt(i) != 0xE007F) {
            int letter = text.codePointAt(i) - 0xE0000;
            if (!Character.isLowerCase(letter) && !Character.isDigit(letter)) {
                return false;
            }
            count++;
            i += 2;
        }
        return count >= 2 && count <= 6 && i < text.length() && text.codePointAt(i) == 0xE007F;
    }

    private static boolean isTag(int cp) {
        return cp >= 0xE0020 && cp <= 0xE007F;
    }

    private static boolean hasRightToLeft(String text) {
        return text.codePoints().anyMatch(cp -> {
            byte d = Character.getDirectionality(cp);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    private void report(AnalyzedBlock block, Span span, List<Integer> run, Findings findings) {
        List<String> names = run.stream().distinct().limit(8).map(CodePoints::describe).toList();
        StringBuilder hidden = new StringBuilder();
        for (int cp : run) {
            if (cp >= 0xE0020 && cp <= 0xE007E) {
                hidden.append((char) (cp - 0xE0000));
            }
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("count", run.size());
        detail.put("codePoints", names);
        if (!hidden.isEmpty()) {
            detail.put("hiddenText", hidden.toString());
        }
        String summary = run.size() == 1 ? names.get(0) : run.size() + " invisible characters (" + String.join(", ", names) + ")";
        if (!hidden.isEmpty()) {
            summary += " carrying the hidden text \"" + hidden + "\"";
        }
        findings.report(rule, block, span, Map.of("names", summary), detail);
    }
}
