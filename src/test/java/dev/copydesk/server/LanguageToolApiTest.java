package dev.copydesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.audit.Auditor;
import dev.copydesk.finding.Finding;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.InputFormat;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.rule.Severity;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.remote.CheckConfigurationBuilder;
import org.languagetool.remote.RemoteLanguageTool;
import org.languagetool.remote.RemoteResult;
import org.languagetool.remote.RemoteRuleMatch;

/**
 * LanguageTool's HTTP API as LanguageTool's clients use it: its own Java client (languagetool-http-client),
 * and the raw form posts the editor plugins send, annotated text included.
 */
class LanguageToolApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DeskServer server;
    private static Auditor auditor;

    @BeforeAll
    static void start() throws Exception {
        Desk desk = new Desk(new Auditor(RuleLoader.loadShipped(), null, null), null);
        server = DeskServer.start(desk, ServerSettings.defaults(2).withPort(0).withLimits(1024 * 1024, Duration.ofSeconds(20), 2, 8),
                "test", null);
        auditor = new Auditor(RuleLoader.loadShipped(), null, null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> check(String form) throws Exception {
        return DeskServerTest.send(HttpRequest.newBuilder(DeskServerTest.at(server, "/v2/check"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Copydesk's own findings at warning or above, as "rule@offset+length". */
    private static List<String> expected(String text) throws Exception {
        List<String> expected = new ArrayList<>();
        for (Finding f : auditor.audit(new ArticleReader().parse("check.txt", InputFormat.TEXT,
                text.getBytes(StandardCharsets.UTF_8))).findings()) {
            if (f.severity().atLeast(Severity.WARNING)) {
                expected.add(f.rule() + "@" + f.location().start() + "+" + Math.max(1, f.location().end() - f.location().start()));
            }
        }
        return expected;
    }

    @Test
    void languageToolsOwnJavaClientReadsCopydesksFindings() throws Exception {
        String text = DeskServerTest.ARTICLE + "Residents who want to be \uD835\uDC89\uD835\uDC86\uD835\uDC82\uD835\uDC93\uD835\uDC85 can "
                + "write in. Stay tuned!\n";
        RemoteLanguageTool client = new RemoteLanguageTool(new java.net.URL("http://127.0.0.1:" + server.port()));
        RemoteResult result = client.check(text, new CheckConfigurationBuilder("en-US").build());
        List<String> got = new ArrayList<>();
        for (RemoteRuleMatch match : result.getMatches()) {
            got.add(match.getRuleId() + "@" + match.getErrorOffset() + "+" + match.getErrorLength());
            assertTrue(match.getShortMessage().isPresent());
            assertTrue(match.getCategoryId().orElseThrow().matches("[A-Z]+"));
            assertEquals(text.substring(match.getErrorOffset(), match.getErrorOffset() + match.getErrorLength()),
                    match.getContext().substring(match.getContextOffset(), match.getContextOffset() + match.getErrorLength()));
        }
        assertEquals(expected(text), got);
        assertTrue(got.stream().anyMatch(m -> m.startsWith("integrity.styled-letters@")), "offsets in UTF-16 units past astral letters: " + got);
        assertEquals("en-US", result.getLanguageCode());
    }

    @Test
    void annotatedTextGetsOffsetsIntoTheMarkedUpDocument() throws Exception {
        String data = "{\"annotation\":[{\"markup\":\"<h1>\"},{\"text\":\"Shocking news\"},{\"markup\":\"</h1>\"},"
                + "{\"markup\":\"<p>\",\"interpretAs\":\"\\n\\n\"},{\"text\":\"Experts say it will change everything.\"},{\"markup\":\"</p>\"}]}";
        JsonNode body = JSON.readTree(check("language=en-US&data=" + encode(data)).body());
        String original = "<h1>Shocking news</h1><p>Experts say it will change everything.</p>";
        List<String> found = new ArrayList<>();
        for (JsonNode match : body.path("matches")) {
            found.add(original.substring(match.path("offset").asInt(), match.path("offset").asInt() + match.path("length").asInt()));
        }
        assertTrue(found.contains("Shocking"), found.toString());
        assertTrue(found.contains("Experts say"), found.toString());
    }

    @Test
    void theResponseHasLanguageToolsShapeAndOrder() throws Exception {
        JsonNode body = JSON.readTree(check("language=en-US&text=" + encode(DeskServerTest.ARTICLE)).body());
        assertEquals(List.of("software", "warnings", "language", "matches"), fields(body));
        JsonNode match = body.path("matches").get(0);
        assertEquals(List.of("message", "shortMessage", "replacements", "offset", "length", "context", "sentence", "type", "rule",
                "ignoreForIncompleteSentence", "contextForSureMatch"), fields(match));
        assertEquals(List.of("id", "description", "issueType", "category"), fields(match.path("rule")));
        assertFalse(match.path("rule").path("description").asText().matches("^T\\d+:.*"), "no catalogue codes");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void rulesCategoriesAndLevelChooseTheMatches() throws Exception {
        String text = "text=" + encode(DeskServerTest.ARTICLE) + "&language=en-US";
        JsonNode only = JSON.readTree(check(text + "&enabledOnly=true&enabledCategories=SOURCING").body());
        only.path("matches").forEach(m -> assertEquals("SOURCING", m.path("rule").path("category").path("id").asText()));
        assertTrue(only.path("matches").size() > 0);
        JsonNode withoutTone = JSON.readTree(check(text + "&disabledCategories=TONE&disabledRules=WHITESPACE_RULE").body());
        withoutTone.path("matches").forEach(m -> assertFalse(m.path("rule").path("id").asText().startsWith("tone."), m.toString()));
        int normal = JSON.readTree(check(text).body()).path("matches").size();
        int picky = JSON.readTree(check(text + "&level=picky").body()).path("matches").size();
        assertTrue(picky > normal, "picky adds the info findings: " + picky + " vs " + normal);
    }

    @Test
    void errorsAreLanguageToolsPlainTextErrors() throws Exception {
        HttpResponse<String> noText = check("language=en-US");
        assertEquals(400, noText.statusCode());
        assertEquals("Error: Missing 'text' or 'data' parameter", noText.body());
        HttpResponse<String> unknown = check("language=xx&text=hi");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().startsWith("Error: 'xx' is not a language code known to Copydesk"), unknown.body());
        assertEquals(400, check("language=en-US&text=hi&level=strict").statusCode());
        assertEquals(400, check("language=en-US&text=hi&enabledOnly=true").statusCode());
        JsonNode languages = JSON.readTree(DeskServerTest.send(HttpRequest.newBuilder(DeskServerTest.at(server, "/v2/languages"))).body());
        assertTrue(languages.toString().contains("{\"name\":\"English (US)\",\"code\":\"en\",\"longCode\":\"en-US\"}"));
    }
}
