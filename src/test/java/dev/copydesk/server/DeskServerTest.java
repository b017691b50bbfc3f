package dev.copydesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.audit.Auditor;
import dev.copydesk.cli.Main;
import dev.copydesk.rule.RuleLoader;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server end to end over loopback, with the JDK's HTTP client: routes, the JSON API against the CLI, limits, token, CORS. */
class DeskServerTest {
    static final String ARTICLE = "Shocking Council Vote Leaves Town Stranded!\n\nExperts say the unprecedented decision will "
            + "hit 40% of commuters. \"We are looking at every option,\" said Maren Holt, the council's chief engineer.\n";
    private static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Desk desk;
    private static DeskServer server;
    private static DeskServer guarded;

    @BeforeAll
    static void start() throws Exception {
        desk = new Desk(new Auditor(RuleLoader.loadShipped(), null, null), null);
        ServerSettings settings = ServerSettings.defaults(2).withPort(0).withLimits(64 * 1024, Duration.ofSeconds(20), 2, 8)
                .withOrigins(List.of("https://desk.example"));
        server = DeskServer.start(desk, settings, "test", null);
        guarded = DeskServer.start(desk, settings.withToken("s3cret"), "test", null);
    }

    @AfterAll
    static void stop() {
        server.close();
        guarded.close();
    }

