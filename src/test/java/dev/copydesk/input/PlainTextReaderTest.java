package dev.copydesk.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    private static Document parse(String text) throws InputException {
        return new ArticleReader().parse("test.txt", InputFormat.TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(Document document) {
        return document.blocks().stream().map(b -> b.text().text()).toList();
    }

    private static List<Scope> scopes(Document document) {
        return document.blocks().stream().map(Block::scope).toList();
    }

    /** Every character maps to itself in the source; every collapsed space maps to whitespace. */
    private static void assertMapsToSource(Document document) {
        for (Block block : document.blocks()) {
            MappedText text = block.text();
            for (int i = 0; i < text.length(); i++) {
                String slice = document.source().slice(text.sourceStart(i), text.sourceEnd(i));
                char c = text.text().charAt(i);
                String where = "char " + i + " of '" + text.text() + "' maps to '" + slice + "'";
                if (c == ' ') {
                    assertTrue(!slice.isEmpty() && slice.isBlank(), where);
                } else {
                    assertEquals(String.valueOf(c), slice, where);
                }
            }
        }
    }

    @Test
    void firstLineIsHeadlineAndBlankLinesSeparateParagraphs() throws InputException {
        Document d = parse("Council votes on budget\n\nThe council met on Monday.\nIt voted late.\n\nA second paragraph.\n");
        assertEquals(List.of(Scope.HEADLINE, Scope.PARAGRAPH, Scope.PARAGRAPH), scopes(d));
        assertEquals(List.of("Council votes on budget", "The council met on Monday. It voted late.",
                "A second paragraph."), texts(d));
        assertEquals(Optional.of("Council votes on budget"), d.title());
        assertEquals(InputFormat.TEXT, d.format());
        assertMapsToSource(d);
    }

    @Test
    void headlineIsFirstNonBlankLineEvenWithoutBlankLineAfterIt() throws InputException {
        Document d = parse("\n\n   \n  Headline here  \nBody starts here\nand goes on.");
        assertEquals(List.of(Scope.HEADLINE, Scope.PARAGRAPH), scopes(d));
        assertEquals(List.of("Headline here", "Body starts here and goes on."), texts(d));
        assertMapsToSource(d);
    }

    @Test
    void singleNewlinesBecomeOneSpaceAndRunsOfSpacesCollapse() throws InputException {
        Document d = parse("Title\n\none   two\tthree\nfour \n  five");
        assertEquals("one two three four five", d.blocks().get(1).text().text());
        assertMapsToSource(d);
    }

    @Test
    void whitespaceOnlyLinesAreBlank() throws InputException {
        Document d = parse("Title\n \t \nfirst\n   \nsecond");
        assertEquals(List.of("Title", "first", "second"), texts(d));
    }

    @Test
    void crlfFiles() throws InputException {
        String source = "Title line\r\n\r\nFirst line\r\nsecond line\r\n\r\n\r\nNext para\r\n";
        Document d = parse(source);
        assertEquals(List.of("Title line", "First line second line", "Next para"), texts(d));
        assertEquals(List.of(Scope.HEADLINE, Scope.PARAGRAPH, Scope.PARAGRAPH), scopes(d));
        assertMapsToSource(d);
        MappedText para = d.blocks().get(1).text();
        int s = para.text().indexOf("second");
        assertEquals(source.indexOf("second"), para.sourceStart(s));
        assertEquals(4, d.source().line(para.sourceStart(s)));
        assertEquals(1, d.source().column(para.sourceStart(s)));
    }

    @Test
    void loneCarriageReturnsEndLines() throws InputException {
        Document d = parse("Title\r\rOne\rtwo\r\rThree");
        assertEquals(List.of("Title", "One two", "Three"), texts(d));
        assertMapsToSource(d);
    }

    @Test
    void nonAsciiTextMapsToItsSource() throws InputException {
        String source = "Заголовок 𝒄𝒂𝓊𝓰𝒉𝓉\n\nsh\u200Bocking caf\u00E9\u00A0bar 北京 😀\n";
        Document d = parse(source);
        assertEquals(List.of("Заголовок 𝒄𝒂𝓊𝓰𝒉𝓉", "sh\u200Bocking caf\u00E9\u00A0bar 北京 😀"), texts(d));
        assertMapsToSourceByCodePoint(d);
    }

    @Test
    void everyAsciiCharacterMapsToItsSourceCharacter() throws InputException {
        String source = "  Headline: big news!  \n\n Paragraph one, with  double spaces\n and a wrapped line.\n\n\tTabbed *text* & <tags>\n";
        Document d = parse(source);
        assertMapsToSource(d);
        for (Block block : d.blocks()) {
            MappedText t = block.text();
            assertEquals(t.text().charAt(0), source.charAt(t.sourceFrom()));
            assertEquals(t.text().charAt(t.length() - 1), source.charAt(t.sourceTo() - 1));
        }
    }

    @Test
    void blankDocumentIsRefused() {
        assertThrows(InputException.class, () -> parse("\n\n  \n"));
    }

    private static void assertMapsToSourceByCodePoint(Document document) {
        for (Block block : document.blocks()) {
            MappedText text = block.text();
            String s = text.text();
            for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
                int n = Character.charCount(s.codePointAt(i));
                String slice = document.source().slice(text.sourceStart(i), text.sourceEnd(i + n - 1));
                if (s.charAt(i) == ' ') {
                    assertTrue(slice.isBlank() && !slice.isEmpty(), "space maps to '" + slice + "'");
                } else {
                    assertEquals(s.substring(i, i + n), slice, "code point at " + i + " of '" + s + "'");
                }
            }
        }
    }
}
