package dev.copydesk.report.html;

import dev.copydesk.cli.CliEndToEndTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claims checklist an editor works through: every claim in order, its source or "No source", and the profile. */
class ClaimsChecklistTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theReportListsEveryClaimWithItsSourceAndTheJsonAgrees(@TempDir Path dir) throws Exception {
        Path article = Path.of(ClaimsChecklistTest.class.getResource("/articles/attributed.html").toURI());
        Path mixed = Files.writeString(dir.resolve("mixed.txt"), """
                Port fares

                LONDON, 4 May 2026 – Fares will rise by 8% next month, said Ana Ruiz. Experts say 40% of riders will \
                leave. Ridership fell by 12% last year.
                """);
        Path reports = dir.resolve("reports");
        var r = CliEndToEndTest.run("audit", "--reports", reports.toString(), "--format", "json", article.toString(),
                mixed.toString());
        JsonNode docs = JSON.readTree(r.out()).path("documents");

        JsonNode attributed = docs.get(0);
        var page = Jsoup.parse(reports.resolve("attributed.html").toFile(), "UTF-8");
        var items = page.select("ol.claims li");
        assertEquals(attributed.path("claims").size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            JsonNode claim = attributed.path("claims").get(i);
            assertEquals(claim.path("attributed").asBoolean(), item.hasClass("sourced"), item.outerHtml());
            String source = item.selectFirst(".source").text();
            assertTrue(claim.path("attributed").asBoolean() ? source.startsWith("Source: " + claim.path("source").asText())
                    : source.startsWith("No source"), source);
        }
        JsonNode profile = attributed.path("sourceProfile");
        assertEquals(4, profile.path("namedSources").asInt(), profile.toString());
        assertEquals("example.org", profile.path("linkDomains").get(0).asText());
        assertEquals("4", figure(page, "named sources"));
        assertEquals("100%", figure(page, "claims attributed"));

        JsonNode plain = docs.get(1);
        assertEquals("2026-05-04", plain.path("published").asText(), "the dateline dates the article");
        var mixedPage = Jsoup.parse(reports.resolve("mixed.html").toFile(), "UTF-8");
        var mixedItems = mixedPage.select("ol.claims li");
        assertEquals(3, mixedItems.size(), mixedItems.toString());
        assertEquals("Source: Ana Ruiz (named person)", mixedItems.get(0).selectFirst(".source").text());
        assertEquals("No source (leans on unnamed \"experts\")", mixedItems.get(1).selectFirst(".source").text());
        assertEquals("No source", mixedItems.get(2).selectFirst(".source").text());
        assertEquals("33%", figure(mixedPage, "claims attributed"));
        assertEquals("1", figure(mixedPage, "unnamed sources"));
    }

    private static String figure(org.jsoup.nodes.Document page, String name) {
        for (Element item : page.select("dl.profile div")) {
            if (item.selectFirst("dt").text().equals(name)) {
                return item.selectFirst("dd").text();
            }
        }
        return "no figure " + name;
    }

    @Test
    void aClaimShowsTheAttributionItRestsOnAndTheChecklistGroupsBySource(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("ferry.txt"), """
                Ferry fares

                The port authority said fares would rise by 8% in June. Campaigners say 40% of riders will leave. \
                The port authority also said 3 new boats would arrive in May.
                """);
        Path reports = dir.resolve("reports");
        var r = CliEndToEndTest.run("audit", "--no-config", "--fail-on", "never", "--reports", reports.toString(), "--format",
                "json", story.toString());
        JsonNode doc = JSON.readTree(r.out()).path("documents").get(0);
        JsonNode first = doc.path("claims").get(0);
        String text = Files.readString(story);
        assertEquals("The port authority", text.substring(first.path("sourceStart").asInt(), first.path("sourceEnd").asInt()),
                "sourceStart/sourceEnd point at the source in the file");
        JsonNode frames = doc.path("attributions");
        assertEquals(3, frames.size(), frames.toString());
        assertEquals("vague", frames.get(1).path("source").path("kind").asText());
        var page = Jsoup.parse(reports.resolve("ferry.html").toFile(), "UTF-8");
        assertEquals("As written: The port authority said", page.selectFirst("ol.claims li .frame").text());
        var groups = page.select("ul.claims-by-source li");
        assertEquals("The port authority (institution): claims 1, 3", groups.get(0).text(), groups.toString());
        assertEquals("Unnamed: campaigners: claim 2", groups.get(1).text(), groups.toString());
    }
}