    static URI at(DeskServer on, String path) {
        return on.uri(ServerSettings.LOOPBACK).resolve(path);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postJson(DeskServer on, String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(at(on, path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void healthAndTheEditorPageWithAPolicyThatAllowsOnlyItsOwnFiles() throws Exception {
        assertEquals(200, send(HttpRequest.newBuilder(at(server, "/health"))).statusCode());
        HttpResponse<String> page = send(HttpRequest.newBuilder(at(server, "/")));
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("default-src 'none'") && policy.contains("script-src 'self'") && !policy.contains("unsafe"), policy);
        assertFalse(page.body().contains("<script>"), "no inline script: the policy would refuse it");
        assertEquals(200, send(HttpRequest.newBuilder(at(server, "/editor.js"))).statusCode());
        assertEquals(200, send(HttpRequest.newBuilder(at(server, "/api/openapi.json"))).statusCode());
        assertEquals(404, send(HttpRequest.newBuilder(at(server, "/etc/passwd"))).statusCode());
    }

    @Test
    void theApiAnswersWhatTheCliWritesForTheSameArticle(@TempDir Path dir) throws Exception {
        HttpResponse<String> response = postJson(server, "/api/audit", JSON.writeValueAsString(JSON.createObjectNode()
                .put("text", ARTICLE)));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode api = JSON.readTree(response.body());

        Path file = Files.writeString(dir.resolve("article.txt"), ARTICLE);
        Path out = dir.resolve("cli.json");
        int code = Main.run(new String[] {"audit", "--no-config", "--no-html", "--fail-on", "never", "--format", "json",
            "--output", out.toString(), file.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(0, code);
        ObjectNode cli = (ObjectNode) JSON.readTree(out.toFile()).path("documents").get(0);
        cli.put("path", "article.txt"); // the one field that names where the article came from
        assertEquals(cli, api);
        assertTrue(api.path("findings").size() > 3, "the article has findings to compare");
    }

    @Test
    void titleDateAudienceAndRulesShapeTheAudit() throws Exception {
        ObjectNode body = JSON.createObjectNode().put("text", "Experts say the plan is unprecedented.").put("title", "Plan")
                .put("date", "2026-12-06").put("audience", "children");
        body.putObject("rules").putArray("disable").add("tone");
        JsonNode doc = JSON.readTree(postJson(server, "/api/audit", body.toString()).body());
        assertEquals("Plan", doc.path("title").asText());
        doc.path("findings").forEach(f -> assertFalse(f.path("category").asText().equals("tone"), f.toString()));
        assertTrue(doc.path("findings").toString().contains("sourcing.vague-attribution"));
    }

    @Test
    void badRequestsGet400WithOneLineSayingWhy() throws Exception {
        assertError(postJson(server, "/api/audit", "{not json"), 400, "not valid JSON");
        assertError(postJson(server, "/api/audit", "{\"text\":\"a\",\"html\":\"b\"}"), 400, "exactly one of");
        assertError(postJson(server, "/api/audit", "{\"body\":\"a\"}"), 400, "unknown field 'body'");
        assertError(postJson(server, "/api/audit", "{\"text\":\"a\",\"date\":\"yesterday\"}"), 400, "'date'");
        assertError(postJson(server, "/api/audit", "{\"text\":\"a\",\"rules\":{\"disable\":[\"tone.no-such-rule\"]}}"), 400,
                "no-such-rule");
        assertError(send(HttpRequest.newBuilder(at(server, "/api/audit"))), 405, "POST");
    }

    private static void assertError(HttpResponse<String> response, int status, String words) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        String error = JSON.readTree(response.body()).path("error").asText();
        assertTrue(error.contains(words), error);
        assertFalse(error.contains("\n"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        // Only the headers are sent: the answer comes on the declared length alone.
        String declared = rawPost("Content-Length: 100000\r\n", "");
        assertTrue(declared.startsWith("HTTP/1.1 413"), declared);
        assertTrue(declared.contains("over the server's limit"), declared);
        // With no length declared, reading stops at the limit (64 KiB here): 70 KiB in chunks.
        String chunk = "w".repeat(10 * 1024);
        String chunks = (Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n").repeat(7) + "0\r\n\r\n";
        String chunked = rawPost("Transfer-Encoding: chunked\r\n", chunks);
        assertTrue(chunked.startsWith("HTTP/1.1 413"), chunked);
        assertEquals(200, postJson(server, "/api/audit", "{\"text\":\"Fine\\n\\nA short one.\"}").statusCode(),
                "the server is fine after refusing");
    }

    @Test
    void onLoopbackWithoutATokenOnlyRequestsToThisMachineByNameAreAnswered() throws Exception {
        // A page on another name that resolves to 127.0.0.1 (DNS rebinding) must not reach the API.
        try (java.net.Socket socket = new java.net.Socket(ServerSettings.LOOPBACK, server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /api/rules HTTP/1.1\r\nHost: attacker.example:8080\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readNBytes(512), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        }
        assertEquals(200, send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/rules"))).statusCode());
        assertEquals(200, send(HttpRequest.newBuilder(at(server, "/"))).statusCode(), "the page itself is no API");
    }

    @Test
    void anEmptyTokenIsRefusedRatherThanLeavingTheServerOpen() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"serve", "--no-config", "--port", "0", "--token", ""}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(2, code);
        assertTrue(err.toString().contains("--token is empty"), err.toString());
    }

    /** A POST written by hand, so the test decides what is sent and when; the answer's first bytes. */
    private static String rawPost(String header, String body) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(ServerSettings.LOOPBACK, server.port())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/audit HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + header
                    + "Connection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] answer = socket.getInputStream().readNBytes(2048);
            return new String(answer, StandardCharsets.UTF_8);
        }
    }

    @Test
    void withATokenTheApisWantItAndThePageDoesNot() throws Exception {
        assertEquals(401, postJson(guarded, "/api/audit", "{\"text\":\"a\"}").statusCode());
        assertEquals(401, send(HttpRequest.newBuilder(at(guarded, "/api/rules")).header("Authorization", "Bearer wrong"))
                .statusCode());
        assertEquals(200, send(HttpRequest.newBuilder(at(guarded, "/api/rules")).header("Authorization", "Bearer s3cret"))
                .statusCode());
        assertEquals(200, send(HttpRequest.newBuilder(at(guarded, "/"))).statusCode());
        HttpResponse<String> lt = send(HttpRequest.newBuilder(at(guarded, "/v2/check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("language=en-US&text=Hello&apiKey=s3cret")));
        assertEquals(200, lt.statusCode(), "LanguageTool's clients send the token as apiKey");
    }

    @Test
    void onlyTheAllowedOriginGetsCorsHeaders() throws Exception {
        HttpResponse<String> allowed = send(HttpRequest.newBuilder(at(server, "/v2/languages")).header("Origin", "https://desk.example"));
        assertEquals(Optional.of("https://desk.example"), allowed.headers().firstValue("Access-Control-Allow-Origin"));
        HttpResponse<String> other = send(HttpRequest.newBuilder(at(server, "/v2/languages")).header("Origin", "https://evil.example"));
        assertNull(other.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(at(server, "/api/audit")).header("Origin", "https://desk.example")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
    }

    @Test
    void burstsBeyondTheWorkersAndQueueGet429NeverAnErrorOrAHang() throws Exception {
        Desk one = desk;
        try (DeskServer tight = DeskServer.start(one, ServerSettings.defaults(1).withPort(0)
                .withLimits(1024 * 1024, Duration.ofSeconds(30), 1, 0), "test", null)) {
            String body = JSON.writeValueAsString(JSON.createObjectNode().put("text", ARTICLE.repeat(150)));
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(CLIENT.sendAsync(HttpRequest.newBuilder(at(tight, "/api/audit")).timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            int ok = 0;
            int busy = 0;
            for (var call : calls) {
                HttpResponse<String> response = call.get(90, java.util.concurrent.TimeUnit.SECONDS);
                assertTrue(response.statusCode() == 200 || response.statusCode() == 429, response.statusCode() + " " + response.body());
                if (response.statusCode() == 429) {
                    busy++;
                    assertEquals(Optional.of("1"), response.headers().firstValue("Retry-After"));
                } else {
                    ok++;
                }
            }
            assertTrue(ok >= 1 && busy >= 1, ok + " answered, " + busy + " turned away");
        }
    }
}
