package dev.copydesk.report.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF output read back as JSON, checked for what code-scanning tools rely on: the 2.1.0
 * shape, rule indexes that point at the result's own rule, regions whose line and column pairs
 * cut exactly the snippet out of the file (CR, LF and CRLF files alike), and fingerprints that
 * stay put across runs and when a paragraph is added above a finding.
 */
class SarifStructureTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FINGERPRINT = "copydeskFinding/v2";

    /** Hard-wrapped, so sentence-level findings span lines; findings on several lines. */
    private static final String WRAPPED = """
            Shocking Council Vote Leaves Town Stranded!

            Experts say the unprecedented decision, which was taken late on Tuesday after a
            long and heated debate, will have a huge impact on 40% of commuters, and critics say
            it is absolutely the worst outcome imaginable for the town.

            Residents who want to be 𝒉𝒆𝒂𝒓𝒅 can write to the council. Stay tuned for updates!
            """;

    @Test
    void sarifFromSamplesAndEveryLineEndingIsStructurallySound(@TempDir Path dir) throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path p : samples.sorted().toList()) {
                sources.put(p.toString(), Files.readString(p));
            }
        }
        sources.put(write(dir, "lf.txt", WRAPPED), WRAPPED);
        sources.put(write(dir, "crlf.txt", WRAPPED.replace("\n", "\r\n")), WRAPPED.replace("\n", "\r\n"));
        sources.put(write(dir, "cr.txt", WRAPPED.replace("\n", "\r")), WRAPPED.replace("\n", "\r"));
        sources.put(write(dir, "river-crossing-cr.txt", sources.get(Path.of("samples", "river-crossing.txt").toString())
                .replace("\n", "\r")), sources.get(Path.of("samples", "river-crossing.txt").toString()).replace("\n", "\r"));

        JsonNode log = sarif(dir, "all.sarif", sources.keySet().toArray(String[]::new));
        assertEquals("2.1.0", log.path("version").asText());
        assertTrue(log.path("$schema").asText().endsWith("sarif-2.1.0.json"), log.path("$schema").asText());
        assertEquals(1, log.path("runs").size());
        JsonNode run = log.path("runs").get(0);
        assertEquals("unicodeCodePoints", run.path("columnKind").asText());
        assertTrue(run.path("invocations").get(0).path("executionSuccessful").asBoolean());

        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertTrue(rules.size() > 50, "every rule of the catalog is described");
        Set<String> ruleIds = new HashSet<>();
        String previous = "";
        for (JsonNode rule : rules) {
            String id = rule.path("id").asText();
            assertTrue(ruleIds.add(id), "duplicate rule " + id);
            assertTrue(id.compareTo(previous) > 0, "rules are sorted by id: " + id);
            previous = id;
            assertFalse(rule.path("shortDescription").path("text").asText().isBlank(), id);
            assertTrue(Set.of("error", "warning", "note").contains(rule.path("defaultConfiguration").path("level").asText()), id);
            Set<String> tags = new HashSet<>();
            rule.path("properties").path("tags").forEach(t -> assertTrue(tags.add(t.asText()), id + ": tags are unique"));
        }

        Map<String, Set<String>> printsByFile = new HashMap<>();
        Map<String, Integer> resultsByFile = new HashMap<>();
        int multiLine = 0;
        for (JsonNode result : run.path("results")) {
            String ruleId = result.path("ruleId").asText();
            assertTrue(result.has("ruleIndex"), ruleId + " has a ruleIndex");
            int index = result.path("ruleIndex").asInt();
            assertTrue(index >= 0 && index < rules.size(), ruleId + ": ruleIndex " + index);
            assertEquals(ruleId, rules.get(index).path("id").asText(), "ruleIndex points at the result's rule");
            assertTrue(Set.of("error", "warning", "note").contains(result.path("level").asText()), ruleId);
            String message = result.path("message").path("text").asText();
            assertTrue(message.matches("(?s).*[.!?]"), "a message is a sentence: " + message);

            assertEquals(1, result.path("locations").size(), ruleId);
            JsonNode physical = result.path("locations").get(0).path("physicalLocation");
            String uri = physical.path("artifactLocation").path("uri").asText();
            if (uri.startsWith("file:///")) {
                assertFalse(physical.path("artifactLocation").has("uriBaseId"), "an absolute URI has no base: " + uri);
                uri = uri.substring("file://".length());
            } else {
                assertEquals("SRCROOT", physical.path("artifactLocation").path("uriBaseId").asText(), uri);
                assertFalse(uri.startsWith("/"), "a relative reference may not start with a slash: " + uri);
            }
            String path = URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8);
            String source = sources.get(path);
            assertNotNull(source, "the uri names an input: " + path);

            JsonNode region = physical.path("region");
            int startLine = region.path("startLine").asInt();
            int startColumn = region.path("startColumn").asInt();
            int endLine = region.path("endLine").asInt();
            int endColumn = region.path("endColumn").asInt();
            String snippet = region.path("snippet").path("text").asText();
            String where = path + " " + ruleId + " " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
            assertTrue(startLine >= 1 && startColumn >= 1, where);
            assertTrue(endLine > startLine || endLine == startLine && endColumn >= startColumn, where);
            assertEquals(snippet.isEmpty(), endLine == startLine && endColumn == startColumn, where);
            assertEquals(snippet, slice(source, startLine, startColumn, endLine, endColumn), "the region is the snippet: " + where);
            if (endLine > startLine) {
                multiLine++;
            }

            String print = result.path("partialFingerprints").path(FINGERPRINT).asText();
            assertTrue(print.matches("[0-9a-f]{16}"), where + ": " + print);
            assertTrue(printsByFile.computeIfAbsent(path, k -> new HashSet<>()).add(print), "fingerprints are unique in a file: " + where);
            resultsByFile.merge(path, 1, Integer::sum);
        }
        assertEquals(sources.keySet(), resultsByFile.keySet(), "every input has results");
        assertTrue(multiLine >= 3, "findings across line breaks are covered (LF, CRLF and CR): " + multiLine);
    }

    @Test
    void fingerprintsAreStableAcrossRunsAndWhenAParagraphIsAddedAbove(@TempDir Path dir) throws Exception {
        Path story = Path.of(write(dir, "story.txt", WRAPPED));
        List<JsonNode> first = results(sarif(dir, "1.sarif", story.toString()));
        List<JsonNode> second = results(sarif(dir, "2.sarif", story.toString()));
        assertEquals(prints(first), prints(second), "the same input gives the same fingerprints");
        assertTrue(first.size() >= 8, "enough findings to mean something: " + first.size());

        // A plain paragraph (two lines with its blank line) right under the headline.
        String[] lines = WRAPPED.split("\n", -1);
        String edited = lines[0] + "\n\nThe council published its minutes on its website.\n" + WRAPPED.substring(lines[0].length() + 1);
        Files.writeString(story, edited);
        List<JsonNode> after = results(sarif(dir, "3.sarif", story.toString()));
        Map<String, JsonNode> byPrint = new HashMap<>();
        after.forEach(r -> byPrint.put(print(r), r));
        for (JsonNode before : first) {
            JsonNode moved = byPrint.get(print(before));
            assertNotNull(moved, "fingerprint kept: " + before.path("ruleId").asText() + " " + snippet(before));
            assertEquals(before.path("ruleId").asText(), moved.path("ruleId").asText());
            assertEquals(snippet(before), snippet(moved));
            int line = region(before).path("startLine").asInt();
            assertEquals(line == 1 ? 1 : line + 2, region(moved).path("startLine").asInt(),
                    "the finding moved down with the text: " + snippet(before));
        }
    }

    @Test
    void artifactLocationsAreRelativeToTheWorkingDirectoryWhereTheyCanBe() throws Exception {
        Path cwd = Path.of("/srv/newsroom/site");
        assertEquals("{\"uri\":\"stories/a%20b.html\",\"uriBaseId\":\"SRCROOT\"}",
                JSON.writeValueAsString(SarifReport.artifactLocation("stories/a b.html", cwd)));
        assertEquals("{\"uri\":\"../shared/x.txt\",\"uriBaseId\":\"SRCROOT\"}",
                JSON.writeValueAsString(SarifReport.artifactLocation("../shared/x.txt", cwd)));
        assertEquals("{\"uri\":\"stories/export.jsonl%23a%3C%3E\",\"uriBaseId\":\"SRCROOT\"}",
                JSON.writeValueAsString(SarifReport.artifactLocation("/srv/newsroom/site/./stories/export.jsonl#a<>", cwd)));
        assertEquals("{\"uri\":\"file:///srv/uploads/a%20b.txt\"}",
                JSON.writeValueAsString(SarifReport.artifactLocation("/srv/uploads/a b.txt", cwd)));
        assertEquals("{\"uri\":\"file:///srv/newsroom/site-2/a.txt\"}",
                JSON.writeValueAsString(SarifReport.artifactLocation("/srv/newsroom/site-2/a.txt", cwd)));
        assertEquals("{\"uri\":\"file:///srv/uploads/x.jsonl%23a%EF%BF%BDb\"}",
                JSON.writeValueAsString(SarifReport.artifactLocation("/srv/uploads/x.jsonl#a\u0000b", cwd)));
        assertEquals("{\"uri\":\"x.jsonl%23a%EF%BF%BD%3C/script%3E\",\"uriBaseId\":\"SRCROOT\"}",
                JSON.writeValueAsString(SarifReport.artifactLocation("/srv/newsroom/site/x.jsonl#a\uD800</script>", cwd)));
    }

    /** Source text between SARIF positions: 1-based lines ended by CR, LF or CRLF; code-point columns; end exclusive. */
    static String slice(String text, int startLine, int startColumn, int endLine, int endColumn) {
        return text.substring(offset(text, startLine, startColumn), offset(text, endLine, endColumn));
    }

    private static int offset(String text, int line, int column) {
        int i = 0;
        for (int l = 1; l < line; l++) {
            while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            if (i == text.length()) {
                fail("line " + line + " is past the end of the file");
            }
            i += text.startsWith("\r\n", i) ? 2 : 1;
        }
        int at = text.offsetByCodePoints(i, column - 1);
        String onLine = text.substring(i, at);
        assertFalse(onLine.contains("\n") || onLine.contains("\r"), "column " + column + " is past the end of line " + line);
        return at;
    }

    private static JsonNode sarif(Path dir, String name, String... inputs) throws Exception {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("audit", "--no-html", "--fail-on", "never", "--format", "sarif",
                "--output", out.toString()));
        args.addAll(List.of(inputs));
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return JSON.readTree(out.toFile());
    }

    private static List<JsonNode> results(JsonNode log) {
        List<JsonNode> results = new ArrayList<>();
        log.path("runs").get(0).path("results").forEach(results::add);
        return results;
    }

    private static List<String> prints(List<JsonNode> results) {
        return results.stream().map(r -> r.path("ruleId").asText() + " " + print(r)).toList();
    }

    private static String print(JsonNode result) {
        return result.path("partialFingerprints").path(FINGERPRINT).asText();
    }

    private static JsonNode region(JsonNode result) {
        return result.path("locations").get(0).path("physicalLocation").path("region");
    }

    private static String snippet(JsonNode result) {
        return region(result).path("snippet").path("text").asText();
    }

    private static String write(Path dir, String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }
}
