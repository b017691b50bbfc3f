package dev.copydesk.check.unicode;

import dev.copydesk.audit.Auditor;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.finding.Finding;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.InputFormat;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.rule.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One table, {@code unicode/trick-cases.tsv}: for each trick class T01-T33, strings that must be
 * flagged by that class's rule and legitimate look-alikes that must raise nothing above info.
 */
class UnicodeTrickCasesTest {
    private static final Map<String, Set<String>> RULES_BY_CLASS = Map.ofEntries(
            Map.entry("T01", Set.of("integrity.styled-letters")),
            Map.entry("T02", Set.of("integrity.fullwidth-letters")),
            Map.entry("T03", Set.of("integrity.fancy-letters")),
            Map.entry("T04", Set.of("integrity.mixed-script-word")),
            Map.entry("T05", Set.of("integrity.whole-script-confusable")),
            Map.entry("T06", Set.of("integrity.mixed-digits")),
            Map.entry("T07", Set.of("integrity.invisible-characters")),
            Map.entry("T08", Set.of("integrity.filler-characters")),
            Map.entry("T09", Set.of("integrity.bidi-override", "integrity.bidi-embedding")),
            Map.entry("T10", Set.of("integrity.bidi-embedding")),
            Map.entry("T11", Set.of("integrity.bidi-marks")),
            Map.entry("T12", Set.of("integrity.bidi-override")),
            Map.entry("T13", Set.of("integrity.tag-characters")),
            Map.entry("T14", Set.of("integrity.variation-selectors")),
            Map.entry("T15", Set.of("integrity.invisible-binary")),
            Map.entry("T16", Set.of("integrity.stacked-marks")),
            Map.entry("T17", Set.of("integrity.hidden-overlay")),
            Map.entry("T18", Set.of("integrity.soft-hyphens")),
            Map.entry("T19", Set.of("integrity.unusual-spaces")),
            Map.entry("T20", Set.of("integrity.line-separators")),
            Map.entry("T21", Set.of("integrity.control-characters")),
            Map.entry("T22", Set.of("integrity.private-use")),
            Map.entry("T23", Set.of("integrity.unassigned")),
            Map.entry("T24", Set.of("integrity.noncharacters")),
            Map.entry("T25", Set.of("integrity.replacement-characters")),
            Map.entry("T26", Set.of("integrity.deprecated-format")),
            Map.entry("T27", Set.of("integrity.annotation-characters")),
            Map.entry("T28", Set.of("integrity.not-nfc")),
            Map.entry("T29", Set.of("integrity.compatibility-characters")),
            Map.entry("T30", Set.of("integrity.lookalike-punctuation")),
            Map.entry("T31", Set.of("hygiene.unpaired-quotes")),
            Map.entry("T32", Set.of("integrity.link-homograph")),
            Map.entry("T33", Set.of("integrity.diacritic-noise")));

    @TestFactory
    Stream<DynamicTest> everyCatalogueCase() throws Exception {
        Auditor auditor = new Auditor(RuleLoader.loadShipped(), null, null);
        return rows().map(row -> DynamicTest.dynamicTest(row[0] + " " + row[1] + " " + row[2], () -> {
            String text = StringEscapeUtils.unescapeJava(row[2]);
            List<Finding> findings = audit(auditor, text);
            List<String> seen = findings.stream().map(f -> f.rule() + "(" + f.severity().key() + ") "
                    + StringEscapeUtils.escapeJava(f.location().excerpt())).toList();
            if (row[1].equals("P")) {
                assertTrue(findings.stream().anyMatch(f -> RULES_BY_CLASS.get(row[0]).contains(f.rule())),
                        row[0] + " must be flagged by " + RULES_BY_CLASS.get(row[0]) + "; found " + seen);
            } else {
                assertTrue(findings.stream().noneMatch(f -> f.severity().atLeast(Severity.WARNING)
                        && (f.category() == Category.INTEGRITY || f.category() == Category.HYGIENE)),
                        row[0] + " is legitimate and must raise nothing above info; found " + seen);
            }
        }));
    }

    static List<Finding> audit(Auditor auditor, String text) throws Exception {
        byte[] bytes = ("Example headline\n\n" + text).getBytes(StandardCharsets.UTF_8);
        return auditor.audit(new ArticleReader().parse("case.txt", InputFormat.TEXT, bytes)).findings();
    }

    private static Stream<String[]> rows() throws IOException {
        try (InputStream in = UnicodeTrickCasesTest.class.getResourceAsStream("/unicode/trick-cases.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 3)).toList().stream();
        }
    }

    static RuleCatalog shipped() throws Exception {
        return RuleLoader.loadShipped();
    }
}
