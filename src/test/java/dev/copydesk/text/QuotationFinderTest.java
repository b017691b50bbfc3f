package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quotations as a reader pairs them; each case lists the quoted texts, marks included, joined by " / ". */
class QuotationFinderTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            curly pair               | He said “no” twice.                                  | “no”
            straight pair            | He said "no" and "never".                            | "no" / "never"
            inch mark                | A 65" TV and "a deal".                               | "a deal"
            newsroom continued quote | He added: "We lost. "I think we will win," he said. Mr Law said no. | "We lost. / "I think we will win,"
            a closer after a stop    | She said: "It is over." Then she left.               | "It is over."
            a quoted word after a stop | It ended. "Soon" is the word.                      | "Soon"
            reopened and left open   | He added: "We lost. "We go on | "We lost. / "We go on
            left open at the start   | "We carry on into the next paragraph                 | "We carry on into the next paragraph
            """)
    void pairsQuotationMarks(String name, String text, String expected) {
        List<String> quoted = QuotationFinder.quotations(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
        assertEquals(expected.strip(), String.join(" / ", quoted).strip());
    }
}
