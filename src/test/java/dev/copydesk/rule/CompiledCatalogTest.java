package dev.copydesk.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompiledCatalogTest {
    /** The shipped packs read from their YAML, as the build's compiler reads them. */
    private static List<Rule> fromYaml() {
        List<String> problems = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        RuleLoader.loadTree(Path.of("rules"), rules, problems);
        assertEquals(List.of(), problems);
        return rules;
    }

    @Test
    void theBuildsFileHoldsExactlyTheRulesTheYamlGives() throws Exception {
        // Fails when the packs change and the compiled file does not: a run would use stale rules.
        Optional<List<Rule>> compiled = CompiledCatalog.readShipped();
        assertTrue(compiled.isPresent(), "the build made no " + CompiledCatalog.RESOURCE);
        assertEquals(new RuleCatalog(fromYaml()).rules(), new RuleCatalog(compiled.get()).rules());
        assertEquals(new RuleCatalog(fromYaml()).rules(), RuleLoader.loadShipped().rules());
    }

    @Test
    void everyKindOfCheckAndFieldSurvivesTheRoundTrip() throws Exception {
        List<Rule> rules = new ArrayList<>(fromYaml());
        rules.addAll(RuleLoader.parse("""
                pack: odd
                rules:
                  - id: odd.chars
                    category: integrity
                    severity: info
                    message: "Nul \\0 and emoji \\U0001F600 in a message"
                    check: characters
                    characters: "[\\\\u0430-\\\\u044F]"
                    unless-near: "[a-z]"
                    whole-words: true
                    min-length: 3
                    examples:
                      flag: ["\u0430\u0431\u0432"]
                      pass: ["abc"]
                  - id: odd.metric
                    category: clarity
                    severity: warning
                    message: "{value} over {limit}"
                    check: metric
                    metric: sentence.words
                    max: 30
                    up-to: 45.5
                    when: undated
                    scope: [body, quote]
                    examples:
                      flag: ["One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six twenty-seven twenty-eight twenty-nine thirty thirty-one."]
                      pass: ["Short."]
                """, "odd.yaml"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompiledCatalog.write(rules, bytes);
        List<Rule> back = CompiledCatalog.read(new ByteArrayInputStream(bytes.toByteArray())).orElseThrow();
        assertEquals(rules, back);
        assertTrue(back.stream().map(r -> r.check().kind()).distinct().count() >= 6, "the packs use every spec shape");
    }

    @Test
    void aFileInAnotherFormatIsNotRead() throws Exception {
        byte[] other = {0x43, 0x44, 0x00, 0x00, 0, 0, 0, 0};
        assertFalse(CompiledCatalog.read(new ByteArrayInputStream(other)).isPresent());
    }
}
