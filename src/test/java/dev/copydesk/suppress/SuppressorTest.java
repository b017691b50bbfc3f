package dev.copydesk.suppress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.audit.Auditor;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.finding.Finding;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.InputFormat;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.RuleLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Suppression comments in HTML and Markdown, end to end through the auditor. */
class SuppressorTest {
    private static Auditor auditor;

    @BeforeAll
    static void compile() throws Exception {
        RuleCatalog catalog = RuleLoader.loadShipped();
        auditor = new Auditor(catalog, null, null);
    }

    private static DocumentResult audit(InputFormat format, String source) throws Exception {
        return auditor.audit(new ArticleReader().parse("story", format, source.getBytes(StandardCharsets.UTF_8)));
    }

    /** "line rule excerpt" of each finding of the given rules. */
    private static List<String> shown(List<Finding> findings, String... rules) {
        return findings.stream().filter(f -> List.of(rules).contains(f.rule()))
                .map(f -> f.location().line() + " " + f.rule() + " " + f.location().excerpt()).toList();
    }

    private static List<String> trail(DocumentResult result) {
        return result.suppressed().stream().map(s -> s.finding().location().line() + " " + s.finding().rule() + " "
                + s.finding().location().excerpt() + " <- " + s.directive().keyword() + "@" + s.directive().line() + ": "
                + s.directive().reason()).toList();
    }

    @Test
    void htmlSpansNextBlocksAndWholeFiles() throws Exception {
        DocumentResult result = audit(InputFormat.HTML, """
                <html><head><title>Budget</title><meta name="author" content="A. Writer">
                <!-- copydesk-disable-file hygiene.missing-date -- dated by the CMS on publication -->
                </head><body><article><h1>Budget approved</h1>
                <!-- copydesk-disable-next tone.hyperbole -- the minister's words, reported -->
                <p>The minister called it an unprecedented vote.</p>
                <p>An unprecedented second vote followed.</p>
                <!-- copydesk-disable tone -- sidebar copy, kept as supplied -->
                <p>A shocking result.</p>
                <p>Stay tuned.</p>
                <!-- copydesk-enable tone -->
                <p>The final vote was unprecedented.</p>
                </article></body></html>
                """);
        assertEquals(List.of("6 tone.hyperbole unprecedented", "11 tone.hyperbole unprecedented"),
                shown(result.findings(), "tone.hyperbole", "tone.engagement-bait"));
        assertEquals(List.of(
                "3 hygiene.missing-date Budget approved <- copydesk-disable-file@2: dated by the CMS on publication",
                "5 tone.hyperbole unprecedented <- copydesk-disable-next@4: the minister's words, reported",
                "8 tone.hyperbole shocking <- copydesk-disable@7: sidebar copy, kept as supplied",
                "9 tone.engagement-bait Stay tuned <- copydesk-disable@7: sidebar copy, kept as supplied"), trail(result));
    }

    @Test
    void markdownDirectivesMapToTheFileLinesPastFrontMatterAndQuotes() throws Exception {
        DocumentResult result = audit(InputFormat.MARKDOWN, """
                ---
                title: Budget
                ---
                # Budget approved

                <!-- copydesk-disable-next tone.hyperbole -- quoted from the minister -->
                The minister called it an unprecedented vote.

                Another unprecedented vote. Inline <!-- copydesk-disable-next tone -- wire copy --> comment.

                A shocking third vote.

                > <!-- copydesk-disable all -- a reader's letter,
                > printed as sent -->
                > Shocking and unprecedented.

                <!-- copydesk-enable all -->

                ```
                <!-- copydesk-disable all -- this is code, not a comment -->
                ```

                The last vote was unprecedented.
                """);
        assertEquals(List.of("9 tone.hyperbole unprecedented", "23 tone.hyperbole unprecedented"),
                shown(result.findings(), "tone.hyperbole"));
        assertEquals(List.of(
                "7 tone.hyperbole unprecedented <- copydesk-disable-next@6: quoted from the minister",
                "11 tone.hyperbole shocking <- copydesk-disable-next@9: wire copy",
                "15 tone.hyperbole Shocking <- copydesk-disable@13: a reader's letter, printed as sent",
                "15 tone.hyperbole unprecedented <- copydesk-disable@13: a reader's letter, printed as sent"),
                trail(result).stream().filter(s -> s.contains("tone.")).toList());
    }

