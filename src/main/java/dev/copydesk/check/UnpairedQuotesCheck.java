package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.input.Scope;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Curly double quotation marks that do not pair within a paragraph: a quote closed with an
 * opening mark ({@code “play ball.“}) or a quote left open. Any mark opens when none is open,
 * because each of them opens a quote in some language (” in Swedish, » in German).
 * Accepts the pairs of English (“ ”), German („ “ and » «), Swedish and Finnish (” ”) and
 * French (« »). A quote left open at the end of a paragraph is correct when the next paragraph
 * opens a quote again: the newsroom style for quotations that run over several paragraphs.
 * Straight quotes are not checked: they double as inch marks.
 */
final class UnpairedQuotesCheck implements Check {
    private final Rule rule;

    UnpairedQuotesCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        List<AnalyzedBlock> blocks = document.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            AnalyzedBlock block = blocks.get(b);
            if (block.ascii()) {
                continue;
            }
            String text = block.text();
            int open = -1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!isQuote(c)) {
                    continue;
                }
                if (open < 0) {
                    open = i;
                } else if (closes(text.charAt(open), c)) {
                    open = -1;
                } else if (c == text.charAt(open) && c == '\u201C') {
                    report(block, i, "closed with an opening mark (“ instead of ”)", findings);
                    open = -1;
                }
            }
            if (open >= 0 && !continuesInNextParagraph(blocks, b)) {
                report(block, open, "opened but not closed in this paragraph", findings);
            }
        }
    }

    private static boolean isQuote(char c) {
        return c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    private static boolean closes(char opener, char c) {
        return switch (opener) {
            case '\u201C' -> c == '\u201D';
            case '\u201E' -> c == '\u201C' || c == '\u201D';
            case '\u201D' -> c == '\u201D';
            case '\u00AB' -> c == '\u00BB';
            case '\u00BB' -> c == '\u00AB';
            default -> false;
        };
    }

    private static boolean continuesInNextParagraph(List<AnalyzedBlock> blocks, int b) {
        if (b + 1 >= blocks.size() || blocks.get(b + 1).block().scope() == Scope.HEADING) {
            return false;
        }
        String next = blocks.get(b + 1).text().stripLeading();
        return !next.isEmpty() && isQuote(next.charAt(0));
    }

    private void report(AnalyzedBlock block, int at, String problem, Findings findings) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("problem", problem);
        findings.report(rule, block, new Span(at, at + 1), Map.of("names", problem), detail);
    }
}
