package dev.copydesk.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that was UTF-8 once but was decoded as Windows-1252 (or Latin-1) on the way:
 * {@code Ã©} for {@code é}, {@code â€™} for {@code ’}. A candidate is a run of the characters
 * such decoding produces; it is mojibake only if encoding it back as Windows-1252 gives valid
 * UTF-8 with fewer characters. Stateless.
 */
public final class Mojibake {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A lead byte's reading (Â-ß, à-ï, ð-ô) followed by one to three continuation-byte readings. */
    private static final Pattern CANDIDATE = Pattern.compile(
            "[\\u00C2-\\u00DF\\u00E0-\\u00EF\\u00F0-\\u00F4][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178"
                    + "\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022"
                    + "\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]{1,3}");

    private Mojibake() {
    }

    /** A span of mojibake and what it should have read. */
    public record Repair(Span span, String repaired) {
    }

    /**
     * The first mojibake at or after {@code from}, or null: a UTF-8 sequence read as
     * Windows-1252, or a lone C1 control, which is what Windows-1252 text read as Latin-1 leaves
     * (U+0092 for ’).
     */
    public static Repair find(String text, int from) {
        Matcher m = CANDIDATE.matcher(text);
        int at = from;
        Repair sequence = null;
        while (at < text.length() && m.find(at)) {
            String repaired = repair(m.group());
            if (repaired != null) {
                sequence = new Repair(new Span(m.start(), m.end()), repaired);
                break;
            }
            at = m.start() + 1;
        }
        int limit = sequence == null ? text.length() : sequence.span().start();
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                String meant = latin1Controls(String.valueOf(c));
                return new Repair(new Span(i, i + 1), meant.charAt(0) == c ? "" : meant);
            }
        }
        return sequence;
    }

    static String repair(String candidate) {
        try {
            ByteBuffer bytes = WINDOWS_1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(latin1Controls(candidate)));
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
            return text.length() < candidate.length() ? text : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** C1 controls stand for the bytes Latin-1 decoding gave them; map them back to 1252 characters. */
    private static String latin1Controls(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                String mapped = new String(new byte[] {(byte) c}, WINDOWS_1252);
                b.append(mapped.charAt(0) == '\uFFFD' ? c : mapped.charAt(0));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
