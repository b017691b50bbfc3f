package dev.copydesk.check.unicode;

import com.ibm.icu.text.Normalizer2;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.check.Findings;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text not in normalization form C ({@code cafe\u0301} instead of {@code café}): it looks the
 * same but compares, searches and deduplicates differently. Each non-NFC stretch is reported
 * with its NFC form.
 */
public final class NotNfcCheck extends UnicodeBlockCheck {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();


    public NotNfcCheck(Rule rule) {
        super(rule);
    }

    @Override
    void check(AnalyzedBlock block, Findings findings) {
        String text = block.text();
        if (NFC.spanQuickCheckYes(text) == text.length()) {
            return;
        }
        // One pass over normalization chunks; each chunk is normalized at most once.
        int i = 0;
        while (i < text.length()) {
            int j = i + Character.charCount(text.codePointAt(i));
            while (j < text.length() && !NFC.hasBoundaryBefore(text.codePointAt(j))) {
                j += Character.charCount(text.codePointAt(j));
            }
            if (j > i + 1 || text.charAt(i) >= 0x300) {
                String chunk = text.substring(i, j);
                if (!NFC.isNormalized(chunk)) {
                    Map<String, Object> detail = new LinkedHashMap<>();
                    detail.put("nfc", NFC.normalize(chunk));
                    findings.report(rule, block, new Span(i, j), Map.of("reads", NFC.normalize(chunk)), detail);
                }
            }
            i = j;
        }
    }
}
