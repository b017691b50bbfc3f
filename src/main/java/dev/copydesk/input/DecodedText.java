package dev.copydesk.input;

import java.util.List;

/**
 * A file's decoded text and how it was decoded.
 *
 * @param charset the encoding used (canonical name)
 * @param how     {@code "bom"}, {@code "default"} or {@code "detected"}
 */
public record DecodedText(String text, String charset, String how, List<DecodingIssue> issues) {
    public DecodedText {
        issues = List.copyOf(issues);
    }
}
