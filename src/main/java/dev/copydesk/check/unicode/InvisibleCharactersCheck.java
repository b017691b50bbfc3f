package dev.copydesk.check.unicode;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.UnicodeSet;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.check.Findings;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.CodePoints;
import dev.copydesk.text.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Invisible format characters (zero-width space, word joiner, invisible operators, stray
 * joiners, a byte-order mark inside the text): readers do not see them, machines read them.
 * Each run is one finding. Bidi controls, tags, variation selectors, soft hyphens, fillers and
 * deprecated controls have rules of their own, and so do long runs that look like hidden
 * binary ({@link InvisibleRuns#looksBinary}).
 *
 * <p>Legitimate uses stay quiet: joiners inside emoji sequences and between letters of scripts
 * that use them (Persian, Indic...), zero-width spaces as line-break hints in Thai, Lao, Khmer,
 * Myanmar and Japanese, the Mongolian vowel separator after a Mongolian letter, and a single byte-order mark at the start of a block or word (left where texts were joined);
 * several before words in a paragraph are a known watermarking trick.
 */
public final class InvisibleCharactersCheck extends UnicodeBlockCheck {
    static final UnicodeSet INVISIBLE = UnicodeSets.of("[[:Default_Ignorable_Code_Point:]"
            + "- [:Bidi_Control:] - [:Variation_Selector:] - [\\U000E0000-\\U000E007F] - [\\u00AD]"
            + "- [\\u115F\\u1160\\u3164\\uFFA0\\u17B4\\u17B5] - [[:Deprecated:]&[:Cf:]]]");
    private static final UnicodeSet BREAK_HINT_SCRIPTS = UnicodeSets.of(
            "[[:Thai:][:Lao:][:Khmer:][:Myanmar:][:Hiragana:][:Katakana:][:Han:][:Tibetan:]]");
    private static final int ZWSP = 0x200B;
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;
    private static final int BOM = 0xFEFF;
    private static final int MONGOLIAN_VOWEL_SEPARATOR = 0x180E;


    public InvisibleCharactersCheck(Rule rule) {
        super(rule);
    }

    @Override
    void check(AnalyzedBlock block, Findings findings) {
        String text = block.text();
        if (INVISIBLE.span(text, UnicodeSet.SpanCondition.NOT_CONTAINED) == text.length()) {
            return;
        }
        for (Span run : InvisibleRuns.of(text, INVISIBLE)) {
            if (InvisibleRuns.looksBinary(text, run)) {
                continue;
            }
            String chars = text.substring(run.start(), run.end());
            boolean single = chars.codePointCount(0, chars.length()) == 1;
            if (single && isLegitimate(text, run.start(), chars.codePointAt(0), block.index())) {
                continue;
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("count", chars.codePointCount(0, chars.length()));
            detail.put("codePoints", CodePoints.describeAll(chars, cp -> true, 8));
            findings.report(rule, block, run, Map.of("names", CodePoints.summary(chars, cp -> true)), detail);
        }
    }

    private static boolean isLegitimate(String text, int at, int cp, int blockIndex) {
        int before = at > 0 ? text.codePointBefore(at) : -1;
        int next = at + Character.charCount(cp);
        int after = next < text.length() ? text.codePointAt(next) : -1;
        if (cp == BOM) {
            // One left where two texts were joined is an accident; several before words are a watermark.
            return at == 0 || Character.isWhitespace(before) && text.indexOf(BOM) == text.lastIndexOf(BOM);
        }
        if (cp == ZWJ && isEmojiPart(before) && isEmojiPart(after)) {
            return true;
        }
        if ((cp == ZWJ || cp == ZWNJ) && (isJoiningScriptLetter(before) && isJoiningScriptLetter(after)
                || before >= 0 && UCharacter.getCombiningClass(before) == 9)) {
            return true;
        }
        if (cp == MONGOLIAN_VOWEL_SEPARATOR) {
            return before >= 0 && UScript.getScript(before) == UScript.MONGOLIAN;
        }
        return cp == ZWSP && (before >= 0 && BREAK_HINT_SCRIPTS.contains(before) || after >= 0 && BREAK_HINT_SCRIPTS.contains(after));
    }

    /** Pictographs, skin-tone modifiers, regional indicators and VS16: not ASCII digits, which are Emoji too. */
    private static boolean isEmojiPart(int cp) {
        return cp >= 0x80 && (UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER)
                || UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR) || cp == 0xFE0F);
    }

    private static boolean isJoiningScriptLetter(int cp) {
        if (cp < 0 || !(Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK)) {
            return false;
        }
        int script = UScript.getScript(cp);
        return script != UScript.LATIN && script != UScript.COMMON && script != UScript.GREEK
                && script != UScript.CYRILLIC && script != UScript.INHERITED;
    }
}
