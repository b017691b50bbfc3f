package dev.copydesk.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertOneLine(String message) {
        assertFalse(message == null || message.isBlank(), "message must not be empty");
        assertFalse(message.contains("\n") || message.contains("\r"), () -> "message must be one line: " + message);
    }

    @Test
    void plainUtf8() throws InputException {
        String text = "Café, Москва, 北京 and 𝒄𝒂𝓊𝓰𝒉𝓉 😀";
        DecodedText decoded = TextDecoder.decode(utf8(text));
        assertEquals(text, decoded.text());
        assertEquals("UTF-8", decoded.charset());
        assertEquals("default", decoded.how());
        assertTrue(decoded.issues().isEmpty());
    }

    @Test
    void plainAsciiIsUtf8() throws InputException {
        DecodedText decoded = TextDecoder.decode(utf8("Just ASCII.\n"));
        assertEquals("Just ASCII.\n", decoded.text());
        assertEquals("UTF-8", decoded.charset());
        assertTrue(decoded.issues().isEmpty());
    }

    @Test
    void utf8ByteOrderMarkIsStripped() throws InputException {
        DecodedText decoded = TextDecoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), utf8("Héllo")));
        assertEquals("Héllo", decoded.text());
        assertEquals("UTF-8", decoded.charset());
        assertEquals("bom", decoded.how());
        assertTrue(decoded.issues().isEmpty());
    }

    @Test
    void utf16LittleEndianWithBom() throws InputException {
        String text = "Hé 𝒄 text";
        DecodedText decoded = TextDecoder.decode(concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(text, decoded.text());
        assertEquals("UTF-16LE", decoded.charset());
        assertEquals("bom", decoded.how());
        assertTrue(decoded.issues().isEmpty());
    }

    @Test
    void utf16BigEndianWithBom() throws InputException {
        String text = "Hé 𝒄 text";
        DecodedText decoded = TextDecoder.decode(concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(text, decoded.text());
        assertEquals("UTF-16BE", decoded.charset());
        assertEquals("bom", decoded.how());
        assertTrue(decoded.issues().isEmpty());
    }

    @Test
    void invalidBytesInUtf8BecomeOneReplacementCharacterEach() throws InputException {
        // "Café ok " is 9 bytes (é is two), so 0xFF sits at byte 9 and 0xC3 at byte 15.
        byte[] input = concat(utf8("Café ok "), bytes(0xFF), utf8(" bad "), bytes(0xC3), utf8(" end"));
        DecodedText decoded = TextDecoder.decode(input);

        assertEquals("Café ok \uFFFD bad \uFFFD end", decoded.text());
        assertEquals("UTF-8", decoded.charset());
        List<DecodingIssue> issues = decoded.issues();
        assertEquals(2, issues.size(), issues::toString);

        DecodingIssue first = issues.get(0);
        assertEquals(8, first.start());
        assertEquals(9, first.end());
        assertEquals("\uFFFD", decoded.text().substring(first.start(), first.end()));
        assertEquals(9, first.byteOffset());
        assertEquals("FF", first.bytes());
        assertEquals("UTF-8", first.charset());

        DecodingIssue second = issues.get(1);
        assertEquals("\uFFFD", decoded.text().substring(second.start(), second.end()));
        assertEquals(14, second.start());
        assertEquals(15, second.byteOffset());
        assertEquals("C3", second.bytes());
    }

    @Test
    void truncatedSequenceIsOneIssueWithAllItsBytes() throws InputException {
        // E2 82 starts a three-byte sequence that never finishes: one U+FFFD, both bytes reported.
        byte[] input = concat(utf8("Café "), bytes(0xE2, 0x82), utf8("x"));
        DecodedText decoded = TextDecoder.decode(input);
        assertEquals("Café \uFFFDx", decoded.text());
        assertEquals(1, decoded.issues().size());
        DecodingIssue issue = decoded.issues().get(0);
        assertEquals(5, issue.start());
        assertEquals(6, issue.end());
        assertEquals(6, issue.byteOffset());
        assertEquals("E2 82", issue.bytes());
    }

    @Test
    void issueOffsetsAfterBomAreFileOffsets() throws InputException {
        byte[] input = concat(bytes(0xEF, 0xBB, 0xBF), utf8("ab"), bytes(0xFF), utf8("é"));
        DecodedText decoded = TextDecoder.decode(input);
        assertEquals("ab\uFFFDé", decoded.text());
        DecodingIssue issue = decoded.issues().get(0);
        assertEquals(2, issue.start());
        assertEquals(5, issue.byteOffset(), "byte offset counts the BOM: it is a position in the file");
    }

    @Test
    void windows1252IsDecodedAsLegacyCharsetWithoutIssues() throws InputException {
        byte[] input = concat(utf8("Caf"), bytes(0xE9), utf8(" "), bytes(0x93), utf8("quoted"), bytes(0x94));
        DecodedText decoded = TextDecoder.decode(input);
        assertEquals("Caf\u00E9 \u201Cquoted\u201D", decoded.text());
        assertEquals("detected", decoded.how());
        assertTrue(decoded.issues().isEmpty(), decoded.issues()::toString);
        assertEquals("windows-1252", decoded.charset().toLowerCase(Locale.ROOT));
    }

    @Test
    void longerWindows1252Text() throws InputException {
        String text = "The na\u00EFve fa\u00E7ade of the caf\u00E9 was \u201Cvery\u201D old \u2014 \u20AC5.";
        DecodedText decoded = TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")));
        assertEquals(text, decoded.text());
        assertTrue(decoded.issues().isEmpty(), decoded.issues()::toString);
    }

    @Test
    void latin1GermanText() throws InputException {
        String text = "Gr\u00FC\u00DFe aus M\u00FCnchen, sch\u00F6n!";
        DecodedText decoded = TextDecoder.decode(text.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(text, decoded.text());
        assertEquals("windows-1252", decoded.charset().toLowerCase(Locale.ROOT));
    }

    @Test
    void westernTextIsNotDecodedAsCentralEuropean() throws InputException {
        String text = "The caf\u00E9\u2019s r\u00E9sum\u00E9 \u2014 \u201Cna\u00EFve\u201D \u2013 cost \u20AC5.";
        DecodedText decoded = TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")));
        assertEquals(text, decoded.text());
    }

    @Test
    void emptyFileIsRefused() {
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(new byte[0]));
        assertEquals("empty file", e.getMessage());
        assertOneLine(e.getMessage());
    }

    @Test
    void whitespaceOnlyFileIsRefused() {
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(utf8(" \n\t \r\n ")));
        assertTrue(e.getMessage().startsWith("empty file"), e.getMessage());
        assertOneLine(e.getMessage());
    }

    @Test
    void whitespaceOnlyUtf16FileIsRefused() {
        byte[] input = concat(bytes(0xFF, 0xFE), "  \n ".getBytes(StandardCharsets.UTF_16LE));
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(input));
        assertOneLine(e.getMessage());
    }

    @Test
    void pngIsRefusedAsBinary() {
        byte[] png = concat(bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48,
                0x44, 0x52), new byte[256]);
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(png));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
        assertOneLine(e.getMessage());
    }

    @Test
    void textWithNulBytesIsRefusedAsBinary() {
        byte[] input = concat(utf8("hello"), new byte[40], utf8("world"));
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(input));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
        assertOneLine(e.getMessage());
    }

    @Test
    void controlCharactersWithoutNulAreRefusedAsBinary() {
        byte[] input = new byte[200];
        for (int i = 0; i < input.length; i++) {
            input[i] = (byte) (1 + i % 8);
        }
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode(input));
        assertTrue(e.getMessage().contains("binary"), e.getMessage());
        assertOneLine(e.getMessage());
    }
}
