package dev.copydesk.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    private static Document parse(String markdown) throws InputException {
        return new ArticleReader().parse("test.md", InputFormat.MARKDOWN, markdown.getBytes(StandardCharsets.UTF_8));
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
            # Council passes budget

            The council met on *Monday* and **voted** late.

            ## Reaction

            - First point
            - Second `point`

            > We are pleased,
            > she said.

            ```
            CODESECRET fenced code
            ```

                INDENTEDSECRET code

            <div>HTMLSECRET</div>

            Read [the report](https://example.org/report) now.
            """;

    @Test
    void blocksAndScopes() throws InputException {
        Document d = parse(ARTICLE);
        assertEquals(List.of("Council passes budget", "The council met on Monday and voted late.", "Reaction",
                "First point", "Second point", "We are pleased, she said.", "Read the report now."), texts(d));
        assertEquals(List.of(Scope.HEADLINE, Scope.PARAGRAPH, Scope.HEADING, Scope.LIST_ITEM, Scope.LIST_ITEM,
                Scope.QUOTE, Scope.PARAGRAPH), scopes(d));
        assertEquals(Optional.of("Council passes budget"), d.title());
        assertEquals(InputFormat.MARKDOWN, d.format());
    }

    @Test
    void codeAndRawHtmlAreExcluded() throws InputException {
        String all = String.join("\n", texts(parse(ARTICLE)));
        assertFalse(all.contains("SECRET"), all);
    }

    @Test
    void linksAreKept() throws InputException {
        Document d = parse(ARTICLE);
        assertEquals(1, d.links().size(), d.links()::toString);
        Link link = d.links().get(0);
        assertEquals("the report", link.text());
        assertEquals("https://example.org/report", link.href());
        assertEquals(6, link.block());
        assertEquals("the report", d.blocks().get(6).text().text().substring(link.blockStart(), link.blockEnd()));
        assertEquals("the report", sliceOf(d, d.blocks().get(6).text(), link.blockStart(), link.blockEnd()));
    }

    @Test
    void emphasisAndCodeMapToTheirText() throws InputException {
        Document d = parse(ARTICLE);
        MappedText p = d.blocks().get(1).text();
        int m = p.text().indexOf("Monday");
        assertEquals("Monday", sliceOf(d, p, m, m + 6));
        MappedText item = d.blocks().get(4).text();
        int c = item.text().indexOf("point");
        assertEquals("point", sliceOf(d, item, c, c + 5));
    }

    @Test
    void secondLevelOneHeadingIsAHeading() throws InputException {
        Document d = parse("# First\n\ntext\n\n# Second\n");
        assertEquals(List.of(Scope.HEADLINE, Scope.PARAGRAPH, Scope.HEADING), scopes(d));
    }

    @Test
    void frontMatterGivesMetadataAndIsNotText() throws InputException {
        String md = "---\ntitle: Front title\nauthor: Jo Li\ndate: 2026-01-02\nlang: de\n---\nBody paragraph.\n";
        Document d = parse(md);
        assertEquals(List.of("Body paragraph."), texts(d));
        assertEquals(List.of(Scope.PARAGRAPH), scopes(d));
        assertEquals(Optional.of("Front title"), d.title());
        assertEquals(Optional.of("Jo Li"), d.author());
        assertEquals(Optional.of("2026-01-02"), d.published());
        assertEquals(Optional.of("de"), d.language());
        MappedText body = d.blocks().get(0).text();
        assertEquals(md.indexOf("Body"), body.sourceFrom());
        assertEquals("Body paragraph.", d.source().slice(body.sourceFrom(), body.sourceTo()));
    }

    @Test
    void frontMatterWithCrlfAndHeadline() throws InputException {
        String md = "---\r\ntitle: Front title\r\ndate: \"2026-01-02T10:00:00Z\"\r\n---\r\n# Real headline\r\n\r\nBody.\r\n";
        Document d = parse(md);
        assertEquals(List.of("Real headline", "Body."), texts(d));
        assertEquals(Optional.of("Real headline"), d.title(), "a # headline wins over front matter");
        assertEquals(Optional.of("2026-01-02"), d.published());
        MappedText headline = d.blocks().get(0).text();
        assertEquals("Real headline", d.source().slice(headline.sourceFrom(), headline.sourceTo()));
    }

    @Test
    void backslashEscapesMapToTheEscape() throws InputException {
        String md = "Price \\*not\\* emphasised \\[really\\]\n";
        Document d = parse(md);
        MappedText t = d.blocks().get(0).text();
        assertEquals("Price *not* emphasised [really]", t.text());
        int star = t.text().indexOf('*');
        assertEquals("\\*", sliceOf(d, t, star, star + 1));
        int bracket = t.text().indexOf('[');
        assertEquals("\\[", sliceOf(d, t, bracket, bracket + 1));
        int n = t.text().indexOf("not");
        assertEquals("not", sliceOf(d, t, n, n + 3));
    }

    @Test
    void entitiesMapToTheEntity() throws InputException {
        String md = "Fish &amp; chips at the caf&eacute; &#8217;n&nbsp;more &#x1D484;\n";
        Document d = parse(md);
        MappedText t = d.blocks().get(0).text();
        assertEquals("Fish & chips at the café ’n\u00A0more \uD835\uDC84", t.text());
        assertEquals("Fish &amp; chips", sliceOf(d, t, 0, 12));
        int e = t.text().indexOf('é');
        assertEquals("&eacute;", sliceOf(d, t, e, e + 1));
        int q = t.text().indexOf('’');
        assertEquals("&#8217;", sliceOf(d, t, q, q + 1));
        int astral = t.text().indexOf('\uD835');
        assertEquals("&#x1D484;", sliceOf(d, t, astral, astral + 2));
    }

    @Test
    void entitiesInCodeSpansStayLiteral() throws InputException {
        Document d = parse("Use `a &amp; b` here\n");
        MappedText t = d.blocks().get(0).text();
        assertEquals("Use a &amp; b here", t.text());
        int amp = t.text().indexOf('&');
        assertEquals("&", sliceOf(d, t, amp, amp + 1));
    }

    @Test
    void nestedQuoteListIsQuote() throws InputException {
        Document d = parse("> - quoted item\n> - another\n");
        assertEquals(List.of(Scope.QUOTE, Scope.QUOTE), scopes(d));
        assertEquals(List.of("quoted item", "another"), texts(d));
    }

    @Test
    void crlfParagraphMapsToSource() throws InputException {
        String md = "# Title\r\n\r\nOne *two*\r\nthree\r\n";
        Document d = parse(md);
        MappedText p = d.blocks().get(1).text();
        assertEquals("One two three", p.text());
        int three = p.text().indexOf("three");
        assertEquals(md.indexOf("three"), p.sourceStart(three));
        assertEquals("three", sliceOf(d, p, three, three + 5));
    }

    @Test
    void ampersandReferenceMapsToTheWholeReference() throws InputException {
        Document d = parse("R&amp;&eacute;b\n");
        MappedText t = d.blocks().get(0).text();
        assertEquals("R&éb", t.text());
        assertEquals("&amp;", sliceOf(d, t, 1, 2));
        assertEquals("&eacute;", sliceOf(d, t, 2, 3));
    }

    @Test
    void escapedBackslashMapsToTheEscape() throws InputException {
        Document d = parse("a \\\\b\n");
        MappedText t = d.blocks().get(0).text();
        assertEquals("a \\b", t.text());
        assertEquals("\\\\", sliceOf(d, t, 2, 3));
        assertEquals("b", sliceOf(d, t, 3, 4));
    }

    @Test
    void backslashesInCodeSpansAreLiteral() throws InputException {
        Document d = parse("x `a\\*b &amp; \\\\` y\n");
        MappedText t = d.blocks().get(0).text();
        assertEquals("x a\\*b &amp; \\\\ y", t.text());
        for (int i = 2; i < t.length() - 2; i++) {
            assertEquals(String.valueOf(t.text().charAt(i)), sliceOf(d, t, i, i + 1), "char " + i);
        }
    }

    @Test
    void lineBreakSpaceMapsToTheLineBreak() throws InputException {
        String md = "one\ntwo\r\nthree  \nfour\n\n> quoted\n> more\n";
        Document d = parse(md);
        for (Block block : d.blocks()) {
            MappedText t = block.text();
            for (int i = 0; i < t.length(); i++) {
                if (t.text().charAt(i) == ' ') {
                    String slice = sliceOf(d, t, i, i + 1);
                    assertFalse(slice.isEmpty(), "space " + i + " of '" + t.text() + "' maps to nothing");
                    assertTrue(slice.contains("\n"), "space " + i + " of '" + t.text() + "' maps to '" + slice + "'");
                }
            }
        }
    }
}
