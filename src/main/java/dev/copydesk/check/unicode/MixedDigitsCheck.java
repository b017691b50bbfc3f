package dev.copydesk.check.unicode;

import com.ibm.icu.lang.UCharacter;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.check.Findings;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.CodePoints;
import dev.copydesk.text.Span;
import dev.copydesk.text.Words;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Numbers that mix digits of different numbering systems ({@code ৪8}: a Bengali four that
 * looks like an eight): altered amounts, dates and codes. A number in one system, whatever
 * the system, is ordinary.
 */
public final class MixedDigitsCheck extends UnicodeBlockCheck {

    public MixedDigitsCheck(Rule rule) {
        super(rule);
    }

    @Override
    void check(AnalyzedBlock block, Findings findings) {
        String text = block.text();
        for (Span span : Words.of(text)) {
            String word = text.substring(span.start(), span.end());
            TreeSet<Integer> zeros = new TreeSet<>();
            word.codePoints().filter(cp -> UCharacter.getType(cp) == UCharacter.DECIMAL_DIGIT_NUMBER)
                    .forEach(cp -> zeros.add(cp - UCharacter.digit(cp, 10)));
            if (zeros.size() < 2) {
                continue;
            }
            List<String> systems = zeros.stream().map(CodePoints::describe).toList();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("numberingSystems", systems);
            detail.put("values", word.codePoints().filter(cp -> UCharacter.getType(cp) == UCharacter.DECIMAL_DIGIT_NUMBER)
                    .map(cp -> UCharacter.digit(cp, 10)).collect(StringBuilder::new, StringBuilder::append,
                            StringBuilder::append).toString());
            findings.report(rule, block, span, Map.of("names", zeros.size() + " numbering systems ("
                    + String.join(", ", systems) + ")"), detail);
        }
    }
}
