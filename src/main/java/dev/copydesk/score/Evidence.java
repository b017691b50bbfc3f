package dev.copydesk.score;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.analysis.Analyzer;
import dev.copydesk.analysis.Claim;
import dev.copydesk.rule.Audience;
import dev.copydesk.finding.Finding;
import dev.copydesk.input.Scope;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.CheckKind;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.Severity;
import dev.copydesk.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What the scoring model reads from one audited document, as plain facts: its length, each
 * finding with where it sits, its claims, its grade and its typography. Kept apart from the
 * pipeline so the model can be tested, and reasoned about, on numbers alone. Immutable.
 *
 * @param words            words in the document
 * @param sentences        sentences in the document
 * @param marks            the findings, in report order
 * @param claims           check-worthy claims
 * @param attributedClaims claims with a named source, document or link
 * @param grade            the consensus grade, when the text can be graded (English, at least
 *                         {@value Audience#MIN_WORDS} words)
 * @param exclamationMarks exclamation marks in the reporter's own words: the body outside
 *                         quotations (headline typography has rules of its own)
 * @param capitalWords     words of five or more letters in capitals, counted the same way
 */
record Evidence(int words, int sentences, List<Mark> marks, int claims, int attributedClaims, OptionalDouble grade,
        int exclamationMarks, int capitalWords) {

    Evidence {
        marks = List.copyOf(marks);
    }

    /** Where a finding sits, which decides whether the article's length dilutes it. */
    enum Position {
        BODY,
        HEADLINE,
        /** About the article as a whole (its grade, its metadata); points at the headline as an anchor. */
        WHOLE_DOCUMENT
    }

    /**
     * One finding as the model sees it. {@code count} is how many findings it stands for: more than
     * one for the note that closes a rule's list once it passes the per-document limit.
     */
    record Mark(int finding, String rule, Category category, Severity severity, CheckKind kind, Position position,
            int count) {
    }

    static Evidence of(AnalyzedDocument document, List<Finding> findings, Map<String, Rule> rules) {
        List<int[]> headlines = new ArrayList<>();
        for (AnalyzedBlock block : document.blocks()) {
            if (block.block().scope() == Scope.HEADLINE && !block.block().text().isEmpty()) {
                headlines.add(new int[] {block.block().text().sourceFrom(), block.block().text().sourceTo()});
            }
        }
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Rule rule = rules.get(f.rule());
            CheckKind kind = rule == null ? null : rule.check().kind();
            int start = f.location().start();
            Position position = rule != null && rule.check().wholeDocument() ? Position.WHOLE_DOCUMENT
                    : headlines.stream().anyMatch(h -> start >= h[0] && start < h[1]) ? Position.HEADLINE : Position.BODY;
            int count = f.detail().get("unlisted") instanceof Integer unlisted ? unlisted : 1;
            marks.add(new Mark(i, f.rule(), f.category(), f.severity(), kind, position, count));
        }
        Map<String, Number> metrics = document.metrics();
        int words = metrics.get("words").intValue();
        Number grade = metrics.get("consensusGrade");
        boolean graded = grade != null && "en".equals(document.language()) && words >= Audience.MIN_WORDS;
        return new Evidence(words, metrics.get("sentences").intValue(), marks, document.claims().size(),
                (int) document.claims().stream().filter(Claim::attributed).count(),
                graded ? OptionalDouble.of(grade.doubleValue()) : OptionalDouble.empty(), shouts(document, false),
                shouts(document, true));
    }

    /** Exclamation marks, or all-capitals words, in the body outside quotations. */
    private static int shouts(AnalyzedDocument document, boolean capitals) {
        int shouts = 0;
        for (AnalyzedBlock block : document.blocks()) {
            Scope scope = block.block().scope();
            if (scope == Scope.HEADLINE || scope == Scope.QUOTE) {
                continue;
            }
            if (!capitals) {
                String text = block.text();
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) == '!' && !block.inQuotation(i)) {
                        shouts++;
                    }
                }
                continue;
            }
            for (Token token : block.tokens()) {
                if (Analyzer.isAllCapsWord(block, token)
                        && !block.inQuotation(block.blockSpan(token.start(), token.end()).start())) {
                    shouts++;
                }
            }
        }
        return shouts;
    }
}
