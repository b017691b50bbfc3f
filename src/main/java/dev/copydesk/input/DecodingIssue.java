package dev.copydesk.input;

/**
 * Bytes that were not valid in the file's encoding. They are decoded as one U+FFFD at
 * {@code [start, end)} of the source text, never dropped; {@code bytes} are the offending
 * bytes in hex and {@code byteOffset} where they sit in the file.
 */
public record DecodingIssue(int start, int end, long byteOffset, String bytes, String charset) {
}