    @Test
    void aDirectiveWithoutAReasonSuppressesNothingAndIsReportedOnce() throws Exception {
        DocumentResult result = audit(InputFormat.HTML, """
                <html><body><article><h1>Budget approved</h1>
                <!-- copydesk-disable tone.hyperbole -->
                <p>An unprecedented vote.</p>
                <!-- copydesk-enable tone.hyperbole -->
                <!-- copydesk-disable-next tone --   -->
                <p>A shocking vote.</p>
                </article></body></html>
                """);
        assertEquals(List.of("2 hygiene.suppression-without-reason <!-- copydesk-disable tone.hyperbole -->",
                "3 tone.hyperbole unprecedented", "5 hygiene.suppression-without-reason <!-- copydesk-disable-next tone --   -->",
                "6 tone.hyperbole shocking"), shown(result.findings(), "tone.hyperbole",
                        "hygiene.suppression-without-reason", "hygiene.suppression-invalid"));
        assertTrue(result.suppressed().isEmpty());
    }

    @Test
    void invalidDirectivesAreReportedAndIgnored() throws Exception {
        DocumentResult result = audit(InputFormat.HTML, """
                <html><body><article><h1>Budget approved</h1>
                <!-- copydesk-disable-next tone.hyperbol -- typo in the rule -->
                <p>An unprecedented vote.</p>
                <!-- copydesk-disabel tone -- typo in the keyword -->
                <!-- copydesk-disable-next -- no rule named -->
                <!-- copydesk-enable clarity -->
                <!-- an ordinary comment about copydesk-disable -->
                </article></body></html>
                """);
        List<String> invalid = result.findings().stream().filter(f -> f.rule().equals("hygiene.suppression-invalid"))
                .map(f -> f.location().line() + " " + f.message()).toList();
        assertEquals(List.of(
                "2 This copydesk comment is ignored: unknown rule 'tone.hyperbol' (`copydesk rules` lists them).",
                "4 This copydesk comment is ignored: unknown directive 'copydesk-disabel'; expected copydesk-disable, "
                        + "copydesk-disable-next, copydesk-disable-file or copydesk-enable.",
                "5 This copydesk comment is ignored: copydesk-disable-next names no rule; name rule ids, packs, "
                        + "categories or all.",
                "6 This copydesk comment is ignored: nothing to enable: no copydesk-disable of clarity is open here."),
                invalid);
        assertEquals(List.of("3 tone.hyperbole unprecedented"), shown(result.findings(), "tone.hyperbole"));
    }

    @Test
    void directiveProblemsCannotBeSuppressedAndMarkupThatIsNotACommentIsIgnored() throws Exception {
        DocumentResult result = audit(InputFormat.HTML, """
                <html><head><script>var s = "<!-- copydesk-disable-file all -- in a script -->";</script></head>
                <body><article><h1>Budget approved</h1>
                <!-- copydesk-disable all -- everything below is syndicated -->
                <!-- copydesk-disable-next tone -->
                <p>An unprecedented vote.</p>
                <textarea><!-- copydesk-disable-file all -- in a textarea --></textarea>
                </article></body></html>
                """);
        assertEquals(List.of("4 hygiene.suppression-without-reason <!-- copydesk-disable-next tone -->"),
                shown(result.findings(), "tone.hyperbole", "hygiene.suppression-without-reason"));
        assertEquals(List.of("5 tone.hyperbole unprecedented <- copydesk-disable@3: everything below is syndicated"),
                trail(result).stream().filter(s -> s.contains("tone.")).toList());
    }

    @Test
    void aCommentInACodeSpanIsCodeNotADirective() throws Exception {
        DocumentResult result = audit(InputFormat.MARKDOWN, """
                # Budget approved

                Templates use `<!-- copydesk-disable-next tone -- in code -->` before quotes.
                An unprecedented vote.
                """);
        assertTrue(result.suppressed().isEmpty());
        assertEquals(List.of("4 tone.hyperbole unprecedented"), shown(result.findings(), "tone.hyperbole"));
    }

    @Test
    void plainTextHasNoCommentsAndSuppressedFindingsCostNoPoints() throws Exception {
        DocumentResult text = audit(InputFormat.TEXT, """
                Budget approved

                <!-- copydesk-disable-next tone -- not a comment in plain text -->
                An unprecedented, shocking, dramatic vote.
                """);
        assertTrue(text.suppressed().isEmpty());
        DocumentResult plain = audit(InputFormat.MARKDOWN, "# Budget approved\n\nAn unprecedented, shocking, dramatic vote.\n");
        DocumentResult waived = audit(InputFormat.MARKDOWN, "# Budget approved\n\n"
                + "<!-- copydesk-disable-next tone -- quoted -->\nAn unprecedented, shocking, dramatic vote.\n");
        assertTrue(plain.scores().get("tone") < 100, plain.scores().toString());
        assertEquals(100, waived.scores().get("tone"));
        assertEquals(plain.findings().stream().filter(f -> f.rule().startsWith("tone.")).count(), waived.suppressed().size());
        assertTrue(waived.suppressed().size() >= 2);
    }
}
