package dev.copydesk.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** LanguageTool's annotated text: what is audited, and how its positions map back over the markup. */
class AnnotatedTextTest {
    private static final String DATA = "{\"annotation\":[{\"text\":\"A \"},{\"markup\":\"<b>\"},{\"text\":\"tset\"},"
            + "{\"markup\":\"</b>\"},{\"markup\":\"<p>\",\"interpretAs\":\"\\n\\n\"},{\"text\":\"Next.\"}]}";

    @Test
    void markupIsLeftOutOfTheAuditedTextButCountedInOffsets() throws Exception {
        AnnotatedText text = AnnotatedText.fromData(DATA);
        assertEquals("A tset\n\nNext.", text.plain());
        assertEquals("A <b>tset</b><p>Next.", text.original());
        assertArrayEquals(new int[] {5, 9}, text.originalSpan(2, 6), "'tset' inside the bold tags");
        assertArrayEquals(new int[] {16, 21}, text.originalSpan(8, 13), "'Next.' after the paragraph markup");
    }

    @Test
    void aSpanStartingInInterpretedMarkupStartsAtTheMarkup() throws Exception {
        AnnotatedText text = AnnotatedText.fromData(DATA);
        int[] span = text.originalSpan(6, 13); // "\n\nNext.": the paragraph break and the word after it
        assertEquals(13, span[0], "the <p> where the break was read");
        assertEquals(21, span[1]);
    }

    @Test
    void plainTextMapsOneToOne() {
        AnnotatedText text = AnnotatedText.plain("Shocking news!");
        assertArrayEquals(new int[] {0, 8}, text.originalSpan(0, 8));
        assertEquals(text.plain(), text.original());
    }

    @Test
    void extraKeysAreIgnoredAndMalformedDataIsRefusedAsLanguageToolRefusesIt() throws Exception {
        AnnotatedText text = AnnotatedText.fromData("{\"annotation\":[{\"text\":\"Hi\",\"offset\":{\"start\":0,\"end\":2}}]}");
        assertEquals("Hi", text.plain());
        assertEquals("Could not parse JSON from 'data' parameter",
                assertThrows(HttpError.class, () -> AnnotatedText.fromData("{not json")).getMessage());
        assertEquals("'data' key in JSON requires 'text' or 'annotation' key",
                assertThrows(HttpError.class, () -> AnnotatedText.fromData("{}")).getMessage());
        assertEquals(400, assertThrows(HttpError.class,
                () -> AnnotatedText.fromData("{\"annotation\":[{\"text\":\"a\",\"markup\":\"<b>\"}]}")).status());
    }
}
