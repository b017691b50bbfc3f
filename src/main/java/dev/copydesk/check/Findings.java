package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.finding.Finding;
import dev.copydesk.finding.Location;
import dev.copydesk.input.Scope;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.Condition;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleScope;
import dev.copydesk.rule.Severity;
import dev.copydesk.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.StringSubstitutor;

/**
 * Collects the findings of one document: renders message templates, locates spans in the
 * source and applies each rule's scope. Not thread-safe: one per document.
 */
public final class Findings {
    private final AnalyzedDocument document;
    /** More findings of one rule in one document than this are counted, not listed. */
    public static final int MAX_PER_RULE = 500;

    private final List<Finding> found = new ArrayList<>();
    private final Map<String, Integer> perRule = new java.util.HashMap<>();
    private final Map<String, Finding> firstUnlisted = new java.util.LinkedHashMap<>();
    private final boolean undated;

    public Findings(AnalyzedDocument document) {
        this.document = document;
        this.undated = document.document().published().isEmpty();
    }

    private boolean conditionsHold(Rule rule) {
        return !rule.when().contains(Condition.UNDATED) || undated;
    }

    public AnalyzedDocument document() {
        return document;
    }

    /** Whether {@code rule} looks at block-text offset {@code offset} of {@code block}. */
    public static boolean inScope(Rule rule, AnalyzedBlock block, int offset) {
        if (rule.appliesTo(RuleScope.ANY)) {
            return true;
        }
        Scope scope = block.block().scope();
        if (scope == Scope.HEADLINE) {
            // A quotation in a headline is someone else's words, as in the body: rules written for
            // the reporter's own words (body rules without quote scope) leave it out.
            boolean quotedWords = block.inQuotation(offset) && rule.appliesTo(RuleScope.BODY)
                    && !rule.appliesTo(RuleScope.QUOTE);
            return rule.appliesTo(RuleScope.HEADLINE) && !quotedWords;
        }
        if (scope == Scope.QUOTE || block.inQuotation(offset)) {
            return rule.appliesTo(RuleScope.QUOTE);
        }
        return rule.appliesTo(RuleScope.BODY);
    }

    /**
     * Whether {@code rule} can report anything in {@code block}, whatever the position: lets a
     * check skip blocks before doing any work. Headline-only rules skip the body and the reverse;
     * body rules still look at quotations, where tone is reported as info.
     */
    public static boolean mayApply(Rule rule, AnalyzedBlock block) {
        if (rule.appliesTo(RuleScope.ANY)) {
            return true;
        }
        boolean headline = block.block().scope() == Scope.HEADLINE;
        return headline ? rule.appliesTo(RuleScope.HEADLINE)
                : rule.appliesTo(RuleScope.BODY) || rule.appliesTo(RuleScope.QUOTE);
    }

    /**
     * Reports block-text span {@code span} of {@code block}, if the rule's scope covers it. A
     * tone finding inside a direct quotation, which the rule's scope leaves out, is still
     * reported, as info: the reporter is reporting what was said, but an editor may want to know.
     */
    public void report(Rule rule, AnalyzedBlock block, Span span, Map<String, String> values,
            Map<String, Object> detail) {
        // A message quotes what the reader sees: the block's text, not the markup or character
        // references of the file ("won't", not "won&#39;t"; no <a href=...> inside a phrase).
        Map<String, String> seen = values;
        if (!values.containsKey("match") && span.end() <= block.text().length()) {
            seen = new java.util.HashMap<>(values);
            seen.put("match", block.text().substring(span.start(), span.end()));
        }
        if (inScope(rule, block, span.start())) {
            add(rule, rule.severity(), "", document.locate(block, span), seen, detail);
        } else if (rule.category() == Category.TONE && rule.appliesTo(RuleScope.BODY)
                && (block.block().scope() == Scope.QUOTE || block.inQuotation(span.start()))) {
            Map<String, Object> quoted = new java.util.LinkedHashMap<>(detail);
            quoted.put("inQuote", true);
            add(rule, Severity.INFO, "In a quotation: ", document.locate(block, span), seen, quoted);
        }
    }

    /** Reports a source span directly (for problems outside any text block, such as bad bytes). */
    public void reportSource(Rule rule, int start, int end, Map<String, String> values, Map<String, Object> detail) {
        add(rule, rule.severity(), "", document.locateSource(start, end), values, detail);
    }

    private void add(Rule rule, Severity severity, String prefix, Location location, Map<String, String> values,
            Map<String, Object> detail) {
        if (!conditionsHold(rule)) {
            return;
        }
        int count = perRule.merge(rule.id(), 1, Integer::sum);
        if (count > MAX_PER_RULE) {
            if (count == MAX_PER_RULE + 1) {
                firstUnlisted.put(rule.id(), new Finding(rule.id(), rule.category(), rule.severity(), "", Optional.empty(),
                        location, Map.of()));
            }
            return;
        }
        Map<String, String> withMatch = new java.util.HashMap<>(values);
        withMatch.putIfAbsent("match", location.excerpt());
        StringSubstitutor substitutor = new StringSubstitutor(withMatch, "{", "}");
        substitutor.setDisableSubstitutionInValues(true);
        Optional<String> suggestion = rule.suggestion().map(substitutor::replace);
        found.add(new Finding(rule.id(), rule.category(), severity, prefix + substitutor.replace(rule.message()),
                suggestion, location, detail));
    }

    /**
     * Every finding; for a rule that passed {@link #MAX_PER_RULE}, one more finding at its first
     * unlisted occurrence says how many were not listed.
     */
    public List<Finding> all() {
        List<Finding> all = new ArrayList<>(found);
        firstUnlisted.forEach((id, first) -> {
            int unlisted = perRule.get(id) - MAX_PER_RULE;
            all.add(new Finding(id, first.category(), first.severity(), unlisted + " more findings of " + id
                    + " from here on are not listed (at most " + MAX_PER_RULE + " per rule and document).",
                    Optional.empty(), first.location(), Map.of("unlisted", unlisted)));
        });
        return all;
    }
}
