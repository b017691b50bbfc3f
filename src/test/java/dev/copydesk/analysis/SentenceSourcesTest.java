package dev.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.InputFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who each sentence speaks through, read with the memory of what came before: pronouns point
 * back to the last person or body named, a closing tag covers one sentence before it and no
 * more, and a quotation that runs into the next paragraph keeps its speaker. Articles written
 * for this test; the sentence reader alone, without the attribution frames layered on it.
 */
class SentenceSourcesTest {
    /** Each claim's source name (or "-" for none), in the article's order. */
    private static List<String> sources(String... paragraphs) throws Exception {
        String article = "Council news\n\n" + String.join("\n\n", paragraphs) + "\n";
        AnalyzedDocument document = Analyzer.analyze(new ArticleReader().parse("t.txt", InputFormat.TEXT,
                article.getBytes(StandardCharsets.UTF_8)), "en");
        List<Claim> claims = new SentenceSources(document.document().links()).claims(document.blocks());
        return claims.stream().map(c -> c.source().map(Source::name).orElse("-")).toList();
    }

    @Test
    void aPronounPointsBackToThePersonLastNamed() throws Exception {
        assertEquals(List.of("Maren Holt", "Maren Holt"), sources(
                "Maren Holt said the repair budget would rise by 4% next year.",
                "She said 30% of the money would go to the old bridge."));
    }

    @Test
    void itPointsBackToTheBodyLastNamedNotThePerson() throws Exception {
        assertEquals(List.of("Maren Holt", "Audit Office", "Audit Office"), sources(
                "Maren Holt said fares would rise by 4% next year.",
                "The figures were 20% lower last year, according to the Audit Office.",
                "It said 12 of the 40 bridges needed repair."));
    }

    @Test
    void aClosingTagCoversTheOneSentenceBeforeIt() throws Exception {
        assertEquals(List.of("-", "British Retail Consortium", "British Retail Consortium"), sources(
                "Prices rose 3% in 2020. Sales fell 4% in March. The figures were 2% worse than forecast, "
                        + "the British Retail Consortium said."));
    }

    @Test
    void aSentenceLeaningOnAVagueSourceIsNotCoveredByTheNextTag() throws Exception {
        List<String> found = sources("Experts say prices will rise 5% this year. Sales fell 4% in March, the "
                + "British Retail Consortium said.");
        assertEquals("-", found.get(0), "the experts' claim stays theirs: " + found);
        assertEquals("British Retail Consortium", found.get(1));
    }

    @Test
    void aQuotationRunningIntoTheNextParagraphKeepsItsSpeaker() throws Exception {
        // News style: a quotation that goes on in the next paragraph leaves its mark open and opens that paragraph again.
        assertEquals(List.of("Maren Holt", "Maren Holt", "Maren Holt"), sources(
                "\u201CWe spent 40% more on roads this year,\u201D said Maren Holt. \u201CAnd we will spend more.",
                "\u201CNext year it will be 10% more again.\u201D"));
    }

    @Test
    void aParagraphWithNoSourceEndsTheRunOfTheLastOne() throws Exception {
        assertEquals(List.of("Maren Holt", "-"), sources(
                "Maren Holt said the repair budget would rise by 4% next year.",
                "Bus fares went up by 8% in the spring."));
    }

    @Test
    void aLinkAttributesItsSentence() throws Exception {
        String html = "<html><head><title>Council news</title></head><body><p>Fares rose 4% last year, "
                + "<a href=\"https://www.example.org/fares\">the figures show</a>.</p></body></html>";
        AnalyzedDocument document = Analyzer.analyze(new ArticleReader().parse("t.html", InputFormat.HTML,
                html.getBytes(StandardCharsets.UTF_8)), "en");
        List<Claim> claims = new SentenceSources(document.document().links()).claims(document.blocks());
        assertEquals(Optional.of(new Source("example.org", "link")), claims.get(0).source());
    }
}
