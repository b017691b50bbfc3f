package dev.copydesk.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderTest {
    private static final String GOOD = """
            pack: demo
            rules:
              - id: demo.phrase
                category: tone
                severity: warning
                check: phrase
                scope: [body, headline]
                description: A demo.
                message: "\\"{match}\\" is a demo phrase."
                phrases: [red herring, blue moon]
                examples:
                  flag:
                    - text: "It was a red herring."
                      match: "red herring"
                  pass:
                    - "A red car."
            """;

    @Test
    void parsesAValidPack() throws Exception {
        List<Rule> rules = RuleLoader.parse(GOOD, "demo.yaml");
        assertEquals(1, rules.size());
        Rule rule = rules.get(0);
        assertEquals("demo.phrase", rule.id());
        assertEquals(Category.TONE, rule.category());
        assertEquals(Severity.WARNING, rule.severity());
        assertTrue(rule.appliesTo(RuleScope.HEADLINE) && rule.appliesTo(RuleScope.BODY));
        assertInstanceOf(CheckSpec.Phrases.class, rule.check());
        assertEquals(2, rule.examples().size());
        assertEquals("demo.yaml:3", rule.origin());
    }

    @Test
    void reportsYamlSyntaxErrorsWithFileAndLine() {
        RuleLoadException e = assertThrows(RuleLoadException.class,
                () -> RuleLoader.parse("pack: demo\nrules:\n  - id: [unclosed\n", "broken.yaml"));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).matches("broken\\.yaml:\\d+: YAML syntax error: .*"), e.problems().get(0));
    }

    @Test
    void reportsEveryProblemAtOnceEachWithItsLine() {
        String bad = GOOD.replace("category: tone", "category: mood")
                .replace("severity: warning", "severity: loud\n    colour: red")
                .replace("is a demo phrase", "is {nonsense}");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.parse(bad, "bad.yaml"));
        List<String> problems = e.problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.contains("bad.yaml:4: unknown category 'mood'; expected one of integrity, tone, sourcing, "
                + "clarity, hygiene"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("bad.yaml:5: unknown severity 'loud'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("bad.yaml:6: unknown key 'colour'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("bad.yaml:10: unknown placeholder {nonsense}")),
                problems.toString());
    }

    @Test
    void rejectsBadRegexUnknownCheckAndMissingFields() {
        String pattern = """
                pack: p
                rules:
                  - id: p.regex
                    category: tone
                    severity: info
                    check: pattern
                    pattern: "(unclosed"
                    message: Broken regex here.
                    examples: {flag: ["x"], pass: ["y"]}
                  - id: p.kind
                    category: tone
                    severity: info
                    check: telepathy
                    message: Unknown check here.
                    examples: {flag: ["x"], pass: ["y"]}
                  - id: p.missing
                    check: phrase
                """;
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.parse(pattern, "p.yaml"));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("p.yaml:7: invalid regular expression"), all);
        assertTrue(all.contains("p.yaml:13: unknown check 'telepathy'"), all);
        assertTrue(all.contains("p.yaml:16: missing 'category'"), all);
        assertTrue(all.contains("p.yaml:16: missing 'phrases'") || all.contains("needs a non-empty 'phrases'"), all);
        assertTrue(all.contains("p.yaml:16: missing 'examples'"), all);
    }

    @Test
    void rejectsDuplicateIdsAndPhrasesAndMisplacedKeys() {
        String twice = GOOD + GOOD.substring(GOOD.indexOf("  - id:"));
        RuleLoadException dup = assertThrows(RuleLoadException.class, () -> RuleLoader.parse(twice, "dup.yaml"));
        assertEquals(List.of("dup.yaml:17: duplicate rule id 'demo.phrase' (first defined at dup.yaml:3)"), dup.problems());
        String bad = GOOD.replace("blue moon", "Red Herring")
                .replace("scope: [body, headline]", "scope: body\n    pattern: \"x\"");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.parse(bad, "bad.yaml"));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("phrase 'Red Herring' is listed twice"), all);
        assertTrue(all.contains("'pattern' does not apply to check 'phrase'"), all);
    }

    @Test
    void patternNeedsAreLowerCaseStringsUnlessThePatternIsCaseSensitive() throws Exception {
        String rule = """
                pack: p
                rules:
                  - id: p.regex
                    category: tone
                    severity: info
                    check: pattern
                    pattern: "lorem ipsum"
                    needs: [Lorem]
                    message: Placeholder text.
                    examples: {flag: ["lorem ipsum dolor"], pass: ["dolor"]}
                """;
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.parse(rule, "p.yaml"));
        assertEquals(List.of("p.yaml:8: 'needs' of a case-insensitive pattern must be written as the normalized text reads it: "
                + "'lorem', not 'Lorem'"),
                e.problems());
        Rule caseSensitive = RuleLoader.parse(rule.replace("needs: [Lorem]", "case-sensitive: true\n    needs: [Lorem, lorem]"),
                "p.yaml").get(0);
        assertEquals(List.of("Lorem", "lorem"), ((CheckSpec.Pattern) caseSensitive.check()).needs());
    }

    @Test
    void matchMustOccurInTheExample() {
        String bad = GOOD.replace("match: \"red herring\"", "match: \"green herring\"");
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.parse(bad, "m.yaml"));
        assertTrue(e.problems().get(0).startsWith("m.yaml:14: match 'green herring' does not occur"), e.problems().toString());
    }

    @Test
    void userFoldersAddRulesAndMissingFoldersAreProblems(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("demo.yaml"), GOOD);
        RuleCatalog catalog = RuleLoader.load(List.of(dir));
        assertTrue(catalog.find("demo.phrase").isPresent());
        assertTrue(catalog.find("tone.hyperbole").isPresent(), "shipped packs stay loaded");
        RuleLoadException e = assertThrows(RuleLoadException.class,
                () -> RuleLoader.load(List.of(dir.resolve("nope"))));
        assertEquals(List.of(dir.resolve("nope") + ": no such rules folder or .yaml file"), e.problems());
        assertTrue(RuleLoader.load(List.of(dir.resolve("demo.yaml"))).find("demo.phrase").isPresent(), "a single file works too");
    }

    @Test
    void userRuleCannotReuseAShippedId(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("clash.yaml"), GOOD.replace("pack: demo", "pack: tone")
                .replace("demo.phrase", "tone.hyperbole"));
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(List.of(dir)));
        assertTrue(e.problems().get(0).contains("duplicate rule id 'tone.hyperbole'"), e.problems().toString());
    }
}
