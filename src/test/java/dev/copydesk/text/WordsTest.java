package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {
    /** Spaces of every kind \s knows and some it does not (no-break, ideographic), letters, a pair. */
    private static final String[] PIECES = {"a", "Bc", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0",
        "\u3000", "\uD835\uDC00", "-", "'"};

    @Test
    void splitsAndCollapsesAsTheRegexDid() {
        Pattern whitespace = Pattern.compile("\\s+");
        Random random = new Random(61);
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random);
            assertArrayEquals(whitespace.split(text), Words.splitOnWhitespace(text), () -> "text: \"" + text + "\"");
            assertEquals(whitespace.matcher(text).replaceAll(" "), Words.collapseWhitespace(text), () -> "text: \"" + text + "\"");
        }
    }

    @Test
    void splitsAtRunsOfWhatTheCallerNames() {
        assertEquals(List.of("", "one", "two"), Words.splitAtRuns("--one-two--", cp -> cp == '-'));
        assertEquals(List.of("solid"), Words.splitAtRuns("solid", cp -> cp == '-'));
        assertEquals(List.of(), Words.splitAtRuns("---", cp -> cp == '-'));
        assertEquals(List.of(""), Words.splitAtRuns("", cp -> cp == '-'));
        assertArrayEquals(new String[] {"Maren", "Holt"}, Words.splitOnWhitespace("Maren \t Holt\n"));
        assertEquals("said Maren Holt ", Words.collapseWhitespace("said\n  Maren\tHolt \r\n"));
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(9);
        for (int k = 0; k < length; k++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
