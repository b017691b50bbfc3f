package dev.copydesk.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decoders for the known ways of hiding text in invisible characters, so a report can show
 * what is hidden: Unicode tag characters (ASCII shifted to U+E0000), variation selectors
 * carrying bytes (U+FE00+b for b under 16, U+E0100+(b-16) above), and binary runs of two
 * invisible characters. Stateless.
 */
public final class HiddenPayloads {
    private HiddenPayloads() {
    }

    public static boolean isTag(int cp) {
        return cp >= 0xE0000 && cp <= 0xE007F;
    }

    public static boolean isVariationSelector(int cp) {
        return cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    /** The ASCII text spelled by tag characters; other code points are ignored. */
    public static String decodeTags(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        for (int cp : codePoints) {
            if (cp >= 0xE0020 && cp <= 0xE007E) {
                text.append((char) (cp - 0xE0000));
            }
        }
        return text.toString();
    }

    /** The bytes carried by variation selectors, as UTF-8 text, or null if they are not text. */
    public static String decodeVariationSelectors(List<Integer> codePoints) {
        byte[] bytes = new byte[codePoints.size()];
        int n = 0;
        for (int cp : codePoints) {
            if (cp >= 0xFE00 && cp <= 0xFE0F) {
                bytes[n++] = (byte) (cp - 0xFE00);
            } else if (cp >= 0xE0100 && cp <= 0xE01EF) {
                bytes[n++] = (byte) (cp - 0xE0100 + 16);
            }
        }
        return printableUtf8(bytes, n);
    }

    /**
     * Reads a run drawn from two invisible characters as bits, most significant first, the
     * lower code point as 0 (and then as 1), 8 bits a byte; returns printable UTF-8 text or null.
     */
    public static String decodeBinary(List<Integer> codePoints) {
        int[] distinct = codePoints.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        if (distinct.length != 2 || codePoints.size() < 8) {
            return null;
        }
        for (int zero : new int[] {distinct[0], distinct[1]}) {
            byte[] bytes = new byte[codePoints.size() / 8];
            for (int i = 0; i < bytes.length * 8; i++) {
                if (codePoints.get(i) != zero) {
                    bytes[i / 8] |= (byte) (0x80 >>> (i % 8));
                }
            }
            String text = printableUtf8(bytes, bytes.length);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    private static String printableUtf8(byte[] bytes, int length) {
        if (length == 0) {
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
            boolean printable = text.codePoints().allMatch(cp -> !Character.isISOControl(cp) || cp == '\n');
            return printable ? text : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
