package dev.copydesk.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --rule-times} on a two-article corpus: what it lists, never how fast. */
class BenchCommandTest {
    @Test
    void listsEveryShippedRuleOnceWithItsTime(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, """
                {"title": "Council approves bridge", "text": "The plan was approved last week. \\"It is shocking,\\" a resident said."}
                {"title": "Markets rise", "text": "Shares rose 3% on Tuesday, analysts said, after the bank cut rates."}
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"bench", "--rule-times", "--rounds", "1", corpus.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("corpus: corpus.jsonl, 2 articles"), lines.get(0));
        assertTrue(lines.get(1).matches("checks of all \\d+ rules in one registry: [0-9.]+ s .*"), lines.get(1));
        int rules = Integer.parseInt(lines.get(1).replaceAll("checks of all (\\d+) rules.*", "$1"));
        List<String> times = lines.subList(2, lines.size());
        assertEquals(rules, times.size());
        assertTrue(times.stream().allMatch(l -> l.matches(" +[0-9.]+ ms  [a-z0-9-]+\\.[a-z0-9.-]+")), times.toString());
        assertEquals(rules, times.stream().map(l -> l.substring(l.indexOf("ms  ") + 4)).distinct().count());
        assertTrue(times.stream().anyMatch(l -> l.endsWith("  clarity.passive-voice")), times.toString());
    }
}
