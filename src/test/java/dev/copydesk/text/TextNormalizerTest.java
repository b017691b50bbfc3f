package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private static String norm(String s) {
        return TextNormalizer.normalize(s).text();
    }

    @Test
    void styledMathLettersBecomePlainLetters() {
        NormalizedText n = TextNormalizer.normalize("𝒄𝒂𝓊𝓰𝒉𝓉");
        assertEquals("caught", n.text());
        assertEquals(new Span(0, 2), n.inputSpan(0, 1), "each letter maps to its surrogate pair");
        assertEquals(new Span(2, 4), n.inputSpan(1, 2));
        assertEquals(new Span(0, 12), n.inputSpan(0, 6));
    }

    @Test
    void zeroWidthSpaceIsDeleted() {
        NormalizedText n = TextNormalizer.normalize("sh\u200Bocking");
        assertEquals("shocking", n.text());
        assertEquals(new Span(3, 4), n.inputSpan(2, 3), "the 'o' after the deleted character");
        assertEquals(new Span(0, 9), n.inputSpan(0, 8));
    }

    @Test
    void otherDefaultIgnorablesAreDeleted() {
        assertEquals("control", norm("con\u00ADtrol"));
        assertEquals("evil", norm("e\u202Ev\u2060i\uFEFFl"));
    }

    @Test
    void fullwidthLettersBecomeAscii() {
        NormalizedText n = TextNormalizer.normalize("ＦＲＥＥ");
        assertEquals("free", n.text());
        assertEquals(new Span(1, 2), n.inputSpan(1, 2));
    }

    @Test
    void typographicPunctuationFoldsToAscii() {
        assertEquals("it's", norm("it\u2019s"));
        assertEquals("it's", norm("it\u2018s"));
        assertEquals("\"quoted\"", norm("\u201Cquoted\u201D"));
        assertEquals("high-stakes", norm("high\u2010stakes"));
        assertEquals("high-stakes", norm("high\u2011stakes"));
    }

    @Test
    void combiningMarksCompose() {
        NormalizedText n = TextNormalizer.normalize("caf" + "e\u0301");
        assertEquals("caf\u00E9", n.text());
        assertEquals(4, n.length());
        assertEquals(new Span(3, 5), n.inputSpan(3, 4), "é maps to the base letter and its mark");
    }

    @Test
    void caseFoldingExpandsWithBothUnitsMappedToTheSource() {
        NormalizedText n = TextNormalizer.normalize("Straße");
        assertEquals("strasse", n.text());
        assertEquals(new Span(4, 5), n.inputSpan(4, 5));
        assertEquals(new Span(4, 5), n.inputSpan(5, 6));
        assertEquals(new Span(0, 1), n.inputSpan(0, 1));
    }

    @Test
    void ligaturesExpand() {
        NormalizedText n = TextNormalizer.normalize("\uFB01nd");
        assertEquals("find", n.text());
        assertEquals(new Span(0, 1), n.inputSpan(0, 2));
    }

    @Test
    void asciiIsLowercasedOneToOne() {
        NormalizedText n = TextNormalizer.normalize("Hello, World!");
        assertEquals("hello, world!", n.text());
        for (int i = 0; i < n.length(); i++) {
            assertEquals(new Span(i, i + 1), n.inputSpan(i, i + 1));
        }
    }

    @Test
    void emptyInput() {
        assertEquals("", norm(""));
        assertEquals(0, TextNormalizer.normalize("").length());
        assertEquals("", norm("\u200B\u200B"));
    }

    @Test
    void normalizeStringMatchesNormalize() {
        assertEquals(norm("𝐒𝐇𝐎𝐂𝐊𝐈𝐍𝐆 news"), TextNormalizer.normalizeString("𝐒𝐇𝐎𝐂𝐊𝐈𝐍𝐆 news"));
        assertEquals("shocking news", TextNormalizer.normalizeString("𝐒𝐇𝐎𝐂𝐊𝐈𝐍𝐆 news"));
    }

    @Test
    void lookalikeLettersInsideLatinWordsReadAsLatin() {
        assertEquals("shocking", TextNormalizer.normalize("\u0455hocking").text());
        assertEquals("paypal", TextNormalizer.normalize("p\u0430yp\u0430l").text());
        assertEquals("\u0441\u043E\u043A", TextNormalizer.normalize("\u0421\u043E\u043A").text(),
                "a word wholly in Cyrillic is Russian, not a disguise");
    }

    @Test
    void everyAsciiCharacterStartsAChunk() {
        // TextNormalizer.chunked takes this for granted instead of asking ICU at every character.
        var nfkcCasefold = com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance();
        for (int c = 0; c < 0x80; c++) {
            org.junit.jupiter.api.Assertions.assertTrue(nfkcCasefold.hasBoundaryBefore(c), "U+" + Integer.toHexString(c));
        }
    }
}
