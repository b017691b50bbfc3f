package dev.copydesk.check.unicode;

import com.ibm.icu.text.UnicodeSet;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.check.Findings;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.HiddenPayloads;
import dev.copydesk.text.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unicode tag characters (U+E0000-E007F) that are not part of a subdivision flag: invisible
 * ASCII that language models and filters read ("ASCII smuggling"). The detail decodes it.
 */
public final class TagCharactersCheck extends UnicodeBlockCheck {
    private static final UnicodeSet TAGS = UnicodeSets.of("[\\U000E0000-\\U000E007F]");
    private static final int BLACK_FLAG = 0x1F3F4;
    private static final int CANCEL_TAG = 0xE007F;


    public TagCharactersCheck(Rule rule) {
        super(rule);
    }

    @Override
    void check(AnalyzedBlock block, Findings findings) {
        String text = block.text();
        if (TAGS.span(text, UnicodeSet.SpanCondition.NOT_CONTAINED) == text.length()) {
            return;
        }
        for (Span run : InvisibleRuns.of(text, TAGS)) {
            List<Integer> cps = InvisibleRuns.codePoints(text, run);
            if (isFlag(text, run, cps)) {
                continue;
            }
            String hidden = HiddenPayloads.decodeTags(cps);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("count", cps.size());
            detail.put("hiddenText", hidden);
            findings.report(rule, block, run, Map.of("reads", hidden, "names", cps.size()
                    + " tag characters spelling \"" + hidden + "\""), detail);
        }
    }

    /** Black flag, then two to six tag letters or digits, then CANCEL TAG: a subdivision flag emoji. */
    private static boolean isFlag(String text, Span run, List<Integer> cps) {
        if (run.start() == 0 || text.codePointBefore(run.start()) != BLACK_FLAG || cps.size() < 3 || cps.size() > 7
                || cps.get(cps.size() - 1) != CANCEL_TAG) {
            return false;
        }
        for (int i = 0; i < cps.size() - 1; i++) {
            int c = cps.get(i) - 0xE0000;
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
