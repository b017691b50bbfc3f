package dev.copydesk.report.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The builder encodes as String.getBytes(UTF_8) encodes the whole text, however it comes in pieces. */
class Utf8BuilderTest {
    private static final String ALPHABET = "a<\u007f\u0080\u00e9\u07ff\u0800\u2014\uffff\ud800\udbff\udc00\udfff";

    @Test
    void piecesEncodeAsTheWholeTextWould() {
        Random random = new Random(17);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder whole = new StringBuilder();
            Utf8Builder built = new Utf8Builder(random.nextInt(8) + 1);
            for (int piece = random.nextInt(6); piece > 0; piece--) {
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(6); n > 0; n--) {
                    text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                String s = text.toString();
                whole.append(s);
                switch (random.nextInt(3)) {
                    case 0 -> built.append(s);
                    case 1 -> {
                        for (char c : s.toCharArray()) {
                            built.append(c);
                        }
                    }
                    default -> {
                        char[] padded = ("xx" + s + "yy").toCharArray();
                        built.append(padded, 2, s.length());
                    }
                }
            }
            assertArrayEquals(whole.toString().getBytes(StandardCharsets.UTF_8), built.toByteArray(), whole.toString());
        }
    }
}
