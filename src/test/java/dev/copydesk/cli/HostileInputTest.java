package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private static JsonNode audit(Path file) throws Exception {
        var r = CliEndToEndTest.run("audit", "--format", "json", "--no-html", file.toString());
        return JSON.readTree(r.out()).path("documents").get(0);
    }
}
