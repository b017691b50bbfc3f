package dev.copydesk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.rule.Audience;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.rule.RuleSelector;
import dev.copydesk.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private static RuleCatalog catalog;

    @BeforeAll
    static void loadRules() throws Exception {
        catalog = RuleLoader.loadShipped();
    }

    private static ProjectConfig parse(String yaml) throws ConfigException {
        return ConfigLoader.parse(yaml, "copydesk.yaml", Path.of("/project"), catalog);
    }

    private static List<String> problems(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml)).problems();
    }

    @Test
    void readsEverySetting() throws Exception {
        ProjectConfig config = parse("""
                # The newsroom's settings.
                rules:
                  disable: [tone, clarity.passive-voice]
                  enable: [tone.hyperbole]
                  severity:
                    tone.hyperbole: error
                    sourcing: info
                include: ["**/*.md", "**/*.html"]
                exclude: drafts/**
                allow-scripts: [Cyrl, Grek]
                audience: broadsheet
                fail:
                  default: warning
                  sourcing: error
                  clarity: never
                min-score: {sourcing: 60, overall: 70}
                max-grade: 12.5
                """);
        assertEquals(Optional.of("copydesk.yaml"), config.file());
        assertEquals(List.of(new RuleSelector("tone"), new RuleSelector("clarity.passive-voice")), config.rules().disable());
        assertEquals(List.of(new RuleSelector("tone.hyperbole")), config.rules().enable());
        assertEquals(Map.of(new RuleSelector("tone.hyperbole"), Severity.ERROR, new RuleSelector("sourcing"), Severity.INFO),
                config.rules().severity());
        assertEquals(List.of("**/*.md", "**/*.html"), config.paths().include().stream().map(Glob::pattern).toList());
        assertEquals(List.of("drafts/**"), config.paths().exclude().stream().map(Glob::pattern).toList());
        assertEquals(Optional.of(List.of("Cyrl", "Grek")), config.allowedScripts());
        assertEquals(Optional.of(Audience.BROADSHEET), config.audience());
        FailPolicy fail = config.failPolicy().orElseThrow();
        assertEquals(Optional.of(Severity.WARNING), fail.defaultThreshold());
        assertEquals(Optional.empty(), fail.thresholds().get(new RuleSelector("clarity")));
        assertEquals(List.of("overall", "sourcing"), List.copyOf(config.thresholds().minScores().keySet()),
                "thresholds in score order, whatever the file's order");
        assertEquals(OptionalDouble.of(12.5), config.thresholds().maxGrade());
    }

    @Test
    void anEmptyOrCommentOnlyFileIsAnEmptyConfiguration() throws Exception {
        for (String text : List.of("", "\n\n", "# nothing yet\n---\n")) {
            ProjectConfig config = parse(text);
            assertTrue(config.rules().disable().isEmpty());
            assertTrue(config.failPolicy().isEmpty());
            assertTrue(config.allowedScripts().isEmpty());
        }
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsLineInLineOrder() {
        List<String> problems = problems("""
                rules:
                  disable: [tone.cliche, clarityy, tone.no-such-rule]
                  enable: tone.cliche
                  severity:
                    tone.hyperbole: critical
                  extra: 1
                include: ["**/*.md", "[abc", "a**b"]
                allow-scripts: [Cyrl, Klingon]
                audience: kids
                fail: {default: error, all: info, tone: maybe, sourcing: warning}
                min-score: {overall: 170, sourcing: sixty, bogus: 1}
                max-grade: twelve
                colour: blue
                """);
        assertEquals(List.of(
                "copydesk.yaml:2: unknown rule, pack or category 'clarityy'; expected all, a rule id, a category "
                        + "(integrity, tone, sourcing, clarity, hygiene) or a pack (clarity, hygiene, integrity, sourcing, tone)",
                "copydesk.yaml:2: unknown rule 'tone.no-such-rule' (`copydesk rules` lists them)",
                "copydesk.yaml:3: 'tone.cliche' is both disabled and enabled",
                "copydesk.yaml:5: unknown severity 'critical'; expected error, warning, info",
                "copydesk.yaml:6: unknown key 'extra'; expected one of disable, enable, severity",
                "copydesk.yaml:7: bad glob in 'include': '[' without ']' in '[abc'",
                "copydesk.yaml:7: bad glob in 'include': '**' must be a whole path segment, as in 'a/**/b', in 'a**b'",
                "copydesk.yaml:8: unknown script 'Klingon' (use an ISO 15924 code such as Cyrl)",
                "copydesk.yaml:9: unknown audience 'kids'; expected general, broadsheet, children, technical",
                "copydesk.yaml:10: 'default' and 'all' both set the threshold of every other rule; keep one",
                "copydesk.yaml:10: unknown fail level 'maybe'; expected error, warning, info, never",
                "copydesk.yaml:11: unknown key 'bogus'; expected one of clarity, hygiene, integrity, overall, sourcing, tone",
                "copydesk.yaml:11: min-score 'overall' must be from 0 to 100, not 170",
                "copydesk.yaml:11: min-score 'sourcing' must be a whole number from 0 to 100, not 'sixty'",
                "copydesk.yaml:12: 'max-grade' must be a number, not 'twelve'",
                "copydesk.yaml:13: unknown key 'colour'; expected one of allow-scripts, audience, exclude, fail, include, "
                        + "max-grade, min-score, rules"), problems);
    }

    @Test
    void wrongTypesAreProblems() {
        List<String> problems = problems("""
                rules: [tone]
                include: {a: b}
                exclude: [[nested]]
                fail: warning
                min-score: 70
                audience: [general]
                max-grade:
                """);
        assertEquals(List.of(
                "copydesk.yaml:1: 'rules' must be a mapping with 'disable', 'enable' and 'severity'",
                "copydesk.yaml:2: 'include' must be a string or a list of strings, not a mapping",
                "copydesk.yaml:3: 'exclude' items must be non-empty strings, not a list",
                "copydesk.yaml:4: 'fail' must be a mapping such as {default: error, sourcing: warning, clarity: never}",
                "copydesk.yaml:5: 'min-score' must be a mapping such as {overall: 70, sourcing: 60}",
                "copydesk.yaml:6: audience must be a single value, not a list",
                "copydesk.yaml:7: max-grade must be a single value, not nothing"), problems);
    }

    @Test
    void syntaxErrorsDuplicateKeysAndNonMappingsAreLocated() {
        assertTrue(problems("rules:\n  disable: [tone\nfail: {}\n").get(0)
                .matches("copydesk\\.yaml:\\d+: YAML syntax error: .*"));
        assertEquals(List.of("copydesk.yaml:2: duplicate key 'audience'"), problems("audience: general\naudience: children\n"));
        assertEquals(List.of("copydesk.yaml:1: the configuration must be a mapping of settings such as 'rules:' and "
                + "'fail:', not a list"), problems("- tone\n- clarity\n"));
    }

    @Test
    void loadsFromAFileWithGlobsRelativeToItsFolder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("copydesk.yaml");
        Files.writeString(file, "exclude: [\"drafts/**\"]\n");
        ProjectConfig config = ConfigLoader.load(file, "copydesk.yaml", catalog);
        assertFalse(config.paths().test(dir.resolve("drafts/a.md")));
        assertTrue(config.paths().test(dir.resolve("news/a.md")));
        ConfigException missing = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(dir.resolve("nope.yaml"), "nope.yaml", catalog));
        assertEquals(List.of("nope.yaml: no such configuration file"), missing.problems());
        Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xFF, '\n'});
        assertEquals(List.of("copydesk.yaml:1: not valid UTF-8"),
                assertThrows(ConfigException.class, () -> ConfigLoader.load(file, "copydesk.yaml", catalog)).problems());
    }
}
