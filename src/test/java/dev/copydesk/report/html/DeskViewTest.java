package dev.copydesk.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.cli.CliEndToEndTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as the editor's desk lays it out: the verdict first, one "Fix these first" card per
 * rule with its count and places, highlights coloured by severity, and an HTML article's text
 * read as text in excerpts. Articles written for this test.
 */
class DeskViewTest {
    private static final String PUFFERY = """
            Council unveils a pivotal plan

            The pivotal vote marks a turning point. A pivotal moment, said one councillor, and a pivotal
            week for the town. Experts say the plan is unprecedented.
            """;

    private static final String HTML = "<html><head><title>Budget &amp; bridges</title></head><body><h1>You Won&#39;t "
            + "Believe the Budget</h1><p>The council approved a &pound;48 million budget&#8203; on Thursday, a pivotal moment.</p>"
            + "<p>&ldquo;It is absolutely the wrong moment,&rdquo; said a resident.</p></body></html>";

    private static Document report(Path dir, String name, String article) throws Exception {
        Path file = Files.writeString(dir.resolve(name), article, StandardCharsets.UTF_8);
        Path reports = dir.resolve("reports");
        CliEndToEndTest.run("audit", "--no-config", "--reports", reports.toString(), file.toString());
        return Jsoup.parse(reports.resolve(name.replaceAll("\\.[a-z]+$", "") + ".html").toFile(), "UTF-8");
    }

    @Test
    void theVerdictComesFirstAndEachRuleHasOneCardWithItsCount(@TempDir Path dir) throws Exception {
        Document page = report(dir, "plan.txt", PUFFERY);
        Element verdict = page.selectFirst("p.verdict");
        assertTrue(verdict.text().matches("Score \\d+/100 · \\d+ errors? · \\d+ warnings? · \\d+ of \\d+ claims without a source.*"),
                verdict.text());
        assertTrue(verdict.elementSiblingIndex() < page.selectFirst(".desk").elementSiblingIndex(), "the verdict is above the desk");
        Set<String> rules = new TreeSet<>();
        for (Element card : page.select("ol.fixes > li.fix")) {
            assertTrue(rules.add(card.id()), "one card per rule: " + card.id());
            assertFalse(card.selectFirst(".title").text().matches(".*[a-z]+\\.[a-z-]+.*"), "no rule id as a label: " + card.text());
        }
        Element puffery = page.getElementById("fix-tone.puffery");
        assertTrue(puffery.selectFirst(".title").text().contains("Puffery ×"), puffery.text());
        assertTrue(puffery.select("a.jump").size() >= 2, "its places, each once: " + puffery.text());
        assertTrue(puffery.selectFirst("a.jump").attr("href").startsWith("#f"), "a place leads to its finding");
    }

    @Test
    void highlightsAreColouredBySeverityAndTheCategoryIsAWord(@TempDir Path dir) throws Exception {
        Document page = report(dir, "plan.txt", PUFFERY);
        for (Element mark : page.select(".article mark")) {
            assertTrue(mark.classNames().stream().anyMatch(c -> c.startsWith("sev-")), mark.outerHtml());
        }
        String css = page.selectFirst("style").data();
        assertTrue(css.contains("mark.sev-warning{"), "the shared stylesheet colours marks by severity");
        assertFalse(css.contains("mark.cat-tone{"), "no colour by category");
        assertEquals("Tone", page.getElementById("fix-tone.puffery").selectFirst(".label").text());
    }

    @Test
    void anHtmlArticlesExcerptsReadAsTextNotAsCharacterReferences(@TempDir Path dir) throws Exception {
        Document page = report(dir, "budget.html", HTML);
        // The findings' excerpts and the cards' places (the rule notes further down quote rule examples as written).
        String excerpts = page.select("ol.findings .excerpt, ol.fixes a.jump").text();
        assertFalse(excerpts.contains("&pound;") || excerpts.contains("&#8203;") || excerpts.contains("&ldquo;"), excerpts);
        assertTrue(excerpts.contains("£48"), excerpts);
        // Messages quote what the reader sees, too.
        String messages = page.select("ol.findings li").text();
        assertTrue(messages.contains("\"You Won't Believe\""), messages);
        assertFalse(messages.contains("&#39;"), messages);
    }
}
