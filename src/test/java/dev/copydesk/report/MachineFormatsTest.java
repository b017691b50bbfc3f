package dev.copydesk.report;

import dev.copydesk.cli.CliEndToEndTest;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.report.GithubReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** Several machine outputs in one run, JSONL exports, and the same bytes for the same input. */
class MachineFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = """
            Shocking crisis hits the town!

            In a dramatic escalation, the council voted 31 to 12 on Tuesday. Experts say the plan is doomed.
            """;

    @Test
    void everyFormatInOneRunAndEachIsWellFormed(@TempDir Path dir) throws Exception {
        Path story = write(dir, "a <b>.txt", STORY);
        Path json = dir.resolve("out.json");
        Path sarif = dir.resolve("out.sarif");
        Path junit = dir.resolve("out.xml");
        Path checkstyle = dir.resolve("checkstyle.xml");
        var r = CliEndToEndTest.run("audit", "--no-html", "--fail-on", "warning", "--format", "json", "--output", json.toString(),
                "--format", "sarif", "--output", sarif.toString(), "--format", "junit", "--output", junit.toString(),
                "--format", "checkstyle", "--output", checkstyle.toString(), "--format", "github", story.toString());
        assertEquals(1, r.code(), r.err());
        JsonNode report = JSON.readTree(json.toFile());
        assertEquals(1, report.path("schemaVersion").asInt());
        int findings = report.path("documents").get(0).path("findings").size();
        assertTrue(findings > 3);

        JsonNode run = JSON.readTree(sarif.toFile()).path("runs").get(0);
        assertEquals("2.1.0", JSON.readTree(sarif.toFile()).path("version").asText());
        assertEquals(findings, run.path("results").size());
        for (JsonNode result : run.path("results")) {
            JsonNode rule = run.path("tool").path("driver").path("rules").get(result.path("ruleIndex").asInt());
            assertEquals(result.path("ruleId").asText(), rule.path("id").asText());
            assertFalse(result.path("partialFingerprints").path("copydeskFinding/v2").asText().isEmpty());
            assertTrue(result.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri")
                    .asText().endsWith("a%20%3Cb%3E.txt"));
        }

        var factory = DocumentBuilderFactory.newInstance();
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(junit.toFile());
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(1, cases.getLength());
        assertTrue(xml.getElementsByTagName("failure").getLength() > 0, "warnings fail with --fail-on warning");
        assertEquals("1", xml.getDocumentElement().getAttribute("failures"));
        org.w3c.dom.Document style = factory.newDocumentBuilder().parse(checkstyle.toFile());
        assertEquals(findings, style.getElementsByTagName("error").getLength());

        List<String> github = r.out().lines().toList();
        assertTrue(github.get(0).matches("::(warning|error) file=.*,line=\\d+,col=\\d+,title=[a-z.-]+::.+"), github.get(0));
        assertTrue(github.get(github.size() - 1).startsWith("::notice title=Copydesk::1 document audited"));
    }

    @Test
    void twoRunsGiveTheSameBytesInEveryFormat(@TempDir Path root) throws Exception {
        Path articles = Files.createDirectories(root.resolve("articles"));
        Path dir = Files.createDirectories(root.resolve("out"));
        Path story = write(articles, "story.txt", STORY);
        write(articles, "second.txt", STORY.replace("Tuesday", "Monday") + "\nStay tuned for more!\n");
        for (String format : new String[] {"json", "sarif", "junit", "checkstyle", "github", "text"}) {
            Path one = dir.resolve("1." + format);
            Path two = dir.resolve("2." + format);
            CliEndToEndTest.run("audit", "--format", format, "--output", one.toString(), "--reports", dir.resolve("r1").toString(),
                    "--threads", "1", articles.toString());
            CliEndToEndTest.run("audit", "--format", format, "--output", two.toString(), "--reports", dir.resolve("r2").toString(),
                    "--threads", "4", articles.toString());
            assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two), format);
        }
        for (String page : new String[] {"index.html", "story.html", "second.html"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("r1").resolve(page)), Files.readAllBytes(dir.resolve("r2").resolve(page)), page);
        }
        assertTrue(story.toFile().exists());
    }

    @Test
    void jsonlExportIsAuditedArticleByArticle(@TempDir Path dir) throws Exception {
        Path export = write(dir, "export.jsonl", """
                {"id": "a-1", "title": "Shocking scenes at the port", "body": "KYIV, 9 May 2025 – The port closed on Monday, officials said.", "published": "2026-03-02T07:00:00Z", "url": "https://news.example/port"}
                {"id": "a-2", "title": "Budget", "html": "<html><body><h1>Budget</h1><p>Experts say it will fail.</p></body></html>"}

                not json at all
                {"id": "a-4", "title": "Empty"}
                """);
        var r = CliEndToEndTest.run("audit", "--format", "json", "--no-html", export.toString());
        JsonNode docs = JSON.readTree(r.out()).path("documents");
        assertEquals(4, docs.size(), r.out());
        assertEquals(export + "#a-1", docs.get(0).path("path").asText());
        // The export's date wins over the dateline in the text, and date-times become dates.
        assertEquals("2026-03-02", docs.get(0).path("published").asText());
        assertEquals("https://news.example/port", docs.get(0).path("url").asText());
        assertTrue(docs.get(0).path("findings").toString().contains("tone.hyperbole"));
        assertTrue(docs.get(1).path("findings").toString().contains("sourcing.vague-attribution"));
        assertEquals("failed", docs.get(2).path("status").asText());
        assertTrue(docs.get(2).path("error").asText().startsWith("line 4 is not valid JSON"), docs.get(2).toString());
        assertEquals("failed", docs.get(3).path("status").asText());
        assertTrue(r.err().contains("export.jsonl#L4: line 4 is not valid JSON"), r.err());
        assertEquals(1, r.code());
    }

    @Test
    void articleReportHasFiltersAndNoScriptAndTheIndexOnlyItsOwn(@TempDir Path dir) throws Exception {
        write(dir, "story.txt", STORY);
        Path reports = dir.resolve("reports");
        CliEndToEndTest.run("audit", "--reports", reports.toString(), dir.toString());
        var article = Jsoup.parse(reports.resolve("story.html").toFile(), "UTF-8");
        assertTrue(article.select("script").isEmpty());
        assertFalse(article.select("meta[http-equiv=Content-Security-Policy]").attr("content").contains("script-src"));
        assertEquals(8, article.select("input[data-filter]").size());
        assertFalse(article.select("mark.cat-tone").isEmpty());
        assertFalse(article.select("a.rule[href=#rule-tone.hyperbole]").isEmpty());
        assertFalse(article.select("dt#rule-tone\\.hyperbole").isEmpty());
        var index = Jsoup.parse(reports.resolve("index.html").toFile(), "UTF-8");
        String csp = index.select("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.contains("script-src 'sha256-"), csp);
        assertEquals(1, index.select("script").size());
        assertEquals(1, index.select("table#documents tbody tr").size());
    }

    @Test
    void githubAnnotationsKeepErrorsWhenTheCapCuts(@TempDir Path dir) throws Exception {
        // 30 articles of warnings come first in input order; the one error is in the last article.
        for (int i = 10; i < 40; i++) {
            write(dir, "a" + i + ".txt", STORY);
        }
        write(dir, "z.txt", "Bridge plan\n\nThe council said the price was \u202Efixed\u202C for 2026.\n");
        var r = CliEndToEndTest.run("audit", "--no-html", "--format", "github", dir.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(51, lines.size(), "50 annotations and the notice");
        assertTrue(lines.get(0).startsWith("::error file=") && lines.get(0).contains("z.txt"), lines.get(0));
        assertTrue(lines.get(50).contains("not shown (first 50 only, errors first)"), lines.get(50));
    }

    @Test
    void articlesFromAnExportAreAnnotatedOnTheExportsOwnLines(@TempDir Path dir) throws Exception {
        Path export = write(dir, "export.jsonl", """
                {"id": "a-1", "title": "Calm", "body": "The council met."}
                {"id": "a-2", "title": "Shocking crisis", "body": "The council met."}
                {"id": "a#3", "title": "Shocking crisis", "body": "The council met."}
                """);
        Path sarif = dir.resolve("out.sarif");
        var r = CliEndToEndTest.run("audit", "--no-html", "--format", "sarif", "--output", sarif.toString(), "--format",
                "github", export.toString());
        String github = r.out().lines().filter(l -> l.contains("tone.hyperbole")).findFirst().orElseThrow();
        // GitHub can place "export.jsonl" line 2; "export.jsonl#a-2" is no file in the pull request.
        assertTrue(github.startsWith("::warning file=" + GithubReport.property(export.toString()) + ",line=2,title=tone.hyperbole::a-2, line 1, column 1: "),
                github);
        JsonNode results = JSON.readTree(sarif.toFile()).path("runs").get(0).path("results");
        List<JsonNode> hyperbole = new java.util.ArrayList<>();
        results.forEach(result -> {
            if (result.path("ruleId").asText().equals("tone.hyperbole")) {
                hyperbole.add(result);
            }
        });
        assertEquals(2, hyperbole.size());
        JsonNode location = hyperbole.get(0).path("locations").get(0).path("physicalLocation");
        assertTrue(location.path("artifactLocation").path("uri").asText().endsWith("export.jsonl"), location.toString());
        assertEquals(2, location.path("region").path("startLine").asInt());
        assertEquals(3, hyperbole.get(1).path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt());
        // An id may hold '#': the file is still the export, and the message names the whole id.
        assertTrue(hyperbole.get(1).path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri")
                .asText().endsWith("export.jsonl"));
        assertTrue(hyperbole.get(1).path("message").path("text").asText().startsWith("a#3, line 1"));
        // The same phrase in two records of one file keeps two fingerprints.
        assertFalse(hyperbole.get(0).path("partialFingerprints").equals(hyperbole.get(1).path("partialFingerprints")));
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
