package dev.copydesk.check.unicode;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.check.Check;
import dev.copydesk.check.Findings;
import dev.copydesk.input.DecodingIssue;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.CodePoints;
import dev.copydesk.text.Span;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Replacement characters (U+FFFD) already in the file, left by damage upstream, and lone
 * surrogates. The replacement characters this run's decoder put in for invalid bytes are
 * reported by the invalid-bytes rule instead.
 */
public final class ReplacementCharactersCheck implements Check {
    private final Rule rule;

    public ReplacementCharactersCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        Set<Integer> decoderMade = new HashSet<>();
        for (DecodingIssue issue : document.document().decoding().issues()) {
            decoderMade.add(issue.start());
        }
        for (AnalyzedBlock block : document.blocks()) {
            String text = block.text();
            if (block.ascii()) {
                continue;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean lone = Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                        || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
                if (c == '\uFFFD' && !decoderMade.contains(block.block().text().sourceStart(i)) || lone) {
                    Map<String, Object> detail = new LinkedHashMap<>();
                    detail.put("codePoint", CodePoints.describe(c));
                    findings.report(rule, block, new Span(i, i + 1),
                            Map.of("names", lone ? "a lone surrogate " + CodePoints.hex(c) : "U+FFFD REPLACEMENT CHARACTER"),
                            detail);
                }
            }
        }
    }
}
