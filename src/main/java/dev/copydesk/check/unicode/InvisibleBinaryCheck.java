package dev.copydesk.check.unicode;

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
 * Long runs of invisible characters drawn from two to four values: the shape of hidden binary
 * (watermarks, covert instructions). The detail tries the bit decoding and shows the text.
 */
public final class InvisibleBinaryCheck extends UnicodeBlockCheck {
    private static final UnicodeSet CARRIERS = UnicodeSets.of(
            "[[:Default_Ignorable_Code_Point:] - [:Variation_Selector:] - [\\U000E0000-\\U000E007F]]");


    public InvisibleBinaryCheck(Rule rule) {
        super(rule);
    }

    @Override
    void check(AnalyzedBlock block, Findings findings) {
        String text = block.text();
        for (Span run : InvisibleRuns.of(text, CARRIERS)) {
            if (!InvisibleRuns.looksBinary(text, run)) {
                continue;
            }
            List<Integer> cps = InvisibleRuns.codePoints(text, run);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("count", cps.size());
            detail.put("alphabet", CodePoints.describeAll(text.substring(run.start(), run.end()), cp -> true, 4));
            String decoded = HiddenPayloads.decodeBinary(cps);
            if (decoded != null) {
                detail.put("hiddenText", decoded);
            }
            String names = cps.size() + " invisible characters" + (decoded == null ? "" : " decoding to \"" + decoded + "\"");
            findings.report(rule, block, run, Map.of("names", names), detail);
        }
    }
}
