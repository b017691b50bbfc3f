package dev.copydesk.check;

import com.google.re2j.Pattern;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.rule.CheckSpec;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.LiteralGate;
import dev.copydesk.text.PlacedSearch;
import dev.copydesk.text.RegexReading;
import dev.copydesk.text.SearchText;
import dev.copydesk.text.Span;
import java.util.Map;

/**
 * A regular expression in RE2J, which runs in linear time, so no rule or article can make a
 * run hang. Case-insensitive patterns match the normalized text; case-sensitive ones the text
 * as written. Empty matches are ignored. Blocks that contain none of the literals every match
 * needs skip the regex: a rule's {@code needs} strings, or else those read from the pattern.
 */
final class PatternCheck implements Check {
    private final Rule rule;
    private final boolean onWrittenText;
    private final LiteralGate gate;
    /** The pattern, searched only from where its matches can begin. */
    private final PlacedSearch search;
    /** Whether every block with a place to begin passes the gate, which is then not asked. */
    private final boolean gateImplied;

    PatternCheck(Rule rule, CheckSpec.Pattern spec) {
        this.rule = rule;
        this.onWrittenText = spec.caseSensitive();
        // The normalized text is already case-folded; a pattern with no capital letters matches it
        // as written, and skipping RE2J's case folding of every literal makes it much cheaper.
        boolean fold = !spec.caseSensitive() && hasCapitalLetter(spec.regex());
        Pattern pattern = Pattern.compile(spec.regex(), fold ? Pattern.CASE_INSENSITIVE : 0);
        RegexReading reading = RegexReading.of(spec.regex(), fold);
        this.gate = spec.needs().isEmpty() ? reading.gate(fold) : LiteralGate.ofLiterals(spec.needs());
        this.search = reading.search(pattern, fold);
        this.gateImplied = search.starts() != null && search.starts().imply(gate);
    }

    /** Whether a regex has a capital letter that is a literal, not part of an escape such as \S or \p{Lu}. */
    static boolean hasCapitalLetter(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
                if (i < regex.length() && (regex.charAt(i) == 'p' || regex.charAt(i) == 'P')) {
                    int close = regex.indexOf('}', i);
                    i = close < 0 ? i : close;
                }
                continue;
            }
            if (Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        for (AnalyzedBlock block : document.blocks()) {
            if (!Findings.mayApply(rule, block)) {
                continue;
            }
            // One view of the block for the gate and the places: its characters are copied out once.
            SearchText text = SearchText.of(onWrittenText ? block.text() : block.normalized().text());
            if (!gateImplied && !gate.mayMatch(text)) {
                continue; // RE2J has no DFA: skipping blocks that cannot match saves an NFA pass each
            }
            search.forEach(text, (start, end) -> report(block, start, end, findings));
        }
    }

    private void report(AnalyzedBlock block, int start, int end, Findings findings) {
        if (end > start) {
            Span span = onWrittenText ? new Span(start, end) : block.blockSpan(start, end);
            findings.report(rule, block, span, Map.of(), Map.of());
        }
    }
}
