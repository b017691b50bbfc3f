package dev.copydesk.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Datelines, date lines and bylines at the top of a plain-text story give the article its date
 * and author when no metadata does; dates the story reports further down, or without a year,
 * do not. Each case is a headline, then the given lines (a literal backslash-n starts a new
 * paragraph), then a body paragraph.
 */
class TopOfStoryTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            dateline, day first         | KYIV, 14 March 2026 – Talks resumed on Friday, officials said. | 2026-03-14 | NONE
            dateline with agency        | LONDON, March 14, 2026 (Reuters) — Shares fell sharply. | 2026-03-14 | NONE
            dateline with region        | PORTLAND, Maine, Jan. 5, 2025 - The storm closed roads. | 2025-01-05 | NONE
            date line                   | Published 14 March 2026\\nTalks resumed on Friday. | 2026-03-14 | NONE
            byline and ISO date         | By Ana Ruiz, 2026-03-14\\nTalks resumed on Friday. | 2026-03-14 | Ana Ruiz
            byline on its own           | By Ana Ruiz and Tom Holt\\nTalks resumed on Friday. | NONE | Ana Ruiz and Tom Holt
            dateline without a year     | LONDON, March 14 (Reuters) – Shares fell sharply. | NONE | NONE
            a date the story reports    | The vote was held on 14 March 2026. | NONE | NONE
            an impossible date          | Published 31 February 2026\\nTalks resumed. | NONE | NONE
            a date far down the story   | One.\\nTwo.\\nThree.\\nPublished 14 March 2026 | NONE | NONE
            by in a sentence            | By Friday the talks had failed, said Ana Ruiz. | NONE | NONE
            by a weekday, then a comma  | By Tuesday, 40 people had died in the floods. | NONE | NONE
            a weekday that opens a sentence | Tuesday's summit in Brussels on 14 March 2027 ended without a deal. | NONE | NONE
            """)
    void readsTheTopOfTheStory(String name, String lines, String date, String author) throws Exception {
        String article = "Talks resume\n\n" + lines.replace("\\n", "\n\n") + "\n\nThe talks went on into the night.\n";
        Document doc = new ArticleReader().parse("case.txt", InputFormat.TEXT, article.getBytes(StandardCharsets.UTF_8));
        assertEquals(date, doc.published().orElse(null), "date");
        assertEquals(author, doc.author().orElse(null), "author");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ISO date-time     | 2026-03-14T09:30:00Z | 2026-03-14
            day first         | 14 March 2026        | 2026-03-14
            month first       | Mar. 4th, 2026       | 2026-03-04
            """)
    void readsMetadataDates(String name, String value, String iso) {
        assertEquals(iso, DateText.iso(value).orElse("none"));
    }
}
