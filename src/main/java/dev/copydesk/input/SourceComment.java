package dev.copydesk.input;

/**
 * A markup comment ({@code <!-- ... -->}) in the source: offsets {@code [start, end)} of the whole
 * comment in the decoded file, and the text between the delimiters. Comments are not article
 * text, but they can carry instructions for Copydesk, such as suppressions. Immutable.
 */
public record SourceComment(int start, int end, String text) {
}
