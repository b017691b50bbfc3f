package dev.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.analysis.Analyzer;
import dev.copydesk.analysis.Claim;
import dev.copydesk.analysis.SourceProfile;
import dev.copydesk.input.ArticleReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article written with named sources, quotes, a document and a link: its claims come out attributed, to the right source. */
class ClaimAttributionTest {
    @Test
    void attributedArticleIsMostlyAttributedToTheRightSources() throws Exception {
        Path file = Path.of(ClaimAttributionTest.class.getResource("/articles/attributed.html").toURI());
        AnalyzedDocument doc = Analyzer.analyze(new ArticleReader().read(file, "attributed.html"), null);
        List<Claim> claims = doc.claims();
        long attributed = claims.stream().filter(Claim::attributed).count();
        String listing = claims.stream().map(c -> c.type() + " -> " + c.source().map(s -> s.name()).orElse("NONE") + " | "
                + doc.blocks().get(c.block()).text().substring(c.span().start(), c.span().end())).toList().toString();
        assertTrue(claims.size() >= 10, listing);
        assertTrue(attributed >= 0.9 * claims.size(), attributed + " of " + claims.size() + " attributed: " + listing);
        assertEquals("Harbour Lines", sourceOf(doc, "will rise by 8%"));
        assertEquals("Karim Adeyemi", sourceOf(doc, "largest since 2019"));
        assertEquals("Port Authority", sourceOf(doc, "fell by 4%"));
        assertEquals("Rosa Lindqvist", sourceOf(doc, "would not change"));
        assertEquals("example.org", sourceOf(doc, "lists 14 routes"));
        assertEquals("the company's published fare table", sourceOf(doc, "£3.40"));
        // "Mr Adeyemi" is the Karim Adeyemi named before: one person, not two.
        assertEquals("Karim Adeyemi", sourceOf(doc, "faster than we expected"));
    }

    @Test
    void sourceProfileCountsWhoTheArticleNamesAndLinks() throws Exception {
        Path file = Path.of(ClaimAttributionTest.class.getResource("/articles/attributed.html").toURI());
        SourceProfile profile = Analyzer.analyze(new ArticleReader().read(file, "attributed.html"), null).sourceProfile();
        // Harbour Lines, Karim Adeyemi, Rosa Lindqvist, Tom Hale; the fare table, the Port Authority's figures, the survey.
        assertEquals(4, profile.namedSources(), profile.toString());
        assertEquals(3, profile.documents(), profile.toString());
        assertEquals(0, profile.anonymousSources(), profile.toString());
        assertEquals(List.of("example.org"), profile.linkDomains());
        assertEquals(1, profile.links());
        assertEquals(3, profile.directQuotes(), profile.toString());
        assertEquals(profile.claims(), profile.attributedClaims(), profile.toString());
    }

    private static String sourceOf(AnalyzedDocument doc, String phrase) {
        for (Claim c : doc.claims()) {
            String text = doc.blocks().get(c.block()).text().substring(c.span().start(), c.span().end());
            if (text.contains(phrase)) {
                return c.source().map(s -> s.name()).orElse("NONE");
            }
        }
        return "no claim contains " + phrase;
    }
}
