package dev.copydesk.report.html;

import dev.copydesk.cli.CliEndToEndTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scores as an editor and a CI policy meet them: deductions in the report, thresholds in copydesk.yaml. */
class ScoreReportTest {
    private static final String STORY = """
            Shocking crisis hits the town!

            In a dramatic escalation, the council voted 31 to 12 on Tuesday. Experts say the plan is doomed.
            The unprecedented move sparked outrage, and critics say it was a disaster. Act now before it is too late!
            """;

    @Test
    void everyDeductionLinksToWhatCausedItAndTheyAddUpToTheScore(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY, StandardCharsets.UTF_8);
        Path reports = dir.resolve("reports");
        CliEndToEndTest.run("audit", "--reports", reports.toString(), story.toString());
        var page = Jsoup.parse(reports.resolve("story.html").toFile(), "UTF-8");
        var gauges = page.select(".gauge");
        assertEquals(6, gauges.size());
        for (Element gauge : gauges) {
            int score = Integer.parseInt(gauge.selectFirst("svg text").text());
            double lost = 0;
            for (Element item : gauge.select("ul.deductions li")) {
                Element points = item.selectFirst("b");
                if (points == null) {
                    continue;
                }
                String text = points.text();
                double value = Double.parseDouble(text.substring(1));
                lost += text.startsWith("+") ? -value : value;
                Element cause = item.selectFirst("a");
                assertTrue(cause != null, item.outerHtml());
                for (Element link : item.select("a")) {
                    String target = link.attr("href").substring(1);
                    assertFalse(page.getElementsByAttributeValue("id", target).isEmpty(), "dangling link " + link);
                }
            }
            assertEquals(100 - score, lost, 0.05, gauge.selectFirst(".name").text());
        }
        assertTrue(page.select(".gauge#score-tone li a[href^=#f]").size() > 0, "tone deductions name their findings");
    }

    @Test
    void minimumScoresInTheConfigFailTheRunNamingArticleScoreAndThreshold(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY, StandardCharsets.UTF_8);
        Path config = Files.writeString(dir.resolve("copydesk.yaml"), "min-score: {overall: 99, tone: 95}\n",
                StandardCharsets.UTF_8);
        var r = CliEndToEndTest.run("audit", "--no-html", "--fail-on", "never", "--config", config.toString(), story.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*copydesk: .*story\\.txt: overall score \\d+ is below the minimum of 99.*"), r.err());
        assertTrue(r.err().contains("tone score"), r.err());
        Path lenient = Files.writeString(dir.resolve("lenient.yaml"), "min-score: {overall: 1}\n", StandardCharsets.UTF_8);
        assertEquals(0, CliEndToEndTest.run("audit", "--no-html", "--fail-on", "never", "--config", lenient.toString(),
                story.toString()).code());
    }
}
