package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user types it, end to end, in-process. */
public class CliEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = """
            Council approves budget!

            In a dramatic escalation, the council voted 31 to 12. Experts view it as 𝒄𝒂𝓊𝓰𝒉𝓉 off guard.
            Stay tuned.
            """;

    public record Result(int code, String out, String err) {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void textOutputIsOneLinePerFindingThenASummary(@TempDir Path dir) throws Exception {
        Path story = write(dir, "story.txt", STORY);
        Result r = run("audit", "--no-html", story.toString());
        String[] lines = r.out().split("\n");
        assertTrue(lines.length >= 5, r.out());
        for (int i = 0; i < lines.length - 1; i++) {
            assertTrue(lines[i].matches(".*story\\.txt:\\d+:\\d+: (error|warning|info) \\[[a-z0-9.-]+] .+"), lines[i]);
        }
        assertTrue(lines[lines.length - 1].matches("1 document audited, 0 failed: \\d+ errors?, \\d+ warnings?, \\d+ info; overall score \\d+"),
                lines[lines.length - 1]);
        assertTrue(r.out().contains(":1:24: warning [tone.headline-exclamation]"), r.out());
        assertEquals(0, r.code(), "warnings only: default --fail-on error passes");
        assertEquals(1, run("audit", "--no-html", "--fail-on", "warning", story.toString()).code());
        assertEquals(0, run("audit", "--no-html", "--fail-on", "never", story.toString()).code());
    }

    @Test
    void jsonExcerptsAreExactSourceSlicesAndStyledWordReadsCaught(@TempDir Path dir) throws Exception {
        Path story = write(dir, "story.txt", STORY);
        Result r = run("audit", "--format", "json", "--no-html", story.toString());
        JsonNode doc = JSON.readTree(r.out()).path("documents").get(0);
        assertEquals("audited", doc.path("status").asText());
        assertEquals("Council approves budget!", doc.path("title").asText());
        String source = Files.readString(story);
        boolean styled = false;
        for (JsonNode f : doc.path("findings")) {
            int start = f.path("start").asInt();
            int end = f.path("end").asInt();
            assertEquals(source.substring(start, end), f.path("excerpt").asText());
            assertEquals(lineOf(source, start), f.path("line").asInt());
            if (f.path("rule").asText().equals("integrity.styled-letters")) {
                styled = true;
                assertEquals("𝒄𝒂𝓊𝓰𝒉𝓉", f.path("excerpt").asText());
                assertEquals("caught", f.path("detail").path("reads").asText());
            }
        }
        assertTrue(styled, "the styled word must be a finding");
        JsonNode summary = JSON.readTree(r.out()).path("summary");
        assertEquals(1, summary.path("audited").asInt());
    }

    @Test
    void jsonDeductionsExplainEveryScoreAndPointAtItsFindings(@TempDir Path dir) throws Exception {
        Path story = write(dir, "story.txt", STORY);
        JsonNode doc = JSON.readTree(run("audit", "--format", "json", "--no-html", story.toString()).out())
                .path("documents").get(0);
        JsonNode scores = doc.path("scores");
        JsonNode deductions = doc.path("deductions");
        assertEquals(java.util.List.of("overall", "integrity", "tone", "sourcing", "clarity", "hygiene"),
                iterate(scores.fieldNames()));
        assertEquals(iterate(scores.fieldNames()), iterate(deductions.fieldNames()));
        int findings = doc.path("findings").size();
        for (String key : iterate(scores.fieldNames())) {
            long tenths = 0;
            for (JsonNode d : deductions.path(key)) {
                tenths += Math.round(d.path("points").asDouble() * 10);
                assertTrue(d.path("source").asText().length() > 0 && d.path("reason").asText().length() > 0, d.toString());
                assertEquals(key.equals("overall"), d.has("category"), d.toString());
                for (JsonNode i : d.path("findings")) {
                    assertTrue(i.asInt() >= 0 && i.asInt() < findings, d.toString());
                    if (!key.equals("overall")) {
                        assertEquals(key, doc.path("findings").get(i.asInt()).path("category").asText(), d.toString());
                    }
                }
            }
            assertEquals((100 - scores.path(key).asInt()) * 10L, tenths, key + ": " + deductions.path(key));
        }
        JsonNode headline = null;
        for (JsonNode d : deductions.path("tone")) {
            if (d.path("source").asText().equals("tone.headline-exclamation")) {
                headline = d;
            }
        }
        assertTrue(headline != null && headline.path("reason").asText().contains("headline"), deductions.toString());
        assertEquals("tone.headline-exclamation",
                doc.path("findings").get(headline.path("findings").get(0).asInt()).path("rule").asText());
    }

    private static java.util.List<String> iterate(java.util.Iterator<String> names) {
        java.util.List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void htmlArticlesPointIntoTheHtmlSource(@TempDir Path dir) throws Exception {
        Path page = write(dir, "page.html", "<html lang=\"en\"><head><title>T</title>"
                + "<script>var unprecedented = 1;</script></head><body><nav>Stay tuned</nav><article>"
                + "<h1>Budget &amp; tax</h1><p>An <b>un&shy;precedented</b> vote &ndash; experts say.</p>"
                + "</article></body></html>");
        Result r = run("audit", "--format", "json", "--no-html", page.toString());
        JsonNode findings = JSON.readTree(r.out()).path("documents").get(0).path("findings");
        String source = Files.readString(page);
        assertTrue(findings.size() >= 2, findings.toString());
        for (JsonNode f : findings) {
            assertEquals(source.substring(f.path("start").asInt(), f.path("end").asInt()), f.path("excerpt").asText());
            assertFalse(f.path("excerpt").asText().contains("Stay tuned"), "nav is not article text");
        }
        assertTrue(findings.toString().contains("\"excerpt\":\"un&shy;precedented\""), findings.toString());
        assertTrue(findings.toString().contains("\"excerpt\":\"experts say\""), findings.toString());
    }

    @Test
    void hostileArticleTextNeverBecomesMarkupInTheReport(@TempDir Path dir) throws Exception {
        Path story = write(dir, "evil.txt", "<script>alert('x')</script> headline\n\n"
                + "Body <img src=x onerror=alert(1)> with a \u202Ereversed\u202C word and shocking news.\n");
        Path reports = dir.resolve("reports");
        Result r = run("audit", "--reports", reports.toString(), story.toString());
        assertEquals(1, r.code(), "the bidi override is an error");
        String html = Files.readString(reports.resolve("evil.html"));
        Document report = Jsoup.parse(html);
        assertEquals(0, report.select("script, img, iframe, object").size(), "no active markup from the article");
        assertTrue(report.text().contains("<script>alert('x')</script>"), "the text is shown, escaped");
        assertFalse(html.contains("\u202E"), "bidi controls are shown as badges, never emitted raw");
        assertTrue(report.select("span.inv").text().contains("U+202E"));
        String csp = report.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.startsWith("default-src 'none'; style-src 'sha256-"), csp);
        assertTrue(report.select("mark").size() >= 2, "findings are highlighted in place");
        assertTrue(Files.exists(reports.resolve("index.html")));
    }

    @Test
    void badInputsFailOneByOneAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Path good = write(dir, "good.txt", STORY);
        Path empty = write(dir, "empty.txt", "");
        Path binary = dir.resolve("binary.html");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0, 1, 2, 3});
        Path missing = dir.resolve("missing.md");
        Path reports = dir.resolve("reports");
        Result r = run("audit", "--format", "json", "--reports", reports.toString(), good.toString(), empty.toString(),
                binary.toString(), missing.toString());
        assertEquals(1, r.code());
        JsonNode docs = JSON.readTree(r.out()).path("documents");
        assertEquals(4, docs.size());
        assertEquals("audited", docs.get(0).path("status").asText());
        assertEquals("empty file", docs.get(1).path("error").asText());
        assertTrue(docs.get(2).path("error").asText().startsWith("binary file"));
        assertEquals("no such file or directory", docs.get(3).path("error").asText());
        String[] errLines = r.err().strip().split("\n");
        assertEquals(4, errLines.length, r.err());
        assertTrue(errLines[0].startsWith("copydesk: " + empty + ": empty file"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack traces");
        try (Stream<Path> files = Files.list(reports)) {
            assertEquals(2, files.filter(p -> !p.getFileName().toString().startsWith(".")).count(),
                    "one report for the audited document, plus the index; no temp files left");
        }
    }

    @Test
    void brokenRuleFileStopsTheRunWithExit2(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        write(rules, "mine.yaml", "pack: mine\nrules:\n  - id: mine.x\n    category: tone\n");
        Path story = write(dir, "story.txt", STORY);
        Result r = run("audit", "--rules", rules.toString(), story.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("copydesk: " + rules.resolve("mine.yaml") + ":3: missing"), r.err());
        assertEquals("", r.out(), "nothing audited");
    }

    @Test
    void usageErrorsExit2() {
        assertEquals(2, run("audit").code());
        assertEquals(2, run("audit", "--format", "yaml", "x.txt").code());
        assertEquals(2, run("audit", "--date", "yesterday", "x.txt").code());
        assertEquals(2, run("frobnicate").code());
    }

    @Test
    void folderBatchWritesAnIndexAndSameNamedFilesDoNotCollide(@TempDir Path dir) throws Exception {
        write(Files.createDirectories(dir.resolve("in/a")), "story.txt", STORY);
        write(Files.createDirectories(dir.resolve("in/b")), "story.txt", STORY.replace("budget", "plan"));
        write(dir.resolve("in"), "notes.csv", "not an article");
        Path reports = dir.resolve("out");
        Result r = run("audit", "--reports", reports.toString(), dir.resolve("in").toString());
        assertTrue(r.out().contains("2 documents audited"), r.out());
        assertTrue(Files.exists(reports.resolve("a_story.html")));
        assertTrue(Files.exists(reports.resolve("b_story.html")));
        Document index = Jsoup.parse(Files.readString(reports.resolve("index.html")));
        assertEquals(2, index.select("a[href$=_story.html]").size());
    }

    @Test
    void sameInputGivesByteIdenticalReports(@TempDir Path dir) throws Exception {
        Path story = write(dir, "story.txt", STORY);
        Path first = dir.resolve("r1");
        Path second = dir.resolve("r2");
        Result a = run("audit", "--format", "json", "--reports", first.toString(), story.toString());
        Result b = run("audit", "--format", "json", "--reports", second.toString(), story.toString());
        assertEquals(a.out(), b.out());
        assertArrayEquals(Files.readAllBytes(first.resolve("story.html")), Files.readAllBytes(second.resolve("story.html")));
    }

    @Test
    void outputOptionWritesTheMachineOutputToAFile(@TempDir Path dir) throws Exception {
        Path story = write(dir, "story.txt", STORY);
        Path json = dir.resolve("out/result.json");
        Result r = run("audit", "--format", "json", "--no-html", "--output", json.toString(), story.toString());
        assertEquals("", r.out());
        assertEquals("copydesk", JSON.readTree(json.toFile()).path("tool").path("name").asText());
    }

    @Test
    void stdinIsOneArticle() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)));
            Result r = run("audit", "--no-html", "-");
            assertTrue(r.out().contains("-:1:24: warning [tone.headline-exclamation]"), r.out());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void dateOptionFillsAMissingPublicationDate(@TempDir Path dir) throws Exception {
        Path story = write(dir, "story.txt", STORY);
        Result r = run("audit", "--format", "json", "--no-html", "--date", "2026-03-14", story.toString());
        assertEquals("2026-03-14", JSON.readTree(r.out()).path("documents").get(0).path("published").asText());
    }

    @Test
    void rulesCommandListsEveryRule() throws Exception {
        Result text = run("rules");
        assertEquals(0, text.code());
        assertTrue(text.out().contains("tone.hyperbole"));
        JsonNode json = JSON.readTree(run("rules", "--format", "json").out());
        assertTrue(json.size() >= 10);
        assertTrue(json.get(0).has("examples"));
    }

    @Test
    void allowedScriptsSilenceLookalikeFindingsForThatScript(@TempDir Path dir) throws Exception {
        Path story = write(dir, "mixed.txt", "Headline\n\nThe shop \u0440\u0430\u0443\u0440\u0430\u04CF opened.\n");
        assertTrue(run("audit", "--no-html", story.toString()).out().contains("integrity.whole-script-confusable"));
        Result allowed = run("audit", "--no-html", "--allow-script", "Cyrl", story.toString());
        assertFalse(allowed.out().contains("integrity.whole-script-confusable"), allowed.out());
        Result bad = run("audit", "--no-html", "--allow-script", "Klingonish", story.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown script 'Klingonish'"), bad.err());
    }

    private static Path write(Path dir, String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
