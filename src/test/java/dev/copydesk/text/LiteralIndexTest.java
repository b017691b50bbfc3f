package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index finds the first place a literal begins, as one {@code indexOf} per literal would. */
class LiteralIndexTest {
    /** Few letters, so that literals often share first characters and pairs; some not ASCII. */
    private static final String ALPHABET = "sadi é\u00e9\u4e00'1";

    @Test
    void examples() {
        LiteralIndex index = new LiteralIndex(List.of("said", "says", "told", "é", "\u4e00x"));
        assertEquals(9, index.firstAt("she saw, said".toCharArray(), 0));
        assertEquals(-1, index.firstAt("she saw, sa".toCharArray(), 0), "a first pair at the very end");
        assertEquals(2, index.firstAt("a é".toCharArray(), 0), "a one-character literal");
        assertEquals(1, index.firstAt("y\u4e00x".toCharArray(), 0), "a literal that does not open in ASCII");
        assertEquals(-1, index.firstAt("st sx ts".toCharArray(), 0), "first characters without their second");
    }

    @Test
    void agreesWithIndexOfOnRandomLiteralsAndTexts() {
        Random random = new Random(20261207);
        for (int round = 0; round < 20_000; round++) {
            List<String> literals = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                literals.add(randomText(random, 1 + random.nextInt(4)));
            }
            String text = randomText(random, random.nextInt(30));
            int from = random.nextInt(text.length() + 2) - 1;
            int expected = -1;
            for (String literal : literals) {
                int at = text.indexOf(literal, Math.max(0, from));
                if (at >= 0 && (expected < 0 || at < expected)) {
                    expected = at;
                }
            }
            assertEquals(expected, new LiteralIndex(literals).firstAt(text.toCharArray(), from),
                    literals + " in \"" + text + "\" from " + from);
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
