package dev.copydesk.check.unicode;

import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.check.Check;
import dev.copydesk.check.Findings;
import dev.copydesk.input.DecodingIssue;
import dev.copydesk.rule.Rule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Byte sequences that were invalid in the file's encoding. The decoder kept each as one U+FFFD
 * in the text, which is where the finding points.
 */
public final class InvalidBytesCheck implements Check {
    private final Rule rule;

    public InvalidBytesCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        for (DecodingIssue issue : document.document().decoding().issues()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("bytes", issue.bytes());
            detail.put("byteOffset", issue.byteOffset());
            detail.put("encoding", issue.charset());
            findings.reportSource(rule, issue.start(), issue.end(),
                    Map.of("value", issue.bytes() + " (byte " + issue.byteOffset() + ")"), detail);
        }
    }
}
