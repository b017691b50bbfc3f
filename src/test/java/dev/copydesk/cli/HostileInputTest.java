package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.check.Findings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs built to hurt: they must be audited (or refused) cleanly, never crash or flood. */
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void deeplyNestedHtmlIsStillRead(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("deep.html");
        Files.writeString(page, "<html><body>" + "<div><blockquote>".repeat(20_000) + "<p>shocking words</p>"
                + "</blockquote></div>".repeat(20_000) + "<p>An unprecedented end.</p></body></html>");
        JsonNode doc = audit(page);
        assertEquals("audited", doc.path("status").asText(), doc.toString());
        assertTrue(doc.path("findings").toString().contains("\"excerpt\":\"unprecedented\""), "text after the nest is read");
        for (JsonNode f : doc.path("findings")) {
            if (f.path("excerpt").asText().equals("shocking")) {
                assertEquals("info", f.path("severity").asText(), "tone inside a quotation drops to info");
                assertTrue(f.path("detail").path("inQuote").asBoolean());
            }
        }
    }

    @Test
    void floodsOfFindingsAreCappedPerRuleWithACount(@TempDir Path dir) throws Exception {
        Path story = dir.resolve("flood.txt");
        Files.writeString(story, "Headline\n\n" + "a\u200B".repeat(2_000), StandardCharsets.UTF_8);
        JsonNode findings = audit(story).path("findings");
        assertEquals(Findings.MAX_PER_RULE + 1, findings.size());
        JsonNode last = findings.get(findings.size() - 1);
        assertEquals(2_000 - Findings.MAX_PER_RULE, last.path("detail").path("unlisted").asInt());
        assertTrue(last.path("message").asText().startsWith("1500 more findings"), last.toString());
    }

    @Test
    void crlfAndAstralCharactersKeepLinesAndColumnsRight(@TempDir Path dir) throws Exception {
        Path story = dir.resolve("crlf.txt");
        Files.writeString(story, "Head 😀 line\r\n\r\n😀😀 An 𝓈𝒽𝑜𝒸𝓀𝒾𝓃𝑔 story.\r\n", StandardCharsets.UTF_8);
        JsonNode findings = audit(story).path("findings");
        JsonNode styled = findings.get(0);
        assertEquals(3, styled.path("line").asInt());
        assertEquals(7, styled.path("column").asInt(), "columns count code points, not UTF-16 units");
    }

    /** Runs of capitalised words and of capitals, as scraped tables and shouting produce, are read without failing. */
    @Test
    void endlessCapitalisedRunsAreAuditedNotFailed(@TempDir Path dir) throws Exception {
        Path story = dir.resolve("caps.txt");
        Files.writeString(story, "Headline\n\nThe minister said " + "Aaa ".repeat(60_000) + "today.\n\nHe said "
                + "A".repeat(30_000) + " would fall 5%.\n");
        JsonNode doc = audit(story);
        assertEquals("audited", doc.path("status").asText(), doc.path("error").asText());
    }

    /**
     * A document too big for the heap fails alone, with a reason, and the next one is audited.
     * Runs the command line in a child JVM with a small heap, so the parent's memory is safe.
     */
    @Test
    void aDocumentTooBigForTheHeapFailsAloneAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        String paragraph = "The council voted 31 to 12 on Tuesday to close the bridge, officials said. "
                + "Experts say the decision was unprecedented and shocking for 4,000 residents.\n\n";
        Files.writeString(big, "Bridge\n\n" + paragraph.repeat(24_000));
        Path small = dir.resolve("small.txt");
        Files.writeString(small, "Bridge\n\nThe council voted on Tuesday.\n");
        Path json = dir.resolve("out.json");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), "dev.copydesk.cli.Main", "audit", "--no-html", "--threads", "1",
                "--format", "json", "--output", json.toString(), big.toString(), small.toString())
                .redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, child.waitFor(), output);
        assertTrue(output.contains(big + ": not enough memory to audit this document (3.5 MB)"), output);
        assertFalse(output.contains("Exception"), output);
        JsonNode docs = JSON.readTree(json.toFile()).path("documents");
        assertEquals("failed", docs.get(0).path("status").asText());
        assertEquals("audited", docs.get(1).path("status").asText());
    }

    private static JsonNode audit(Path file) throws Exception {
        var r = CliEndToEndTest.run("audit", "--format", "json", "--no-html", file.toString());
        return JSON.readTree(r.out()).path("documents").get(0);
    }
}
