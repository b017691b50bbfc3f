package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter english = new Segmenter("en");

    private static List<String> texts(String text, List<Span> spans) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    private static String describe(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            b.append(t.word() ? "w:" : "p:").append(t.text()).append(' ');
        }
        return b.toString().trim();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        String text = "Mr. Rutte met U.S. officials. They agreed.";
        assertEquals(List.of("Mr. Rutte met U.S. officials.", "They agreed."), texts(text, english.sentences(text)));
    }

    @Test
    void decimalsDoNotEndSentences() {
        String text = "It rose 3.5% on Monday. Then it fell.";
        assertEquals(List.of("It rose 3.5% on Monday.", "Then it fell."), texts(text, english.sentences(text)));
    }

    @Test
    void sentencesAreTrimmed() {
        String text = "  One here.   Two there!\n\nThree?  ";
        assertEquals(List.of("One here.", "Two there!", "Three?"), texts(text, english.sentences(text)));
    }

    @Test
    void emptyAndBlankTextHaveNoSentencesOrTokens() {
        assertEquals(List.of(), english.sentences(""));
        assertEquals(List.of(), english.sentences("   \n "));
        assertEquals(List.of(), english.tokens(""));
        assertEquals(List.of(), english.tokens("  \t "));
    }

    @Test
    void hyphensApostrophesAndAbbreviations() {
        List<Token> tokens = english.tokens("high-stakes it\u2019s U.S.");
        assertEquals("w:high p:- w:stakes w:it\u2019s w:U.S p:.", describe(tokens));
        Token s = tokens.get(3);
        assertEquals(12, s.start());
        assertEquals(16, s.end());
    }

    @Test
    void numbersAreWords() {
        assertEquals("w:3.5 p:% w:rose", describe(english.tokens("3.5% rose")));
    }

    @Test
    void tokenOffsetsPointIntoTheText() {
        String text = "“Quote,” she said — 𝒄𝒂𝓊𝓰𝒉𝓉 😀 naïve!";
        for (Token t : english.tokens(text)) {
            assertEquals(t.text(), text.substring(t.start(), t.end()), t::toString);
            assertTrue(!Character.isLowSurrogate(text.charAt(t.start())), () -> "splits a surrogate pair: " + t);
        }
    }

    @Test
    void emojiIsOnePunctuationTokenNotHalfAPair() {
        List<Token> tokens = english.tokens("Great 😀!");
        assertEquals("w:Great p:😀 p:!", describe(tokens));
        assertEquals(2, tokens.get(1).end() - tokens.get(1).start());
    }

    @Test
    void cjkIsTokenizedIntoWords() {
        String text = "我们今天去北京。";
        List<Token> tokens = new Segmenter("zh").tokens(text);
        List<String> words = tokens.stream().filter(Token::word).map(Token::text).toList();
        assertTrue(words.contains("北京"), describe(tokens));
        assertTrue(words.contains("我们"), describe(tokens));
        assertTrue(words.size() >= 3 && words.size() < 7, () -> "dictionary words, not one per character: "
                + describe(tokens));
        assertEquals("。", tokens.get(tokens.size() - 1).text());
        assertEquals(text, String.join("", tokens.stream().map(Token::text).toList()));
    }

    @Test
    void cjkInEnglishSegmenterIsAlsoWords() {
        List<Token> tokens = english.tokens("他说北京很大");
        assertTrue(tokens.stream().allMatch(Token::word), describe(tokens));
        assertTrue(tokens.size() >= 2, describe(tokens));
    }

    @Test
    void missingLanguageDefaultsToEnglish() {
        String text = "Mr. Smith left. He came back.";
        assertEquals(2, new Segmenter(null).sentences(text).size());
        assertEquals(2, new Segmenter(" ").sentences(text).size());
    }

    @Test
    void regionalLanguageTagsWork() {
        String text = "Mr. Smith left. He came back.";
        assertEquals(List.of("Mr. Smith left.", "He came back."), texts(text, new Segmenter("en-US").sentences(text)));
        assertEquals(List.of("Mr. Smith left.", "He came back."), texts(text, new Segmenter("en_GB").sentences(text)));
    }

    @Test
    void titlesInitialsUrlsAndDecimalsDoNotEndSentences() {
        Segmenter segmenter = new Segmenter("en");
        assertEquals(2, segmenter.sentences("J. K. Rowling wrote it. Then she left.").size());
        assertEquals(2, segmenter.sentences("Mr. Smith met Dr. Jones at 5 p.m. on Monday. They talked.").size());
        assertEquals(2, segmenter.sentences("See https://example.org/report.pdf for details. It is long.").size());
        assertEquals(2, segmenter.sentences("Prices rose 3.5 per cent. Then fell.").size());
    }
}
