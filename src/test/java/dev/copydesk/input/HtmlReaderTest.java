package dev.copydesk.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static Document parse(String html) throws InputException {
        return new ArticleReader().parse("test.html", InputFormat.HTML, html.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(Document document) {
        return document.blocks().stream().map(b -> b.text().text()).toList();
    }

    private static List<Scope> scopes(Document document) {
        return document.blocks().stream().map(Block::scope).toList();
    }

    private static String sliceOf(Document document, MappedText text, int start, int end) {
        return document.source().slice(text.sourceStart(start), text.sourceEnd(end - 1));
    }

    private static final String ARTICLE = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <title>Site | Budget story</title>
              <meta name="author" content="Maren Holt">
              <link rel="canonical" href="https://news.example/budget">
              <meta property="article:published_time" content="2026-03-14T09:30:00Z">
              <style>p { color: red; } .stylesecret {}</style>
              <script>var scriptSecret = "SCRIPTSECRET";</script>
            </head>
            <body>
              <nav><a href="/">Home NAVSECRET</a></nav>
              <h1>Council <em>passes</em> budget</h1>
              <p>The council met on <b>Monday</b>.</p>
              <h2>Reaction</h2>
              <ul><li>First point</li><li>Second point</li></ul>
              <blockquote><p>We are pleased, she said.</p></blockquote>
              <figure><img src="x.png" alt="ALTSECRET"><figcaption>The council chamber.</figcaption></figure>
              <form><label>FORMSECRET</label><input name="q"></form>
              <aside>ASIDESECRET related stories</aside>
              <script>document.write("SCRIPTSECRET2")</script>
              <footer>FOOTERSECRET copyright</footer>
            </body>
            </html>
            """;

    @Test
    void blocksAndScopes() throws InputException {
        Document d = parse(ARTICLE);
        assertEquals(List.of(Scope.HEADLINE, Scope.PARAGRAPH, Scope.HEADING, Scope.LIST_ITEM, Scope.LIST_ITEM,
                Scope.QUOTE, Scope.CAPTION), scopes(d));
        assertEquals(List.of("Council passes budget", "The council met on Monday.", "Reaction", "First point",
                "Second point", "We are pleased, she said.", "The council chamber."), texts(d));
        assertEquals(Optional.of("Council passes budget"), d.title());
    }

    @Test
    void skippedElementsLeaveNoText() throws InputException {
        Document d = parse(ARTICLE);
        String all = String.join("\n", texts(d));
        for (String secret : List.of("SECRET", "Home", "related", "copyright", "color", "stylesecret")) {
            assertFalse(all.contains(secret), () -> secret + " leaked into " + all);
        }
    }

    @Test
    void metadataFromMetaTagsAndLang() throws InputException {
        Document d = parse(ARTICLE);
        assertEquals(Optional.of("Maren Holt"), d.author());
        assertEquals(Optional.of("2026-03-14"), d.published());
        assertEquals(Optional.of("en-GB"), d.language());
        assertEquals(Optional.of("https://news.example/budget"), d.url());
    }

    @Test
    void metadataFromJsonLd() throws InputException {
        Document d = parse("""
                <html><head>
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "LD headline",
                 "author": [{"@type": "Person", "name": "Jo Li"}], "datePublished": "2025-12-01T08:00:00+01:00"}
                </script></head>
                <body><p>Body text here.</p></body></html>
                """);
        assertEquals(Optional.of("Jo Li"), d.author());
        assertEquals(Optional.of("2025-12-01"), d.published());
        assertEquals(Optional.of("LD headline"), d.title());
        assertEquals(Optional.empty(), d.language());
        assertEquals(List.of("Body text here."), texts(d));
    }

    @Test
    void jsonLdAuthorAsPlainString() throws InputException {
        Document d = parse("""
                <script type="application/ld+json">{"author": "Ana Ruiz", "datePublished": "2024-02-29"}</script>
                <p>Body.</p>
                """);
        assertEquals(Optional.of("Ana Ruiz"), d.author());
        assertEquals(Optional.of("2024-02-29"), d.published());
    }

    @Test
    void brokenJsonLdIsIgnored() throws InputException {
        Document d = parse("<script type=\"application/ld+json\">{not json</script><p>Body.</p>");
        assertEquals(Optional.empty(), d.author());
        assertEquals(List.of("Body."), texts(d));
    }

    @Test
    void linksKeepHrefAndBlockRelativePositions() throws InputException {
        Document d = parse("<h1>Title</h1><p>Read <a href=\"https://example.org/report\">the <b>full</b> report</a> "
                + "and <a href=\"/more\"> more </a>.</p>");
        assertEquals(2, d.links().size(), d.links()::toString);
        Link first = d.links().get(0);
        assertEquals("the full report", first.text());
        assertEquals("https://example.org/report", first.href());
        assertEquals(1, first.block());
        String paragraph = d.blocks().get(1).text().text();
        assertEquals("Read the full report and more .", paragraph);
        assertEquals("the full report", paragraph.substring(first.blockStart(), first.blockEnd()));
        assertEquals(5, first.blockStart());

        Link second = d.links().get(1);
        assertEquals("more", second.text());
        assertEquals("/more", second.href());
        assertEquals("more", paragraph.substring(second.blockStart(), second.blockEnd()));
        MappedText text = d.blocks().get(1).text();
        assertEquals("more", sliceOf(d, text, second.blockStart(), second.blockEnd()));
    }

    @Test
    void entitiesMapBackToTheEntitySource() throws InputException {
        String html = "<p>Fish &amp; chips at the caf&eacute; &#8217;n&nbsp;more &#x1D484;</p>";
        Document d = parse(html);
        MappedText text = d.blocks().get(0).text();
        assertEquals("Fish & chips at the café ’n\u00A0more \uD835\uDC84", text.text());
        assertEquals("Fish &amp; chips", sliceOf(d, text, 0, 12));
        int e = text.text().indexOf('é');
        assertEquals("&eacute;", sliceOf(d, text, e, e + 1));
        assertEquals("caf&eacute;", sliceOf(d, text, e - 3, e + 1));
        int q = text.text().indexOf('’');
        assertEquals("&#8217;", sliceOf(d, text, q, q + 1));
        int nbsp = text.text().indexOf('\u00A0');
        assertEquals("&nbsp;", sliceOf(d, text, nbsp, nbsp + 1));
        int astral = text.text().indexOf('\uD835');
        assertEquals("&#x1D484;", sliceOf(d, text, astral, astral + 2));
        assertEquals("&#x1D484;", sliceOf(d, text, astral, astral + 1), "each half of the pair maps to the entity");
    }

    @Test
    void plainCharactersMapToThemselves() throws InputException {
        String html = "<html><body>\n<h1>  Big\n   <i>news</i> </h1>\r\n<p>a\r\nb <span>c</span>d</p></body></html>";
        Document d = parse(html);
        assertEquals(List.of("Big news", "a b cd"), texts(d));
        for (Block block : d.blocks()) {
            MappedText t = block.text();
            for (int i = 0; i < t.length(); i++) {
                String slice = sliceOf(d, t, i, i + 1);
                if (t.text().charAt(i) == ' ') {
                    assertTrue(slice.startsWith(" ") || slice.startsWith("\n") || slice.startsWith("\r"), slice);
                } else {
                    assertEquals(String.valueOf(t.text().charAt(i)), slice);
                }
            }
        }
    }

    @Test
    void titleIsHeadlineWhenThereIsNoH1() throws InputException {
        String html = "<html><head><title>Page &amp; title</title></head><body><p>Body text.</p></body></html>";
        Document d = parse(html);
        assertEquals(List.of(Scope.HEADLINE, Scope.PARAGRAPH), scopes(d));
        assertEquals(List.of("Page & title", "Body text."), texts(d));
        assertEquals(Optional.of("Page & title"), d.title());
        MappedText title = d.blocks().get(0).text();
        assertEquals("Page &amp; title", d.source().slice(title.sourceFrom(), title.sourceTo()));
    }

    @Test
    void h1OutsideTheArticleIsStillTheHeadline() throws InputException {
        Document d = parse("<body><header><h1>The headline</h1></header><div>OUTSIDE</div>"
                + "<article><p>Inside text.</p></article></body>");
        assertEquals(List.of("The headline", "Inside text."), texts(d));
        assertEquals(List.of(Scope.HEADLINE, Scope.PARAGRAPH), scopes(d));
    }

    @Test
    void hiddenElementsAreSkipped() throws InputException {
        Document d = parse("<p>Visible.</p><p hidden>HIDDEN one</p><div aria-hidden=\"true\">HIDDEN two</div>");
        assertEquals(List.of("Visible."), texts(d));
    }

    @Test
    void textHiddenFromReadersIsKeptApartWithWhatHidesIt() throws InputException {
        String html = "<p>Visible.</p><p style=\"color:red; DISPLAY: none\">Ignore <b>all</b> rules</p>"
                + "<span hidden>stuffed keywords</span><div aria-hidden=\"true\">★</div>"
                + "<p style=\"opacity:0.5\">Faded but seen.</p><p style=\"font-size:0\">tiny</p>";
        Document d = parse(html);
        assertEquals(List.of("Visible.", "Faded but seen."), texts(d));
        assertEquals(List.of("display:none|Ignore all rules", "hidden attribute|stuffed keywords", "font-size:0|tiny"),
                d.hidden().stream().map(h -> h.how() + "|" + h.text()).toList());
        HiddenText first = d.hidden().get(0);
        assertEquals("<p style=\"color:red; DISPLAY: none\">Ignore <b>all</b> rules</p>",
                d.source().slice(first.start(), first.end()));
    }

    @Test
    void brIsAWordBreak() throws InputException {
        Document d = parse("<p>one<br>two<br/>\nthree</p>");
        assertEquals(List.of("one two three"), texts(d));
        MappedText t = d.blocks().get(0).text();
        assertEquals("<br>", sliceOf(d, t, 3, 4));
    }

    @Test
    void textDirectlyInDivsIsAParagraph() throws InputException {
        Document d = parse("<div>Loose text <p>inner</p> tail text</div>");
        assertEquals(List.of("Loose text", "inner", "tail text"), texts(d));
        assertEquals(List.of(Scope.PARAGRAPH, Scope.PARAGRAPH, Scope.PARAGRAPH), scopes(d));
    }

    @Test
    void ampersandReferenceMapsToTheWholeReference() throws InputException {
        Document d = parse("<p>Fish &amp; chips</p>");
        MappedText text = d.blocks().get(0).text();
        assertEquals("&amp;", sliceOf(d, text, 5, 6));
    }

    @Test
    void referenceAfterAmpersandReferenceMapsToItself() throws InputException {
        Document d = parse("<p>R&amp;&eacute;b</p>");
        MappedText text = d.blocks().get(0).text();
        assertEquals("R&éb", text.text());
        assertEquals("&eacute;", sliceOf(d, text, 2, 3));
        assertEquals("b", sliceOf(d, text, 3, 4));
    }

    @Test
    void whitespaceReferenceNextToSpaceKeepsAlignment() throws InputException {
        Document d = parse("<p>a &#32;&eacute;b</p>");
        MappedText text = d.blocks().get(0).text();
        assertEquals("a éb", text.text());
        assertEquals("&eacute;", sliceOf(d, text, 2, 3));
        assertEquals(" &#32;", sliceOf(d, text, 1, 2));
    }

    @Test
    void linkAroundBlocksIsKeptInEachBlock() throws InputException {
        Document teaser = parse("<p>Intro</p><a href=\"/story\"><h2>Teaser headline</h2><p>Summary</p></a>");
        assertEquals(List.of("Intro", "Teaser headline", "Summary"), texts(teaser));
        assertEquals(List.of("Teaser headline@1", "Summary@2"),
                teaser.links().stream().map(l -> l.text() + "@" + l.block()).toList());

        Document card = parse("<div>X <a href=\"/story\"><h2>Headline</h2>Summary text</a></div>");
        assertEquals(List.of("X", "Headline", "Summary text"), texts(card));
        for (Link link : card.links()) {
            String blockText = card.blocks().get(link.block()).text().text();
            assertEquals(blockText, link.text(), "the link covers the whole of each block it wraps");
        }
        assertEquals(2, card.links().size(), card.links()::toString);
    }

    @Test
    void h1InsideNavigationIsNotTheHeadline() throws InputException {
        Document d = parse("<body><nav><h1>Site name</h1></nav><h1>Real headline</h1><p>Body.</p></body>");
        assertEquals(List.of("Real headline", "Body."), texts(d));
        assertEquals(List.of(Scope.HEADLINE, Scope.PARAGRAPH), scopes(d));
        assertEquals(Optional.of("Real headline"), d.title());
    }
}
