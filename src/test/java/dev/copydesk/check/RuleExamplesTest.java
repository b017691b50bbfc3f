package dev.copydesk.check;

import dev.copydesk.audit.DocumentResult;
import dev.copydesk.audit.Auditor;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.finding.Finding;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.InputFormat;
import dev.copydesk.rule.Example;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.rule.RuleScope;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every example of every shipped rule: each "flag" example must be flagged, each "pass" example not. */
class RuleExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyShippedExample() throws Exception {
        return RuleLoader.loadShipped().rules().stream().flatMap(rule -> rule.examples().stream()
                .map(example -> DynamicTest.dynamicTest(rule.id() + " " + (example.mustFlag() ? "flags" : "passes")
                        + " line " + example.line() + ": " + example.text(), () -> check(rule, example))));
    }

    static void check(Rule rule, Example example) throws Exception {
        List<Finding> findings = findingsFor(rule, example);
        String shown = rule.id() + " on " + (example.bytes() != null ? "bytes " + example.bytes() : example.text())
                + " found " + findings.stream().map(f -> f.location().excerpt()).toList();
        if (!example.mustFlag()) {
            assertTrue(findings.isEmpty(), "must pass but " + shown);
            return;
        }
        assertFalse(findings.isEmpty(), "must flag but " + shown);
        if (example.match() != null) {
            assertTrue(findings.stream().anyMatch(f -> f.location().excerpt().equals(example.match())),
                    "expected a finding on exactly \"" + example.match() + "\" but " + shown);
        }
    }

    /** Audits the example as an article with only this rule, placed where the rule looks. */
    static List<Finding> findingsFor(Rule rule, Example example) throws Exception {
        byte[] bytes;
        InputFormat format = InputFormat.TEXT;
        if (example.text().startsWith("<html")) {
            // An example written as an HTML page is read as one, e.g. for rules about its metadata.
            bytes = example.text().getBytes(StandardCharsets.UTF_8);
            format = InputFormat.HTML;
        } else if (example.bytes() != null) {
            bytes = HexFormat.ofDelimiter(" ").parseHex(example.bytes().strip());
        } else {
            boolean body = rule.appliesTo(RuleScope.BODY);
            boolean headline = rule.appliesTo(RuleScope.HEADLINE);
            String article = body || !headline ? "Example headline\n\n" + example.text() : example.text();
            if (!body && !headline && rule.appliesTo(RuleScope.QUOTE)) {
                article = "Example headline\n\n\u201C" + example.text() + "\u201D";
            }
            bytes = article.getBytes(StandardCharsets.UTF_8);
        }
        Auditor auditor = new Auditor(new RuleCatalog(List.of(rule)), null, null);
        DocumentResult result = auditor.audit(new ArticleReader().parse("example.txt", format, bytes));
        return result.findings().stream().filter(f -> f.rule().equals(rule.id())).toList();
    }
}
