package dev.copydesk.check;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import dev.copydesk.text.TimeAnchors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * In a dated article, each relative time reference with the date it stands for ("last
 * December" = December 2025), so an editor can check it and a reader of the report sees the
 * absolute date. Undated articles are left to the relative-time rule. English only.
 */
final class TimeAnchorCheck implements Check {
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:yesterday|today|tomorrow|(?:last|this|next|past|"
            + "coming)\\s+(?:week|month|year|weekend|january|february|march|april|may|june|july|august|september|"
            + "october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:over|in|during)"
            + "\\s+the\\s+(?:past|last|next|coming)\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "few|several)\\s+(?:day|week|month|year)s|in\\s+recent\\s+(?:day|week|month|year)s|in\\s+the\\s+coming\\s+"
            + "(?:day|week|month|year)s)\\b");

    private final Rule rule;

    TimeAnchorCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        if (document.document().published().isEmpty() || !"en".equals(document.language())) {
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(document.document().published().get());
        } catch (DateTimeParseException e) {
            return;
        }
        for (AnalyzedBlock block : document.blocks()) {
            Matcher m = RELATIVE.matcher(block.text());
            while (m.find()) {
                var resolved = TimeAnchors.resolve(m.group(), date);
                if (resolved.isPresent()) {
                    Map<String, Object> detail = new LinkedHashMap<>();
                    detail.put("resolvesTo", resolved.get());
                    detail.put("articleDate", date.toString());
                    findings.report(rule, block, new Span(m.start(), m.end()),
                            Map.of("reads", resolved.get(), "value", date.toString()), detail);
                }
            }
        }
    }
}
