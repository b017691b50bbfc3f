package dev.copydesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.InputFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Claims read on top of attribution frames: who a claim rests on, and what is no claim at all. Articles written for this test. */
class ClaimFramesTest {
    private static AnalyzedDocument analyze(String body) throws Exception {
        String article = "Bridge news\n\n" + body + "\n";
        return Analyzer.analyze(new ArticleReader().parse("t.txt", InputFormat.TEXT, article.getBytes(StandardCharsets.UTF_8)),
                "en");
    }

    private static Optional<Claim> claimWith(AnalyzedDocument document, String words) {
        return document.claims().stream().filter(c -> document.blocks().get(c.block()).text()
                .substring(c.span().start(), c.span().end()).contains(words)).findFirst();
    }

    @Test
    void aClaimThatIsAFrameContentTakesItsSourceAndSpan() throws Exception {
        AnalyzedDocument document = analyze("The audit office said the repairs cost 40% more than planned.");
        Claim claim = claimWith(document, "40% more").orElseThrow();
        assertTrue(claim.attributed(), claim.toString());
        assertEquals("The audit office", claim.source().orElseThrow().name());
        assertTrue(claim.frame().isPresent(), "the frame says where the source is");
    }

    @Test
    void aVagueGroupFrameLeavesTheClaimUnsourcedButNamesTheGroup() throws Exception {
        AnalyzedDocument document = analyze("Campaigners say the closure cost shops 2 million pounds.");
        Claim claim = claimWith(document, "2 million").orElseThrow();
        assertFalse(claim.attributed());
        assertEquals(Optional.of("campaigners"), claim.vague());
    }

    @Test
    void aQuotationWhoseSpeakerIsNamedInTheNextSentencePartIsAttributed() throws Exception {
        AnalyzedDocument document = analyze("\u201CThe bridge will reopen in May,\u201D said Maren Holt, the chief engineer.");
        Claim claim = claimWith(document, "reopen in May").orElseThrow();
        assertTrue(claim.attributed(), claim.toString());
        assertEquals("Maren Holt", claim.source().orElseThrow().name());
    }

    @Test
    void refusalsAreNoClaims() throws Exception {
        AnalyzedDocument document = analyze("The transport ministry declined to comment on Tuesday. Maren Holt could not be "
                + "reached for comment. The ministry did not respond to requests from 12 papers.");
        assertEquals(List.of(), document.claims(), "nothing in a refusal can be checked");
        // In capitals, and by contraction: the words a refusal is looked for by fold case too.
        AnalyzedDocument shouted = analyze("THE MINISTRY REFUSED TO COMMENT ON TUESDAY. The agency wouldn't respond "
                + "to requests from 12 papers.");
        assertEquals(List.of(), shouted.claims(), "refusals in capitals or with a contraction");
    }

    @Test
    void aReportersOwnClaimWithATrailingParticipleStaysTheReporters() throws Exception {
        AnalyzedDocument document = analyze("Over the past year, 40 bridges have been repaired, with the minister stressing "
                + "that more money is needed.");
        Claim claim = claimWith(document, "40 bridges").orElseThrow();
        assertFalse(claim.attributed(), "the minister's words are only the sentence's tail: " + claim);
    }
}
