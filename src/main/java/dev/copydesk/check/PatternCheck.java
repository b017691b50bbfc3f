package dev.copydesk.check;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.rule.CheckSpec;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import java.util.Map;

/**
 * A regular expression in RE2J, which runs in linear time, so no rule or article can make a
 * run hang. Case-insensitive patterns match the normalized text; case-sensitive ones the text
 * as written. Empty matches are ignored.
 */
final class PatternCheck implements Check {
    private final Rule rule;
    private final Pattern pattern;
    private final boolean onWrittenText;

    PatternCheck(Rule rule, CheckSpec.Pattern spec) {
        this.rule = rule;
        this.onWrittenText = spec.caseSensitive();
        this.pattern = Pattern.compile(spec.regex(), spec.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE);
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        for (AnalyzedBlock block : document.blocks()) {
            String text = onWrittenText ? block.text() : block.normalized().text();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    Span span = onWrittenText ? new Span(m.start(), m.end()) : block.blockSpan(m.start(), m.end());
                    findings.report(rule, block, span, Map.of(), Map.of());
                }
            }
        }
    }
}
