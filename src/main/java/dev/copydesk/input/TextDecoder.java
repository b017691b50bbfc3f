package dev.copydesk.input;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Turns a file's bytes into text without losing anything: a byte-order mark wins; otherwise
 * UTF-8, unless the bytes contain no valid multi-byte UTF-8 at all, in which case ICU's
 * {@link CharsetDetector} names the legacy encoding. Every invalid byte sequence becomes one
 * U+FFFD and a {@link DecodingIssue}. Empty and binary files are refused. Stateless.
 */
public final class TextDecoder {
    /**
     * Share of C0 control characters (other than tab, CR, LF, FF) above which a file is binary;
     * a few escape characters in a short text are a trick to report, not a binary file.
     */
    private static final double BINARY_CONTROL_SHARE = 0.10;
    private static final int BINARY_MIN_CONTROLS = 32;
    /** Confidence points by which another legacy charset must beat windows-1252 to be chosen. */
    private static final int WESTERN_MARGIN = 10;

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty file");
        }
        DecodedText decoded = decodeByBom(bytes);
        if (decoded == null) {
            if (hasNul(bytes)) {
                decoded = decodeNulBearing(bytes);
            } else {
                decoded = decodeUtf8OrLegacy(bytes);
            }
        }
        if (decoded.text().isBlank()) {
            throw new InputException("empty file (only whitespace)");
        }
        if (looksBinary(decoded.text())) {
            throw new InputException("binary file (control characters where text was expected)");
        }
        return decoded;
    }

    private static DecodedText decodeByBom(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return decodeTracking(b, 3, StandardCharsets.UTF_8, "bom");
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return decodeTracking(b, 4, Charset.forName("UTF-32LE"), "bom");
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return decodeTracking(b, 4, Charset.forName("UTF-32BE"), "bom");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return decodeTracking(b, 2, StandardCharsets.UTF_16BE, "bom");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return decodeTracking(b, 2, StandardCharsets.UTF_16LE, "bom");
        }
        return null;
    }

    /** NUL bytes mean UTF-16/32 without a BOM, or not text at all. */
    private static DecodedText decodeNulBearing(byte[] bytes) throws InputException {
        CharsetMatch match = new CharsetDetector().setText(bytes).detect();
        if (match != null && match.getName().startsWith("UTF-") && match.getConfidence() >= 50) {
            return decodeTracking(bytes, 0, Charset.forName(match.getName()), "detected");
        }
        throw new InputException("binary file (contains NUL bytes)");
    }

    private static DecodedText decodeUtf8OrLegacy(byte[] bytes) {
        DecodedText utf8 = decodeTracking(bytes, 0, StandardCharsets.UTF_8, "default");
        if (utf8.issues().isEmpty() || hasValidMultibyteUtf8(utf8)) {
            // Valid UTF-8 elsewhere in the file: the bad bytes are damage, and are reported.
            return utf8;
        }
        Charset legacy = detectLegacyCharset(bytes);
        return legacy == null ? utf8 : decodeTracking(bytes, 0, legacy, "detected");
    }

    private static boolean hasValidMultibyteUtf8(DecodedText utf8) {
        String text = utf8.text();
        int replacements = 0;
        int nonAscii = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                replacements++;
            } else if (c > 0x7F) {
                nonAscii++;
            }
        }
        return nonAscii > 0 && replacements <= nonAscii * 4L;
    }

    private static Charset detectLegacyCharset(byte[] bytes) {
        Charset best = null;
        int bestConfidence = -1;
        int westernConfidence = -1;
        for (CharsetMatch match : new CharsetDetector().setText(bytes).detectAll()) {
            String name = match.getName().toUpperCase(Locale.ROOT);
            if (name.startsWith("UTF") || !Charset.isSupported(name)) {
                continue;
            }
            // ICU reports ISO-8859-1 for most Western text; its superset windows-1252 also
            // decodes curly quotes and dashes, which is what such files nearly always mean.
            if ("ISO-8859-1".equals(name) || "WINDOWS-1252".equals(name)) {
                westernConfidence = Math.max(westernConfidence, match.getConfidence());
            }
            if (best == null) {
                best = "ISO-8859-1".equals(name) ? Charset.forName("windows-1252") : Charset.forName(name);
                bestConfidence = match.getConfidence();
            }
        }
        // Short texts give close scores; on a near tie the most common legacy encoding wins.
        if (best == null || westernConfidence >= 0 && westernConfidence + WESTERN_MARGIN >= bestConfidence) {
            return Charset.forName("windows-1252");
        }
        return best;
    }

    private static DecodedText decodeTracking(byte[] bytes, int offset, Charset charset, String how) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
        List<DecodingIssue> issues = new ArrayList<>();
        HexFormat hex = HexFormat.ofDelimiter(" ").withUpperCase();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                while (decoder.flush(out).isOverflow()) {
                    out = grow(out);
                }
                break;
            }
            if (result.isOverflow()) {
                out = grow(out);
                continue;
            }
            int at = in.position();
            int length = result.length();
            if (!out.hasRemaining()) {
                out = grow(out);
            }
            int charOffset = out.position();
            out.put('\uFFFD');
            issues.add(new DecodingIssue(charOffset, charOffset + 1, at,
                    hex.formatHex(bytes, at, at + length), charset.name()));
            in.position(at + length);
        }
        out.flip();
        return new DecodedText(out.toString(), charset.name(), how, issues);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        return bigger;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), 64 * 1024);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0) {
                controls++;
            }
        }
        return controls >= BINARY_MIN_CONTROLS && controls > sample * BINARY_CONTROL_SHARE;
    }
}
